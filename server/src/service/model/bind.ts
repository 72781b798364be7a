/**
 * Block rules see values as Terraform evaluates them. Each aws_kms_* block is expanded into its instances
 * (`for_each` over a known map or set, `count` of a known number), and in each instance every argument is
 * evaluated (locals, variable defaults, `each.*`, functions) and written back as the literal it evaluates to,
 * at the argument's own span. A rule written against literals then judges values, unchanged:
 * `deletion_window_in_days = local.days` reads as `3`. What is not known stays a non-literal, which no rule
 * reports on; a value that may be null reads as `maybe-null`, which counts as possibly unset.
 *
 * Each bound block remembers which variable defaults the rule read through, so that a finding resting on a
 * default is at most a warning and names the variable, and where each value was written, for a related location.
 */
import type { Attribute, Block, Body, Expression, ObjectItem, Span } from '../hcl/model';
import type { ParsedDocument } from '../document';
import type { KmsBlock } from '../blocks/kmsBlocks';
import type { Finding, RelatedLocation, Severity } from '../findings';
import { evaluate, newBudget, type Env } from './evaluate';
import { folderModel, type FolderModel } from './folder';
import { scalarNode } from './scalar';
import { asNumber, isKnownScalar, isNull, mayBeNull, render, unknown, type Value } from './value';

/** At most this many instances are checked one by one; more count as one instance of unknown values. */
const MAX_INSTANCES = 32;

export interface Instance {
  /** `["dev"]` or `[0]`; undefined for a block without for_each or count. */
  readonly key: string | undefined;
  readonly names: ReadonlyMap<string, Value>;
  /** The instances exist through these variables' defaults. */
  readonly defaults: readonly string[];
}

/** What a bound argument was evaluated from. */
interface Derivation {
  readonly defaults: readonly string[];
  /** Where the value was written, when not in the argument itself. */
  readonly from: { readonly uri: string; readonly span: Span } | undefined;
  readonly value: Value;
}

export interface BoundBlock extends KmsBlock {
  /** The block without instances (`aws_kms_key.env`). */
  readonly baseAddress: string;
  readonly instance: Instance;
  /** How many instances the block has (known ones; 1 when not known). */
  readonly instanceCount: number;
  /** Derivations of the arguments read since the last reset, by argument. */
  readonly reads: Map<Attribute, Derivation>;
  /** Spans of the arguments whose value was evaluated rather than written (fixes must not rewrite them blindly). */
  readonly derived: readonly Span[];
}

/** A number, bool, null, or string without interpolation, as written. */
export function isScalarLiteral(e: Expression): boolean {
  return e.kind === 'number' || e.kind === 'bool' || e.kind === 'null' || (e.kind === 'string' && e.value !== undefined);
}

/** A literal as written: a scalar literal, or a tuple or object (with literal keys) of literals. */
export function isLiteral(e: Expression, depth = 0): boolean {
  if (depth > 32) return false;
  switch (e.kind) {
    case 'tuple':
      return e.items.every((i) => isLiteral(i, depth + 1));
    case 'object':
      return e.items.every((i) => i.keyName !== undefined && isLiteral(i.value, depth + 1));
    default:
      return isScalarLiteral(e);
  }
}

/** The literal a value evaluates to, written at `span`; a non-literal when the value is not known. */
function literalOf(v: Value, span: Span, uri: string, depth = 0): Expression {
  const here = (s: Span, u: string) => (u === uri ? s : span);
  if (depth > 32) return { kind: 'unknown', span, nodeType: 'too-deep' };
  const scalar = scalarNode(v, span);
  if (scalar) return scalar;
  switch (v.k) {
    case 'string':
      return { kind: 'string', span, contentSpan: span, value: v.v, parts: [{ kind: 'literal', value: v.v, span }], heredoc: false };
    case 'list':
      if (v.items.some((i) => i.k === 'unknown' && i.rest)) return { kind: 'unknown', span, nodeType: 'evaluated' };
      return { kind: 'tuple', span, items: v.items.map((i) => literalOf(i, here(i.at.span, i.at.uri), uri, depth + 1)), closed: true };
    case 'object': {
      if (v.entries.some((e) => e.key === undefined)) return { kind: 'unknown', span, nodeType: 'evaluated' };
      const items: ObjectItem[] = v.entries.map((e) => {
        const s = here(e.keyAt.span, e.keyAt.uri);
        return {
          span: here(e.span, e.keyAt.uri),
          key: { kind: 'traversal', span: s, root: e.key!, rootSpan: s, steps: [] },
          keyName: e.key,
          value: literalOf(e.value, here(e.value.at.span, e.value.at.uri), uri, depth + 1),
        };
      });
      return { kind: 'object', span, items, closed: true };
    }
    default:
      return { kind: 'unknown', span, nodeType: mayBeNull(v) ? 'maybe-null' : 'evaluated' };
  }
}

/** Bound arguments whose value is not known and may be null (their expression is kept as written). */
const nullable = new WeakSet<Expression>();

