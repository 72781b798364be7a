/**
 * References between blocks of a folder: `aws_kms_key.main.arn`, `data.aws_kms_alias.a.target_key_id`. Finds
 * the resource and data declarations of the folder's files and every reference written in a document, from the
 * HCL model, and by a text scan inside expressions the model keeps opaque (conditionals, operators, for-exprs).
 */
import type { ParsedDocument } from '../document';
import { perFolder } from '../folderMemo';
import { childExpressions, type Block, type Body, type Expression, type Span } from '../hcl/model';
import { blockSchemaOf, type SchemaKind } from '../schema';

/** A `resource` or `data` block of the folder. */
export interface Declaration {
  readonly doc: ParsedDocument;
  readonly block: Block;
  readonly kind: SchemaKind;
  readonly type: string;
  readonly name: string;
  /** `aws_kms_key.main` or `data.aws_kms_alias.a`. */
  readonly address: string;
  /** The name label's text span (inside the quotes). */
  readonly nameSpan: Span;
}

/** A reference to a resource or data source, with the spans of its parts. */
export interface BlockReference {
  readonly kind: SchemaKind;
  readonly type: string;
  readonly typeSpan: Span;
  readonly name: string | undefined;
  readonly nameSpan: Span | undefined;
  /** The attribute after the name (past an optional `[index]`), if written. */
  readonly attribute: string | undefined;
  readonly attributeSpan: Span | undefined;
  /** The whole reference, from its first character to the end of its last part read here. */
  readonly span: Span;
  /** `data.aws_kms_key.k` or `aws_kms_key.k`. */
  readonly address: string | undefined;
}

const declarationCache = new WeakMap<ParsedDocument, Declaration[]>();

/** The resource and data blocks of one document (cached per document version). */
export function declarationsOf(doc: ParsedDocument): readonly Declaration[] {
  const hit = declarationCache.get(doc);
  if (hit) return hit;
  const out: Declaration[] = [];
  for (const block of doc.hcl.body.blocks) {
    if (block.type !== 'resource' && block.type !== 'data') continue;
    const [t, n] = block.labels;
    if (!t || !n) continue;
    const kind: SchemaKind = block.type === 'resource' ? 'resource' : 'data';
    out.push({ doc, block, kind, type: t.value, name: n.value, address: `${kind === 'data' ? 'data.' : ''}${t.value}.${n.value}`, nameSpan: n.valueSpan });
  }
  declarationCache.set(doc, out);
  return out;
}

export function declarationsIn(folder: readonly ParsedDocument[]): Declaration[] {
  return folder.flatMap((d) => declarationsOf(d));
}

export function findDeclaration(folder: readonly ParsedDocument[], kind: SchemaKind, type: string, name: string): Declaration | undefined {
  // An index of the folder's declarations, built once per set of documents: rules look up one per reference.
  const index = perFolder('declarations by address', folder, () => {
    const out = new Map<string, Declaration>();
    for (const d of folder) {
      for (const x of declarationsOf(d)) {
        const key = `${x.kind} ${x.type} ${x.name}`;
        if (!out.has(key)) out.set(key, x);
      }
    }
    return out;
  });
  return index.get(`${kind} ${type} ${name}`);
}

const REF = /\b(data\.)?(aws_kms_[a-z0-9_]+)(?:\.([A-Za-z_][A-Za-z0-9_-]*))?(?:\[[^\]\n]*\])?(?:\.([A-Za-z_][A-Za-z0-9_-]*))?/g;

/** References to `aws_kms_*` types found by a text scan of `text` (offsets shifted by `base`). */
export function scanReferences(text: string, base = 0): BlockReference[] {
  const out: BlockReference[] = [];
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m; m = REF.exec(text)) {
    const start = base + m.index;
    const prev = m.index > 0 ? text[m.index - 1] : '';
    if (prev === '.' || prev === '"' || prev === '_' || (prev !== undefined && /[A-Za-z0-9]/.test(prev))) continue;
    // A string label `"aws_kms_key"` or `resource "aws_kms_key" "x"` is no reference.
    if (text[m.index + m[0].length] === '"') continue;
    const isData = m[1] !== undefined;
    const typeStart = start + (isData ? 5 : 0);
    const type = m[2]!;
    const nameStart = m[3] !== undefined ? typeStart + type.length + 1 : undefined;
    const whole = m[0];
    const attrStart = m[4] !== undefined ? start + whole.length - m[4].length : undefined;
    out.push({
      kind: isData ? 'data' : 'resource',
      type,
      typeSpan: { start: typeStart, end: typeStart + type.length },
      name: m[3],
      nameSpan: nameStart !== undefined ? { start: nameStart, end: nameStart + m[3]!.length } : undefined,
      attribute: m[4],
      attributeSpan: attrStart !== undefined ? { start: attrStart, end: attrStart + m[4]!.length } : undefined,
      span: { start, end: start + whole.length },
      address: m[3] !== undefined ? `${isData ? 'data.' : ''}${type}.${m[3]}` : undefined,
    });
  }
  return out;
}

