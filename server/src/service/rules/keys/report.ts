/** What the key-policy rules share when they report: one quick fix per competing key policy, the first preferred. */
import type { Declaration } from '../../blocks/references';
import type { ParsedDocument } from '../../document';
import type { Fix } from '../../findings';
import type { PolicyVerdict } from '../../keys/consumers';
import { serviceFixes, type ServiceGrant } from '../../keys/fix';
import type { StatementView } from '../../policy/statements';
import type { Report, RuleContext } from '../rule';

/**
 * The fixes that let `grant`'s service in: one set per key policy setter among `verdicts` (each setter once),
 * widening the statements `misses(verdict)` names where it names any.
 */
export function policyFixes(
  ctx: RuleContext,
  folder: readonly ParsedDocument[],
  verdicts: readonly PolicyVerdict[],
  key: Declaration,
  grant: ServiceGrant,
  misses: (v: PolicyVerdict) => readonly StatementView[] = () => [],
): Fix[] {
  const fixes: Fix[] = [];
  const seen = new Set<unknown>();
  for (const v of verdicts) {
    if (seen.has(v.setter?.setter.block)) continue;
    seen.add(v.setter?.setter.block);
    fixes.push(...serviceFixes(folder, ctx.doc.uri, v.setter, key, grant, misses(v)));
  }
  return fixes;
}

/** Reports `finding` with `fixes`, the first of them preferred. */
export function reportWithFixes(ctx: RuleContext, finding: Omit<Report, 'fixes'>, fixes: readonly Fix[]): void {
  ctx.report({ ...finding, ...(fixes.length ? { fixes: fixes.map((f, i) => ({ ...f, preferred: i === 0 })) } : {}) });
}
