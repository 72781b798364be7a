/** What diagnostics rules produce: findings with a precise span, the block's address and optional fixes. */
import type { Span } from './hcl/model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
  /** Defaults to the finding's document. */
  readonly uri?: string;
  /** The same insertion as a snippet (tab stops for what the user should write), for editors that take one. */
  readonly snippet?: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The one obvious fix, offered first (and by "fix all"). */
  readonly preferred?: boolean;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** Terraform address of the enclosing top-level block (`aws_kms_key.main`, `data.aws_kms_alias.x`). */
  readonly address?: string | undefined;
  readonly fixes?: readonly Fix[];
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
  /** Other places that take part in the finding (LSP relatedInformation), in this or another document. */
  readonly related?: readonly RelatedLocation[];
}

export interface RelatedLocation {
  readonly uri: string;
  readonly span: Span;
  readonly message: string;
}
