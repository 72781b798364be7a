/**
 * References across a folder: every `local.x`, `var.x`, `module.x`, `data.type.name` and `type.name` (any
 * resource type) resolved to its declaration in the folder's files, and back. Definition, references and
 * rename read this.
 */
import type { ParsedDocument } from '../document';
import { childExpressions, type Block, type Body, type Expression, type Span, type TraversalExpr } from '../hcl/model';

const NOT_ADDRESSES = new Set(['each', 'count', 'path', 'terraform', 'self']);

export interface SymbolOccurrence {
  readonly doc: ParsedDocument;
  /** `local.days`, `var.spec`, `module.kms`, `data.aws_iam_policy_document.d`, `aws_s3_bucket.b`. */
  readonly address: string;
  /** The name part (what a rename replaces): `days` of `local.days`. */
  readonly nameSpan: Span;
  /** The whole reference, or the declaring block or attribute. */
  readonly span: Span;
  readonly declaration: boolean;
}

/** The address a traversal refers to, with the span of its name part. */
function addressOf(t: TraversalExpr): { address: string; nameSpan: Span } | undefined {
  if (NOT_ADDRESSES.has(t.root)) return undefined;
  const nameOf = (i: number) => {
    const s = t.steps[i];
    return s?.name !== undefined ? { name: s.name, span: { start: s.span.end - s.name.length, end: s.span.end } } : undefined;
  };
  if (t.root === 'local' || t.root === 'var' || t.root === 'module') {
    const n = nameOf(0);
    return n ? { address: `${t.root}.${n.name}`, nameSpan: n.span } : undefined;
  }
  if (t.root === 'data') {
    const type = nameOf(0);
    const n = nameOf(1);
    return type && n ? { address: `data.${type.name}.${n.name}`, nameSpan: n.span } : undefined;
  }
  const n = nameOf(0);
  return n && /^[a-z][a-z0-9]*_/.test(t.root) ? { address: `${t.root}.${n.name}`, nameSpan: n.span } : undefined;
}

function visit(doc: ParsedDocument, e: Expression, out: SymbolOccurrence[], depth = 0): void {
  if (depth > 128) return;
  if (e.kind === 'traversal') {
    const a = addressOf(e);
    if (a) out.push({ doc, address: a.address, nameSpan: a.nameSpan, span: e.span, declaration: false });
  }
  for (const c of childExpressions(e)) visit(doc, c, out, depth + 1);
}

function visitBody(doc: ParsedDocument, body: Body, out: SymbolOccurrence[], depth = 0): void {
  if (depth > 32) return;
  for (const a of body.attributes) visit(doc, a.value, out);
  for (const b of body.blocks) visitBody(doc, b.body, out, depth + 1);
}

function declarationOf(doc: ParsedDocument, b: Block): SymbolOccurrence[] {
  const [l0, l1] = b.labels;
  const decl = (address: string, nameSpan: Span, span: Span): SymbolOccurrence => ({ doc, address, nameSpan, span, declaration: true });
  switch (b.type) {
    case 'locals':
      return b.body.attributes.map((a) => decl(`local.${a.name}`, a.nameSpan, a.span));
    case 'variable':
      return l0 ? [decl(`var.${l0.value}`, l0.valueSpan, b.span)] : [];
    case 'module':
      return l0 ? [decl(`module.${l0.value}`, l0.valueSpan, b.span)] : [];
    case 'resource':
      return l0 && l1 ? [decl(`${l0.value}.${l1.value}`, l1.valueSpan, b.span)] : [];
    case 'data':
      return l0 && l1 ? [decl(`data.${l0.value}.${l1.value}`, l1.valueSpan, b.span)] : [];
    default:
      return [];
  }
}

const cache = new WeakMap<ParsedDocument, SymbolOccurrence[]>();

/** Every declaration and reference in a document (cached per version). */
export function occurrencesIn(doc: ParsedDocument): readonly SymbolOccurrence[] {
  let out = cache.get(doc);
  if (!out) {
    out = [];
    for (const b of doc.hcl.body.blocks) {
      out.push(...declarationOf(doc, b));
      visitBody(doc, b.body, out);
    }
    cache.set(doc, out);
  }
  return out;
}

/** The declaration or reference whose name (or whole reference) holds the offset. */
export function occurrenceAt(doc: ParsedDocument, offset: number): SymbolOccurrence | undefined {
  const inside = (s: Span) => offset >= s.start && offset <= s.end;
  return occurrencesIn(doc).find((o) => inside(o.nameSpan)) ?? occurrencesIn(doc).find((o) => !o.declaration && inside(o.span));
}

/** Every occurrence of an address in the folder: declarations first. */
export function occurrencesOf(folder: readonly ParsedDocument[], address: string): SymbolOccurrence[] {
  const all = folder.flatMap((d) => occurrencesIn(d).filter((o) => o.address === address));
  return [...all.filter((o) => o.declaration), ...all.filter((o) => !o.declaration)];
}
