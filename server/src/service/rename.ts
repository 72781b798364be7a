/**
 * doRename: renames a local, variable, module, resource or data source everywhere in the folder: the
 * declaration's name and every reference to it. Only the name parts change, each exactly in its span.
 */
import type { ParsedDocument } from './document';
import type { Span } from './hcl/model';
import type { Workspace } from './workspace';
import { occurrenceAt, occurrencesOf } from './model/refs';

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The name under the cursor that can be renamed, with its span; undefined when there is none. */
export function doPrepareRename(doc: ParsedDocument, offset: number): { span: Span; placeholder: string } | undefined {
  const o = occurrenceAt(doc, offset);
  if (!o || !(offset >= o.nameSpan.start && offset <= o.nameSpan.end)) return undefined;
  return { span: o.nameSpan, placeholder: doc.text.slice(o.nameSpan.start, o.nameSpan.end) };
}

/** The edits of a rename (with their documents), or a reason it cannot be done. */
export interface RenameEdit {
  readonly uri: string;
  readonly span: Span;
  readonly newText: string;
}

export function doRename(workspace: Workspace, doc: ParsedDocument, offset: number, newName: string): { edits: RenameEdit[] } | { error: string } {
  if (!NAME.test(newName)) return { error: `\`${newName}\` is not a valid Terraform name (letters, digits, underscores and dashes, not starting with a digit).` };
  const o = occurrenceAt(doc, offset);
  if (!o) return { error: 'Nothing to rename here: put the cursor on a local, variable, module, resource or data source name.' };
  const folder = workspace.folderDocuments(doc.uri).map((d) => (d.uri === doc.uri ? doc : d));
  const all = occurrencesOf(folder, o.address);
  if (!all.some((x) => x.declaration)) return { error: `\`${o.address}\` is not declared in this folder.` };
  const target = o.address.replace(/[^.]+$/, newName);
  if (occurrencesOf(folder, target).some((x) => x.declaration)) return { error: `\`${target}\` is already declared.` };
  return { edits: all.map((x) => ({ uri: x.doc.uri, span: x.nameSpan, newText: newName })) };
}
