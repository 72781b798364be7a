/** Shared by the team-adoption tests: lint a text as the server and the CLI do (rules, then suppressions). */
import { applySuppressions, doValidation, type RuleSetting, type SuppressionResult } from '../../../server/src/service';
import { workspaceWith } from '../harness';

export { useParser, fixture, renderFindings, MAIN } from '../harness';

/** The findings after suppressions; `ruleErrors` has the rules that threw (each test checks the ones it is about). */
export function lint(text: string, rules: Readonly<Record<string, RuleSetting>> = {}): SuppressionResult & { ruleErrors: Map<string, unknown> } {
  const { ws, doc } = workspaceWith(text);
  const ruleErrors = new Map<string, unknown>();
  const findings = doValidation(ws, doc, { rules, onRuleError: (id, e) => ruleErrors.set(id, e) });
  return { ...applySuppressions(text, findings, { rules }), ruleErrors };
}

/** Applies edits (offsets into `text`) from last to first. */
export function applyEdits(text: string, edits: readonly { span: { start: number; end: number }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
