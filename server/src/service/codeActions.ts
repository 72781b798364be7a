/** doCodeActions: the fixes carried by findings that overlap a range. */
import type { Finding, Fix } from './findings';
import type { Span } from './hcl/model';

export interface CodeAction {
  readonly fix: Fix;
  /** The finding it fixes. */
  readonly finding: Finding;
}

export function doCodeActions(findings: readonly Finding[], range: Span, only?: (f: Finding) => boolean): CodeAction[] {
  const out: CodeAction[] = [];
  for (const f of findings) {
    if (f.span.end < range.start || f.span.start > range.end) continue;
    if (only && !only(f)) continue;
    for (const fix of f.fixes ?? []) out.push({ fix, finding: f });
  }
  return out;
}
