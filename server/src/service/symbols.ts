/** doSymbols: the outline of a file: top-level blocks with their nested blocks and arguments. */
import type { Block, Span } from './hcl/model';
import { blockAddress } from './hcl/model';
import type { ParsedDocument } from './document';

export type SymbolKind = 'resource' | 'data' | 'variable' | 'output' | 'locals' | 'module' | 'provider' | 'block' | 'attribute';

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly span: Span;
  readonly selectionSpan: Span;
  readonly children: readonly DocumentSymbol[];
}

function blockSymbol(b: Block, depth: number): DocumentSymbol {
  const address = depth === 0 ? blockAddress(b) : undefined;
  const kind: SymbolKind = depth === 0 && ['resource', 'data', 'variable', 'output', 'locals', 'module', 'provider'].includes(b.type) ? (b.type as SymbolKind) : 'block';
  const children: DocumentSymbol[] = [
    ...b.body.attributes.map((a) => ({ name: a.name, kind: 'attribute' as const, span: a.span, selectionSpan: a.nameSpan, children: [] })),
    ...(depth < 8 ? b.body.blocks.map((n) => blockSymbol(n, depth + 1)) : []),
  ].sort((x, y) => x.span.start - y.span.start);
  return {
    name: address ?? [b.type, ...b.labels.map((l) => l.value)].join(' '),
    ...(address ? { detail: b.type } : {}),
    kind,
    span: b.span,
    selectionSpan: b.labels[b.labels.length - 1]?.span ?? b.typeSpan,
    children,
  };
}

export function doSymbols(doc: ParsedDocument): DocumentSymbol[] {
  return doc.hcl.body.blocks.map((b) => blockSymbol(b, 0));
}
