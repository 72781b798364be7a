/** doDefinition: where the thing referenced at an offset (a resource, data source, local, variable or module) is declared, across the folder. */
import type { Span } from './hcl/model';
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import { findDeclaration, referenceAt } from './blocks/references';
import { occurrenceAt, occurrencesOf } from './model/refs';

export interface Location {
  readonly uri: string;
  /** The whole target (the declaring block). */
  readonly span: Span;
  /** The part to select: the block's name label, or the reference itself. */
  readonly selectionSpan: Span;
}

/** `generic`: also locals, variables, modules and blocks of other types (off beside another Terraform extension, which has them). */
export function doDefinition(workspace: Workspace, doc: ParsedDocument, offset: number, generic = true): Location[] {
  const folder = workspace.folderDocuments(doc.uri).map((d) => (d.uri === doc.uri ? doc : d));
  const r = referenceAt(doc, offset);
  if (r?.name) {
    const decl = findDeclaration(folder, r.kind, r.type, r.name);
    if (decl) return [{ uri: decl.doc.uri, span: decl.block.span, selectionSpan: decl.nameSpan }];
  }
  // Any other reference: `local.x`, `var.x`, `module.x`, a resource or data source of any type.
  const o = generic ? occurrenceAt(doc, offset) : undefined;
  if (!o || o.declaration) return [];
  return occurrencesOf(folder, o.address)
    .filter((d) => d.declaration)
    .map((d) => ({ uri: d.doc.uri, span: d.span, selectionSpan: d.nameSpan }));
}
