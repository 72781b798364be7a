/**
 * HCL values -> policy nodes: the argument of `jsonencode(...)` and the attributes of `aws_iam_policy_document`
 * blocks. HCL object syntax is not JSON, but it maps onto the same tree: identifiers and quoted strings as keys,
 * tuples as arrays, template strings as partly known strings, everything computed as unknown.
 */
import type { Attribute, Block, Body, Expression, Span } from '../hcl/model';
import { UNKNOWN_MARK, type PolicyEntry, type PolicyNode } from './model';
import type { Value } from '../model/value';
import { scalarNode } from '../model/scalar';

/** Deeper values count as unknown: no policy nests this deep, and hostile input must not exhaust the stack. */
const MAX_DEPTH = 64;

/** Evaluates a non-literal part of a policy (locals, variable defaults, functions; see model/evaluate.ts). */
export type Resolve = (e: Expression, names?: ReadonlyMap<string, Value>) => Value;

/**
 * A policy value as a policy tree. Literal parts keep their spans; with `resolve`, references and function calls
 * are evaluated (`Statement = concat(local.admin, [...])`), each value keeping the span where its text is written
 * when that is in document `uri`, else the span of the reference that brought it in.
 */
export function nodeFromHcl(e: Expression, depth = 0, resolve?: Resolve, uri?: string): PolicyNode {
  if (depth > MAX_DEPTH) return { kind: 'unknown', span: e.span };
  switch (e.kind) {
    case 'string': {
      if (e.value === undefined && resolve) {
        const v = resolve(e);
        if (v.k === 'string' && !v.defaults?.length) return { kind: 'string', span: e.span, contentSpan: e.contentSpan, text: v.v, value: v.v };
        if (v.k === 'unknown' && v.text !== undefined) return { kind: 'string', span: e.span, contentSpan: e.contentSpan, text: v.text, value: undefined };
      }
      const text = e.parts.map((p) => (p.kind === 'literal' ? p.value : UNKNOWN_MARK)).join('');
      return { kind: 'string', span: e.span, contentSpan: e.contentSpan, text, value: e.value };
    }
    case 'number':
      return { kind: 'number', span: e.span, value: e.value };
    case 'bool':
      return { kind: 'bool', span: e.span, value: e.value };
    case 'null':
      return { kind: 'null', span: e.span };
    case 'tuple':
      return { kind: 'array', span: e.span, items: e.items.map((i) => nodeFromHcl(i, depth + 1, resolve, uri)) };
    case 'object':
      return {
        kind: 'object',
        span: e.span,
        entries: e.items.map((it) => ({ key: it.keyName, keySpan: it.key.span, value: nodeFromHcl(it.value, depth + 1, resolve, uri), span: it.span })),
      };
    default:
      return resolve && uri !== undefined ? nodeFromValue(resolve(e), uri, e.span) : { kind: 'unknown', span: e.span };
  }
}

/** An evaluated value as a policy tree; spans outside document `uri` become `anchor` (the reference's span). */
export function nodeFromValue(v: Value, uri: string, anchor: Span, depth = 0): PolicyNode {
  if (depth > MAX_DEPTH) return { kind: 'unknown', span: anchor };
  const at = v.via && v.via.uri === uri ? v.via.span : anchor;
  // A value that holds only through a variable's default is not known: a caller may set another.
  if (v.defaults?.length) return { kind: 'unknown', span: v.at.uri === uri ? v.at.span : at };
  const span = v.at.uri === uri ? v.at.span : at;
  const inner = v.at.uri === uri ? anchor : at;
  const scalar = scalarNode(v, span);
  if (scalar) return scalar;
  switch (v.k) {
    case 'string':
      return { kind: 'string', span, contentSpan: v.at.uri === uri && v.contentSpan ? v.contentSpan : span, text: v.v, value: v.v };
    case 'list':
      return { kind: 'array', span, items: v.items.map((i) => (i.k === 'unknown' && i.rest ? { kind: 'unknown', span } : nodeFromValue(i, uri, inner, depth + 1))) };
    case 'object':
      return {
        kind: 'object',
        span,
        entries: v.entries.map((e) => ({
          key: e.key,
          keySpan: e.keyAt.uri === uri ? e.keyAt.span : inner,
          value: nodeFromValue(e.value, uri, inner, depth + 1),
          span: e.keyAt.uri === uri ? e.span : inner,
        })),
      };
    case 'unknown':
      if (v.encoded) return nodeFromValue(v.encoded, uri, anchor, depth + 1);
      if (v.text !== undefined && !v.rest) return { kind: 'string', span, contentSpan: v.at.uri === uri && v.contentSpan ? v.contentSpan : span, text: v.text, value: undefined };
      return { kind: 'unknown', span };
    default:
      return { kind: 'unknown', span };
  }
}

