/**
 * The result and request types of the language features, in one leaf module: it imports types only, and nothing
 * from the feature modules, so the feature dispatchers (completion.ts, hover.ts) and their engines can share these
 * types without importing each other.
 */
import type { Span } from './hcl/model';
import type { CursorContext } from './hcl/cursor';
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';

export type { Span };
export type { Finding, Fix, Severity, TextEdit } from './findings';

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

/** What a hover or completion request is about: a document of a workspace and an offset in it. */
export interface HoverRequest {
  readonly workspace: Workspace;
  readonly doc: ParsedDocument;
  readonly offset: number;
}

/** A completion request also has the cursor context from the tolerant scan of the text (hcl/cursor.ts). */
export interface CompletionRequest extends HoverRequest {
  readonly cursor: CursorContext;
}

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  readonly span: Span;
}
