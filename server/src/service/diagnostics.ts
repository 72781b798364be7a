/** doValidation: every rule of the registry over one document, with the user's severity overrides. */
import type { Finding, Severity } from './findings';
import { allRules } from './rules';
import type { RuleContext } from './rules/rule';
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import { basisOf, settleFindings, type BoundBlock, type FindingBasis } from './model/bind';

export type RuleSetting = Severity | 'off';

export interface ValidationOptions {
  /** Severity overrides by rule id. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Called when a rule throws: the other rules still run. */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  /** Stop early when the result is no longer wanted. */
  readonly isCancelled?: () => boolean;
}

/** At most this many findings per document, so that a hostile file yields bounded output. */
export const MAX_FINDINGS = 1000;

export function doValidation(ws: Workspace, doc: ParsedDocument, options: ValidationOptions = {}): Finding[] {
  const reported: { finding: Finding; basis: FindingBasis | undefined }[] = [];
  let folder: readonly ParsedDocument[] | undefined;
  for (const rule of allRules) {
    if (options.isCancelled?.()) break;
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    const bound = new Map<string, BoundBlock>();
    const ctx: RuleContext = {
      doc,
      workspace: ws,
      folder: () => (folder ??= ws.folderDocuments(doc.uri).map((d) => (d.uri === doc.uri ? doc : d))),
      report(f) {
        if (reported.length >= MAX_FINDINGS) return;
        const b = f.address !== undefined ? bound.get(f.address) : undefined;
        const finding: Finding = { ...f, ruleId: rule.id, severity: f.severity ?? rule.severity };
        reported.push({ finding, basis: b ? basisOf(b) : undefined });
      },
      bind(b) {
        bound.set(b.address, b);
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      options.onRuleError?.(rule.id, e);
    }
  }
  // Certainty (defaults, instances) settles the level before the user's override applies.
  const findings = settleFindings(reported).map((f) => {
    const setting = options.rules?.[f.ruleId];
    return setting && setting !== 'off' ? { ...f, severity: setting } : f;
  });
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}