/** Statement attributes of aws_iam_policy_document and the policy element each stands for. */
export const DOCUMENT_STATEMENT_ATTRIBUTES: Readonly<Record<string, string>> = {
  sid: 'Sid',
  effect: 'Effect',
  actions: 'Action',
  not_actions: 'NotAction',
  resources: 'Resource',
  not_resources: 'NotResource',
};
export const DOCUMENT_STATEMENT_BLOCKS: Readonly<Record<string, string>> = {
  principals: 'Principal',
  not_principals: 'NotPrincipal',
  condition: 'Condition',
};
/** Names that are not policy elements keep their HCL name, so that policy-structure can point at them. */
function statementFromBlock(b: Block, resolve?: Resolve, uri?: string): PolicyNode {
  const entries: PolicyEntry[] = [];
  for (const a of b.body.attributes) {
    entries.push({ key: DOCUMENT_STATEMENT_ATTRIBUTES[a.name] ?? a.name, keySpan: a.nameSpan, value: nodeFromHcl(a.value, 0, resolve, uri), span: a.span });
  }
  // principals / not_principals: one object per element, entries by principal type.
  for (const kind of ['principals', 'not_principals'] as const) {
    const blocks = b.body.blocks.filter((x) => x.type === kind);
    if (!blocks.length) continue;
    const pEntries: PolicyEntry[] = blocks.map((pb) => principalEntry(pb, resolve, uri));
    const span = spanOf(blocks);
    entries.push({ key: DOCUMENT_STATEMENT_BLOCKS[kind], keySpan: blocks[0]!.typeSpan, value: { kind: 'object', span, entries: pEntries }, span });
  }
  const conds = b.body.blocks.filter((x) => x.type === 'condition');
  if (conds.length) {
    const span = spanOf(conds);
    const cEntries: PolicyEntry[] = conds.map((cb) => conditionEntry(cb, resolve, uri));
    entries.push({ key: 'Condition', keySpan: conds[0]!.typeSpan, value: { kind: 'object', span, entries: cEntries }, span });
  }
  for (const other of b.body.blocks) {
    if (other.type === 'principals' || other.type === 'not_principals' || other.type === 'condition') continue;
    if (other.type === 'dynamic') {
      // A dynamic principals/condition block: its content is generated, so the element is unknown.
      const label = other.labels[0]?.value;
      const key = label ? (DOCUMENT_STATEMENT_BLOCKS[label] ?? label) : undefined;
      if (key && !entries.some((e) => e.key === key)) entries.push({ key, keySpan: other.typeSpan, value: { kind: 'unknown', span: other.span }, span: other.span });
      continue;
    }
    entries.push({ key: other.type, keySpan: other.typeSpan, value: { kind: 'unknown', span: other.span }, span: other.span });
  }
  // The provider defaults `effect` to Allow.
  if (!b.body.attributes.some((a) => a.name === 'effect')) {
    const at = { start: b.typeSpan.start, end: b.typeSpan.start };
    entries.push({ key: 'Effect', keySpan: at, value: { kind: 'string', span: at, contentSpan: at, text: 'Allow', value: 'Allow' }, span: at });
  }
  return { kind: 'object', span: b.span, entries };
}

function spanOf(blocks: readonly Block[]): Span {
  return { start: blocks[0]!.span.start, end: blocks[blocks.length - 1]!.span.end };
}

function attr(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((a) => a.name === name);
}

function principalEntry(pb: Block, resolve?: Resolve, uri?: string): PolicyEntry {
  const type = attr(pb.body, 'type');
  const ids = attr(pb.body, 'identifiers');
  const typeNode = type ? nodeFromHcl(type.value, 0, resolve, uri) : undefined;
  return {
    key: typeNode?.kind === 'string' ? typeNode.value : undefined,
    keySpan: type ? type.value.span : pb.typeSpan,
    value: ids ? nodeFromHcl(ids.value, 0, resolve, uri) : { kind: 'unknown', span: pb.span },
    span: pb.span,
  };
}