/** True when an argument's value (as bound) may be unset: null, possibly null, or not known and nullable. */
export function mayBeUnset(e: Expression): boolean {
  return e.kind === 'null' || nullable.has(e) || (e.kind === 'unknown' && e.nodeType === 'maybe-null');
}

export function instancesOf(block: Block, env: Env): Instance[] {
  const one: Instance[] = [{ key: undefined, names: new Map(), defaults: [] }];
  const forEach = block.body.attributes.find((a) => a.name === 'for_each');
  const count = block.body.attributes.find((a) => a.name === 'count');
  if (forEach) {
    const v = evaluate(forEach.value, env);
    const defaults = v.defaults ?? [];
    const at = { uri: env.uri, span: forEach.value.span };
    if (v.k === 'object' && v.entries.every((e) => e.key !== undefined) && v.entries.length <= MAX_INSTANCES) {
      return v.entries.map((e) => ({
        key: `[${JSON.stringify(e.key)}]`,
        names: new Map([['each', { k: 'object', at, entries: [
          { key: 'key', keyAt: e.keyAt, value: { k: 'string', v: e.key!, at: e.keyAt }, span: e.span },
          { key: 'value', keyAt: e.keyAt, value: e.value, span: e.span },
        ] } satisfies Value]]),
        defaults,
      }));
    }
    if (v.k === 'list' && v.items.length <= MAX_INSTANCES && v.items.every((i) => i.k === 'string')) {
      return v.items.map((i) => ({
        key: `[${JSON.stringify((i as { v: string }).v)}]`,
        names: new Map([['each', { k: 'object', at, entries: [
          { key: 'key', keyAt: i.at, value: i, span: i.at.span },
          { key: 'value', keyAt: i.at, value: i, span: i.at.span },
        ] } satisfies Value]]),
        defaults,
      }));
    }
    return [{ key: undefined, names: new Map([['each', unknown(at, 'for_each not known before apply')]]), defaults: [] }];
  }
  if (count) {
    const v = evaluate(count.value, env);
    const n = asNumber(v);
    const at = { uri: env.uri, span: count.value.span };
    if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= MAX_INSTANCES) {
      return Array.from({ length: n }, (_, i) => ({
        key: `[${i}]`,
        names: new Map([['count', { k: 'object', at, entries: [{ key: 'index', keyAt: at, value: { k: 'number', v: i, at }, span: at.span }] } satisfies Value]]),
        defaults: v.defaults ?? [],
      }));
    }
    return [{ key: undefined, names: new Map([['count', unknown(at, 'count not known before apply')]]), defaults: [] }];
  }
  return one;
}

interface Binder {
  readonly env: Env;
  readonly reads: Map<Attribute, Derivation>;
  readonly derived: Span[];
}

function bindBody(body: Body, b: Binder, depth = 0): Body {
  if (depth > 16) return body;
  const attributes = body.attributes.map((a) => bindAttribute(a, b));
  const blocks = body.blocks.map((x) => (x.type === 'dynamic' || x.type === 'lifecycle' ? x : { ...x, body: bindBody(x.body, b, depth + 1) }));
  return { span: body.span, attributes, blocks };
}

function bindAttribute(a: Attribute, b: Binder): Attribute {
  if (isLiteral(a.value) || a.name === 'for_each' || a.name === 'count' || a.name === 'depends_on' || a.name === 'provider') return a;
  const v = evaluate(a.value, b.env);
  let lit = literalOf(v, a.value.span, b.env.uri);
  if (lit.kind === 'unknown') {
    // Not known: rules see the expression as written (references stay references).
    lit = a.value;
    if (mayBeNull(v)) nullable.add(lit);
  } else b.derived.push(a.value.span);
  const defaults = [...new Set(collectDefaults(v))];
  const from = v.at.uri !== b.env.uri || v.at.span.start !== a.value.span.start ? { uri: v.at.uri, span: v.at.span } : undefined;
  const derivation: Derivation = { defaults, from, value: v };
  const reads = b.reads;
  const bound: Attribute & { [PEEK]: Expression } = {
    kind: 'attribute',
    span: a.span,
    name: a.name,
    nameSpan: a.nameSpan,
    get value() {
      reads.set(bound, derivation);
      return lit;
    },
    [PEEK]: lit,
  };
  return bound;
}

const PEEK = Symbol('bound value, read without counting as a read');

/**
 * An argument's value for a presence check. It counts as reading the value only when the answer came from
 * evaluation (a null or possibly-null value, or `certain` set for a check that needs the argument certainly set):
 * a rule that merely looks up which arguments are written has not read them.
 */
export function peekValue(a: Attribute, certain = false): Expression {
  const peeked = (a as Attribute & { [PEEK]?: Expression })[PEEK];
  if (peeked === undefined) return a.value;
  return certain || mayBeUnset(peeked) ? a.value : peeked;
}

function collectDefaults(v: Value, depth = 0): string[] {
  if (depth > 16) return [];
  const own = v.defaults ?? [];
  if (v.k === 'list') return [...own, ...v.items.flatMap((i) => collectDefaults(i, depth + 1))];
  if (v.k === 'object') return [...own, ...v.entries.flatMap((e) => collectDefaults(e.value, depth + 1))];
  if (v.k === 'oneOf') return [...own, ...v.options.flatMap((o) => collectDefaults(o, depth + 1))];
  return [...own];
}

