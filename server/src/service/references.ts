/**
 * doReferences: every reference, in the folder's `.tf` files, to the `aws_kms_*` resource or data source at an
 * offset (the offset may be on a reference or on the declaring block's labels).
 */
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import type { Location } from './definition';
import { declarationsOf, referenceAt, referencesIn } from './blocks/references';
import { occurrenceAt, occurrencesOf } from './model/refs';

/** `generic`: also locals, variables, modules and blocks of other types (off beside another Terraform extension, which has them). */
export function doReferences(workspace: Workspace, doc: ParsedDocument, offset: number, includeDeclaration = true, generic = true): Location[] {
  const folder = workspace.folderDocuments(doc.uri).map((d) => (d.uri === doc.uri ? doc : d));
  let address = referenceAt(doc, offset)?.address;
  if (!address) {
    const decl = declarationsOf(doc).find((d) => d.block.labels.some((l) => offset >= l.span.start && offset <= l.span.end));
    if (!decl || !decl.type.startsWith('aws_kms_')) {
      // Locals, variables, modules and blocks of other types.
      const o = generic ? occurrenceAt(doc, offset) : undefined;
      if (!o) return [];
      return occurrencesOf(folder, o.address)
        .filter((x) => includeDeclaration || !x.declaration)
        .map((x) => ({ uri: x.doc.uri, span: x.span, selectionSpan: x.nameSpan }));
    }
    address = decl.address;
  }
  const out: Location[] = [];
  for (const d of folder) {
    if (includeDeclaration) {
      for (const decl of declarationsOf(d)) if (decl.address === address) out.push({ uri: d.uri, span: decl.block.span, selectionSpan: decl.nameSpan });
    }
    for (const r of referencesIn(d)) {
      if (r.address !== address) continue;
      const span = { start: r.span.start, end: r.nameSpan?.end ?? r.span.end };
      out.push({ uri: d.uri, span, selectionSpan: span });
    }
  }
  return out;
}