function conditionEntry(cb: Block, resolve?: Resolve, uri?: string): PolicyEntry {
  const test = attr(cb.body, 'test');
  const variable = attr(cb.body, 'variable');
  const values = attr(cb.body, 'values');
  const testNode = test ? nodeFromHcl(test.value, 0, resolve, uri) : undefined;
  const varNode = variable ? nodeFromHcl(variable.value, 0, resolve, uri) : undefined;
  const inner: PolicyEntry = {
    key: varNode?.kind === 'string' ? varNode.value : undefined,
    keySpan: variable ? variable.value.span : cb.typeSpan,
    value: values ? nodeFromHcl(values.value, 0, resolve, uri) : { kind: 'unknown', span: cb.span },
    span: cb.span,
  };
  return {
    key: testNode?.kind === 'string' ? testNode.value : undefined,
    keySpan: test ? test.value.span : cb.typeSpan,
    value: { kind: 'object', span: cb.span, entries: [inner] },
    span: cb.span,
  };
}

/** At most this many statements come from one dynamic block; more count as not known. */
const MAX_DYNAMIC = 64;

/** The statements a `dynamic "statement"` block makes, when its `for_each` is known. */
function expandDynamic(d: Block, resolve: Resolve, uri: string): PolicyNode[] | undefined {
  const forEach = attr(d.body, 'for_each');
  const content = d.body.blocks.find((b) => b.type === 'content');
  if (!forEach || !content) return undefined;
  const it = attr(d.body, 'iterator');
  const name = it?.value.kind === 'traversal' && it.value.steps.length === 0 ? it.value.root : (d.labels[0]?.value ?? 'statement');
  const coll = resolve(forEach.value);
  let pairs: [Value, Value][];
  if (coll.k === 'object' && coll.entries.every((e) => e.key !== undefined)) pairs = coll.entries.map((e) => [{ k: 'string', v: e.key!, at: e.keyAt }, e.value]);
  else if (coll.k === 'list' && !coll.items.some((i) => i.k === 'unknown' && i.rest)) pairs = coll.items.map((v, i) => [{ k: 'number', v: i, at: v.at }, v]);
  else return undefined;
  if (pairs.length > MAX_DYNAMIC) return undefined;
  const at = { uri, span: forEach.value.span };
  return pairs.map(([key, value]) => {
    const names = new Map<string, Value>([[name, { k: 'object', at, entries: [
      { key: 'key', keyAt: key.at, value: key, span: forEach.span },
      { key: 'value', keyAt: key.at, value, span: forEach.span },
    ] }]]);
    return statementFromBlock(content, (e) => resolve(e, names), uri);
  });
}

/** A `data "aws_iam_policy_document"` block as a policy tree. `partial` when other documents are merged in. */
export function nodeFromDocument(block: Block, resolve?: Resolve, uri?: string): { root: PolicyNode; partial: boolean } {
  const entries: PolicyEntry[] = [];
  const version = attr(block.body, 'version');
  if (version) entries.push({ key: 'Version', keySpan: version.nameSpan, value: nodeFromHcl(version.value, 0, resolve, uri), span: version.span });
  else {
    // The provider writes Version 2012-10-17 when the argument is absent.
    const at = { start: block.typeSpan.start, end: block.typeSpan.start };
    entries.push({ key: 'Version', keySpan: at, value: { kind: 'string', span: at, contentSpan: at, text: '2012-10-17', value: '2012-10-17' }, span: at });
  }
  const id = attr(block.body, 'policy_id');
  if (id) entries.push({ key: 'Id', keySpan: id.nameSpan, value: nodeFromHcl(id.value, 0, resolve, uri), span: id.span });
  const statements = block.body.blocks.filter((b) => b.type === 'statement');
  const items: PolicyNode[] = statements.map((b) => statementFromBlock(b, resolve, uri));
  // `dynamic "statement"` over a known collection: one statement per element; otherwise statements we cannot see.
  let dynamic = false;
  for (const d of block.body.blocks.filter((b) => b.type === 'dynamic')) {
    const expanded = resolve && uri !== undefined && d.labels[0]?.value === 'statement' ? expandDynamic(d, resolve, uri) : undefined;
    if (expanded) items.push(...expanded);
    else {
      dynamic = true;
      items.push({ kind: 'unknown', span: d.span });
    }
  }
  const span = statements.length ? spanOf(statements) : block.body.span;
  // No text stands for `Statement` here: a zero-width key right after the block's `{`.
  const at = { start: block.body.span.start, end: block.body.span.start };
  entries.push({ key: 'Statement', keySpan: at, value: { kind: 'array', span, items }, span });
  const partial = dynamic || block.body.attributes.some((a) => /^(source|override)_(policy_documents|json)$/.test(a.name));
  return { root: { kind: 'object', span: block.span, entries }, partial };
}
