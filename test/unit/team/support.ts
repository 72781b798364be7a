/** Shared by the team-adoption tests: lint a text as the server and the CLI do (rules, then suppressions). */
import { applySuppressions, doValidation, type RuleSetting, type SuppressionResult } from '../../../server/src/service';
import { workspaceWith } from '../harness';

export { useParser, fixture, renderFindings, MAIN } from '../harness';

export function lint(text: string, rules: Readonly<Record<string, RuleSetting>> = {}): SuppressionResult {
  const { ws, doc } = workspaceWith(text);
  const findings = doValidation(ws, doc, {
    rules,
    onRuleError: (id, e) => {
      throw new Error(`rule ${id} threw: ${e instanceof Error ? e.stack : String(e)}`);
    },
  });
  return applySuppressions(text, findings, { rules });
}

/** Applies edits (offsets into `text`) from last to first. */
export function applyEdits(text: string, edits: readonly { span: { start: number; end: number }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
