/**
 * doComplete: what may be typed at an offset. The cursor context comes from a tolerant scan of the text
 * (hcl/cursor.ts), so completion works in half-typed, unparseable code. Policy documents are asked first,
 * then aws_kms_* blocks, then the top level of the file.
 */
import type { Span } from './hcl/model';
import { cursorContext, type CursorContext } from './hcl/cursor';
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import { completeBlocks } from './blocks/completion';
import { completePolicy } from './policy/completion';

export type CompletionKind =
  | 'keyword'
  | 'type'
  | 'attribute'
  | 'block'
  | 'value'
  | 'reference'
  | 'snippet'
  | 'property'
  | 'enum'
  | 'function'
  | 'operator';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** Short text beside the label (a type, "required"...). */
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Text that replaces `replace`; a snippet (`$1`, `${1:x}`) when `snippet` is true. Defaults to the label. */
  readonly insertText?: string;
  readonly snippet?: boolean;
  readonly replace: Span;
  readonly sortText?: string;
  readonly filterText?: string;
  readonly preselect?: boolean;
  /** Ask the editor to complete again after inserting (e.g. after `aws_kms_key.`). */
  readonly retrigger?: boolean;
}

export interface CompletionRequest {
  readonly workspace: Workspace;
  readonly doc: ParsedDocument;
  readonly offset: number;
  readonly cursor: CursorContext;
}

export function doComplete(workspace: Workspace, doc: ParsedDocument, offset: number): CompletionItem[] {
  const req: CompletionRequest = { workspace, doc, offset, cursor: cursorContext(doc.text, offset) };
  if (req.cursor.inComment) return [];
  return completePolicy(req) ?? completeBlocks(req) ?? [];
}
