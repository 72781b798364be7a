/** The shape of a diagnostic rule: one file per rule, listed in the registry (rules/index.ts). */
import type { ParsedDocument } from '../document';
import type { Finding, Severity } from '../findings';
import type { Workspace } from '../workspace';
import type { BoundBlock } from '../model/bind';

export type RuleCategory = 'syntax' | 'schema' | 'apply' | 'security' | 'policy';

export type Report = Omit<Finding, 'ruleId' | 'severity'> & { readonly severity?: Severity };

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly workspace: Workspace;
  /** The `.tf` documents of the folder, this one included. */
  readonly folder: () => readonly ParsedDocument[];
  report(finding: Report): void;
  /** Block rules announce the bound block instances they judge, so a report can be settled against its values. */
  bind?(block: BoundBlock): void;
}

export interface Rule {
  /** Stable id, part of the interface: settings, SARIF and the README refer to it. */
  readonly id: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  /** One line, shown in the README's rule table and SARIF's shortDescription. */
  readonly summary: string;
  /** A few sentences: why it matters and how to fix it (SARIF help text, hover on the rule). */
  readonly docs: string;
  /**
   * Complete `.tf` files for the rule's page in docs/rules/: one where the rule fires, and the same made right,
   * where it does not. A test lints both.
   */
  readonly examples: { readonly fires: string; readonly fixed: string };
  check(ctx: RuleContext): void;
}
