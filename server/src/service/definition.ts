/** doDefinition: where the `aws_kms_*` resource or data source referenced at an offset is declared, across the folder. */
import type { Span } from './hcl/model';
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import { findDeclaration, referenceAt } from './blocks/references';

export interface Location {
  readonly uri: string;
  /** The whole target (the declaring block). */
  readonly span: Span;
  /** The part to select: the block's name label, or the reference itself. */
  readonly selectionSpan: Span;
}

export function doDefinition(workspace: Workspace, doc: ParsedDocument, offset: number): Location[] {
  const r = referenceAt(doc, offset);
  if (!r?.name) return [];
  const decl = findDeclaration(workspace.folderDocuments(doc.uri).map((d) => (d.uri === doc.uri ? doc : d)), r.kind, r.type, r.name);
  return decl ? [{ uri: decl.doc.uri, span: decl.block.span, selectionSpan: decl.nameSpan }] : [];
}