const cache = new WeakMap<FolderModel, Map<Block, BoundBlock[]>>();

/** The instances of each block, with its arguments evaluated. */
export function bindBlocks(doc: ParsedDocument, folder: readonly ParsedDocument[], blocks: readonly KmsBlock[]): BoundBlock[] {
  const fm = folderModel(folder.some((d) => d.uri === doc.uri) ? folder : [...folder, doc]);
  let perBlock = cache.get(fm);
  if (!perBlock) {
    perBlock = new Map();
    cache.set(fm, perBlock);
  }
  const out: BoundBlock[] = [];
  for (const k of blocks) {
    let bound = perBlock.get(k.block);
    if (!bound) {
      bound = bindOne(doc, fm, k);
      perBlock.set(k.block, bound);
    }
    for (const b of bound) b.reads.clear();
    out.push(...bound);
  }
  return out;
}

function bindOne(doc: ParsedDocument, fm: FolderModel, k: KmsBlock): BoundBlock[] {
  const budget = newBudget();
  const base: Env = { folder: fm, uri: doc.uri, budget };
  const instances = instancesOf(k.block, base);
  return instances.map((instance) => {
    const reads = new Map<Attribute, Derivation>();
    const derived: Span[] = [];
    const block = { ...k.block, body: bindBody(k.block.body, { env: { ...base, names: instance.names }, reads, derived }) };
    return {
      ...k,
      block,
      address: instance.key ? `${k.address}${instance.key}` : k.address,
      baseAddress: k.address,
      instance,
      instanceCount: instances.length,
      reads,
      derived,
    };
  });
}

/** What a finding rested on, captured when it was reported. */
export interface FindingBasis {
  readonly block: BoundBlock;
  readonly derivations: readonly Derivation[];
}

/** The derivations a bound block's rule read so far (at the moment of a report). */
export function basisOf(block: BoundBlock): FindingBasis {
  return { block, derivations: [...block.reads.values()] };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * Findings of block rules with their bases: certainty decides the level (a default makes it a warning at most,
 * naming the variable), a finding of some instances only names them, one of every instance is said once, and
 * where the value was written is a related location. Fixes that would rewrite an evaluated argument are kept
 * only when the value was written in this argument's own expression chain without instances or defaults.
 */
export function settleFindings(items: readonly { finding: Finding; basis: FindingBasis | undefined }[]): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<string, { finding: Finding; basis: FindingBasis }[]>();
  for (const it of items) {
    if (!it.basis) {
      out.push(it.finding);
      continue;
    }
    const key = `${it.finding.ruleId}|${it.finding.span.start}|${it.finding.span.end}|${it.finding.message}|${it.basis.block.baseAddress}`;
    const g = groups.get(key);
    if (g) g.push(it as { finding: Finding; basis: FindingBasis });
    else groups.set(key, [it as { finding: Finding; basis: FindingBasis }]);
  }
  for (const g of groups.values()) {
    const { block } = g[0]!.basis;
    const all = block.instance.key === undefined || g.length >= block.instanceCount;
    const members = all ? [g[0]!] : g;
    for (const m of members) out.push(settle(m.finding, m.basis, all));
  }
  return out;
}

function settle(f: Finding, basis: FindingBasis, allInstances: boolean): Finding {
  const { block } = basis;
  const defaults = [...new Set([...block.instance.defaults, ...basis.derivations.flatMap((d) => d.defaults)])];
  const viaInstance = block.instance.key !== undefined;
  let message = f.message;
  let severity = f.severity;
  if (defaults.length) {
    const shown = defaults.map((name) => {
      const d = basis.derivations.find((x) => x.defaults.includes(name));
      const v = d && isKnownScalar(d.value) ? ` (${render(d.value, 60)})` : d && isNull(d.value) ? ' (null)' : '';
      return `\`var.${name}\`${v}`;
    });
    message = `With the default of ${shown.join(' and ')}: ${message}`;
    if (SEVERITY_RANK[severity] < SEVERITY_RANK.warning) severity = 'warning';
  }
  if (viaInstance && !allInstances) message = `${block.address}: ${message}`;
  const related = basis.derivations
    .filter((d) => d.from)
    .map((d) => ({ uri: d.from!.uri, span: d.from!.span, message: `The value ${render(d.value, 80)} is written here.` }));
  const rewritesEvaluated = (f.fixes ?? []).some((fix) => fix.edits.some((e) => block.derived.some((s) => e.span.start < s.end && e.span.end > s.start)));
  const keepFixes = !(rewritesEvaluated && (defaults.length || viaInstance));
  const relatedAll: RelatedLocation[] = [...(f.related ?? []), ...related].slice(0, 8);
  return {
    ...f,
    message,
    severity,
    address: allInstances ? block.baseAddress : block.address,
    ...(keepFixes ? {} : { fixes: [] }),
    ...(relatedAll.length ? { related: relatedAll } : {}),
  };
}