function fromTraversal(e: Extract<Expression, { kind: 'traversal' }>): BlockReference | undefined {
  const steps = e.steps;
  let i = 0;
  let kind: SchemaKind = 'resource';
  let type = e.root;
  let typeSpan = e.rootSpan;
  if (e.root === 'data') {
    const s = steps[0];
    if (!s?.name) return undefined;
    kind = 'data';
    type = s.name;
    typeSpan = { start: s.span.end - s.name.length, end: s.span.end };
    i = 1;
  }
  if (!type.startsWith('aws_kms_')) return undefined;
  const nameStep = steps[i];
  const name = nameStep?.name;
  const nameSpan = name !== undefined ? { start: nameStep!.span.end - name.length, end: nameStep!.span.end } : undefined;
  let j = i + 1;
  if (steps[j] && steps[j]!.name === undefined) j++; // [count.index], ["key"], [*]
  const attrStep = name !== undefined ? steps[j] : undefined;
  const attribute = attrStep?.name;
  const last = attribute !== undefined ? attrStep!.span.end : nameSpan?.end ?? typeSpan.end;
  return {
    kind,
    type,
    typeSpan,
    name,
    nameSpan,
    attribute,
    attributeSpan: attribute !== undefined ? { start: attrStep!.span.end - attribute.length, end: attrStep!.span.end } : undefined,
    span: { start: e.span.start, end: last },
    address: name !== undefined ? `${kind === 'data' ? 'data.' : ''}${type}.${name}` : undefined,
  };
}

function visitExpression(doc: ParsedDocument, e: Expression, out: BlockReference[]): void {
  switch (e.kind) {
    case 'traversal': {
      const r = fromTraversal(e);
      if (r) out.push(r);
      for (const s of e.steps) if (s.index) visitExpression(doc, s.index, out);
      return;
    }
    case 'string':
      for (const p of e.parts) if (p.kind === 'interpolation' && p.expr) visitExpression(doc, p.expr, out);
      else if (p.kind === 'interpolation') out.push(...scanReferences(doc.text.slice(p.span.start, p.span.end), p.span.start));
      return;
    case 'object':
      for (const it of e.items) {
        if (it.keyName === undefined) visitExpression(doc, it.key, out);
        visitExpression(doc, it.value, out);
      }
      return;
    case 'tuple':
      for (const it of e.items) visitExpression(doc, it, out);
      return;
    case 'call':
      for (const a of e.args) visitExpression(doc, a, out);
      return;
    case 'unknown':
      out.push(...scanReferences(doc.text.slice(e.span.start, e.span.end), e.span.start));
      return;
    default:
      for (const c of childExpressions(e)) visitExpression(doc, c, out);
      return;
  }
}

function visitBody(doc: ParsedDocument, body: Body, out: BlockReference[]): void {
  for (const a of body.attributes) visitExpression(doc, a.value, out);
  for (const b of body.blocks) visitBody(doc, b.body, out);
}

const referenceCache = new WeakMap<ParsedDocument, BlockReference[]>();

/** Every reference to an `aws_kms_*` resource or data source in the document (cached per document version). */
export function referencesIn(doc: ParsedDocument): readonly BlockReference[] {
  const hit = referenceCache.get(doc);
  if (hit) return hit;
  const out: BlockReference[] = [];
  visitBody(doc, doc.hcl.body, out);
  out.sort((a, b) => a.span.start - b.span.start);
  referenceCache.set(doc, out);
  return out;
}

/** The reference whose text holds `offset`, if any. */
export function referenceAt(doc: ParsedDocument, offset: number): BlockReference | undefined {
  return referencesIn(doc).find((r) => offset >= r.span.start && offset <= r.span.end);
}

/** Attributes a resource or data source of that type exports (every schema attribute, `id` included). */
export function exportedAttributes(kind: SchemaKind, type: string): string[] | undefined {
  const s = blockSchemaOf(kind, type);
  if (!s) return undefined;
  return [...Object.keys(s.attributes), ...Object.keys(s.blockTypes)].sort();
}
