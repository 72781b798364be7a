/** The shape of a diagnostic rule: one file per rule, listed in the registry (rules/index.ts). */
import type { ParsedDocument } from '../document';
import type { Finding, Severity } from '../findings';
import type { Workspace } from '../workspace';
import type { BoundBlock } from '../model/bind';
import type { PolicyKind } from '../policy/kinds';

export type RuleCategory = 'syntax' | 'schema' | 'apply' | 'security' | 'policy';

/**
 * What a rule's findings depend on, which decides when they are computed again (diagnostics.ts):
 * - `block`: the findings about one top-level block depend on its own text and on the folder only through the
 *   names declared in it, its module-level blocks (locals, variables, terraform...), the `.tf.json`
 *   declarations, and the blocks this block refers to and that refer to it. The rule runs on one top-level
 *   chunk at a time (`ctx.doc` holds that chunk's blocks only) and its findings are cached by the chunk's text
 *   and those facts.
 * - `document`: the findings depend on this document's text only.
 * - `folder` (the default): anything in the folder; the rule runs over the whole document every time.
 */
export type RuleScope = 'block' | 'document' | 'folder';

export type Report = Omit<Finding, 'ruleId' | 'severity'> & { readonly severity?: Severity };

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly workspace: Workspace;
  /** The `.tf` documents of the folder, this one included. */
  readonly folder: () => readonly ParsedDocument[];
  report(finding: Report): void;
  /** Block rules announce the bound block instances they judge, so a report can be settled against its values. */
  bind?(block: BoundBlock): void;
  /** The rule being run (policy rules read the kinds they apply to). */
  readonly rule?: Rule;
}

/** A policy kind, or `unknown` for a policy whose use does not say its kind. */
export type PolicyScope = PolicyKind | 'unknown';

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
  /** Policy rules: the kinds of policy the rule applies to (default: every kind, unknown included). */
  readonly policyKinds?: readonly PolicyScope[];
  /** Default `folder`: see RuleScope. */
  readonly scope?: RuleScope;
  check(ctx: RuleContext): void;
}
