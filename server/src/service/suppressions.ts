/**
 * Inline suppressions: `# tfkms:ignore RULE-ID[,RULE-ID...] reason` (or `//`) on the line above a finding, at the
 * end of its line, or above a block header or attribute (then it covers the whole block or attribute, heredoc
 * included); `# tfkms:ignore-file RULE-ID reason` among the comments at the top of a file covers the file.
 *
 * `applySuppressions` takes the findings of one document and its text and splits them into the findings kept,
 * those suppressed (with the reason), and new findings about the suppressions themselves: `unused-suppression`
 * for one that suppresses nothing, `suppression-without-reason` for one that gives no reason.
 */
import type { Finding, Fix, Severity } from './findings';
import type { Span } from './hcl/model';
import type { RuleSetting } from './diagnostics';
import { allRules } from './rules';

export const UNUSED_SUPPRESSION = 'unused-suppression';
export const SUPPRESSION_WITHOUT_REASON = 'suppression-without-reason';

export interface SuppressionRuleId {
  readonly id: string;
  readonly span: Span;
}

export interface Suppression {
  readonly kind: 'ignore' | 'ignore-file';
  readonly ruleIds: readonly SuppressionRuleId[];
  /** The text after the rule ids, trimmed; empty when none was given. */
  readonly reason: string;
  /** The comment, from `#` or `//` to the end of its line. */
  readonly comment: Span;
  /** The comment follows code on its line. */
  readonly trailing: boolean;
  /** Findings that start inside this span are covered; empty when the comment covers nothing. */
  readonly covers: Span;
  /** What removing the suppression deletes: its whole line, or a trailing comment with the space before it. */
  readonly removal: Span;
  /** Why the comment cannot suppress anything (malformed, misplaced); undefined when it can. */
  readonly problem?: string;
}

export interface SuppressedFinding {
  readonly finding: Finding;
  /** The reason written in the comment (may be empty). */
  readonly justification: string;
  readonly suppression: Suppression;
}

export interface SuppressionResult {
  /** Findings to show: those not suppressed, plus the findings about suppressions. */
  readonly kept: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly suppressions: readonly Suppression[];
}

export interface SuppressionOptions {
  /** Severity overrides by rule id, as for doValidation (they also apply to the two suppression rules). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

const knownRuleIds: ReadonlySet<string> = new Set(allRules.map((r) => r.id));
const defaultLevel = (id: string): Severity => allRules.find((r) => r.id === id)?.severity ?? 'warning';

// --- scanning the text: comments, and for each line the bracket depth and whether it starts inside a heredoc ---

interface Comment {
  readonly start: number;
  readonly end: number;
  /** Text after `#` or `//`. */
  readonly body: string;
  readonly line: number;
  readonly standalone: boolean;
}

interface Scan {
  readonly lineStarts: readonly number[];
  /** Bracket depth at the start of each line (plus one entry past the end). */
  readonly depth: readonly number[];
  /** The line starts inside a heredoc or a string: a comment there is text, not a comment. */
  readonly inside: readonly boolean[];
  /** For a line inside a heredoc, the line where the heredoc's attribute starts. */
  readonly heredocOwner: readonly number[];
  /** Line holds only whitespace. */
  readonly blank: readonly boolean[];
  /** Line holds only a comment (and whitespace). */
  readonly commentOnly: readonly boolean[];
  readonly comments: readonly Comment[];
}

export function scanText(text: string): Scan {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const n = lineStarts.length;
  const depth = new Array<number>(n + 1).fill(0);
  const inside = new Array<boolean>(n + 1).fill(false);
  const heredocOwner = new Array<number>(n + 1).fill(-1);
  const blank = new Array<boolean>(n).fill(false);
  const commentOnly = new Array<boolean>(n).fill(false);
  const comments: Comment[] = [];

  // Mode stack: code, a quoted string, or an interpolation inside one (code with its own brace count).
  type Mode = { kind: 'code' } | { kind: 'string' } | { kind: 'interp'; braces: number };
  const modes: Mode[] = [{ kind: 'code' }];
  let d = 0;
  let line = 0;
  let sawCode = false;
  let heredoc: { marker: string; owner: number } | undefined;
  let pendingHeredoc: { marker: string; owner: number } | undefined;
  let blockComment = false;

  const endLine = () => {
    blank[line] = !sawCode && !commentOnly[line];
    line++;
    if (line < n) {
      const top = modes[modes.length - 1]!;
      if (pendingHeredoc) {
        heredoc = pendingHeredoc;
        pendingHeredoc = undefined;
      }
      depth[line] = d;
      inside[line] = !!heredoc || top.kind === 'string' || blockComment;
      heredocOwner[line] = heredoc ? heredoc.owner : -1;
    }
    sawCode = false;
  };

  let i = 0;
  while (i < text.length) {
    if (heredoc) {
      // A whole heredoc line: does it end the heredoc?
      const e = text.indexOf('\n', i);
      const lineEnd = e === -1 ? text.length : e;
      if (text.slice(i, lineEnd).replace(/\r$/, '').trim() === heredoc.marker) heredoc = undefined;
      i = lineEnd;
      if (e === -1) break;
      endLine();
      i++;
      continue;
    }
    const c = text[i]!;
    const top = modes[modes.length - 1]!;
    if (c === '\n') {
      endLine();
      i++;
      continue;
    }
    if (blockComment) {
      if (c === '*' && text[i + 1] === '/') {
        blockComment = false;
        i += 2;
      } else i++;
      continue;
    }
    if (top.kind === 'string') {
      if (c === '\\') i += 2;
      else if (c === '"') {
        modes.pop();
        i++;
      } else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        if (text[i - 1] === c) i += 2; // `$${` is an escaped literal
        else {
          modes.push({ kind: 'interp', braces: 0 });
          i += 2;
        }
      } else i++;
      continue;
    }
    // code or interpolation
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const bodyStart = i + (c === '#' ? 1 : 2);
      const e = text.indexOf('\n', i);
      const end = e === -1 ? text.length : e;
      const trimmedEnd = text[end - 1] === '\r' ? end - 1 : end;
      comments.push({ start: i, end: trimmedEnd, body: text.slice(bodyStart, trimmedEnd), line, standalone: !sawCode });
      if (!sawCode) commentOnly[line] = true;
      i = end;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      blockComment = true;
      sawCode = true;
      i += 2;
      continue;
    }
    sawCode = true;
    if (c === '"') {
      modes.push({ kind: 'string' });
      i++;
    } else if (c === '<' && text[i + 1] === '<') {
      // A heredoc marker ends its line; look at a bounded stretch so that a line of many `<<` stays linear.
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?(?:\n|$)/.exec(text.slice(i, i + 256));
      if (m) {
        // The attribute that holds the heredoc starts on the line of its `<<`.
        pendingHeredoc = { marker: m[1]!, owner: line };
        i += m[0].replace(/\r?\n?$/, '').length;
      } else i += 2;
    } else if (c === '{' || c === '[' || c === '(') {
      if (top.kind === 'interp' && c === '{') top.braces++;
      d++;
      i++;
    } else if (c === '}' || c === ']' || c === ')') {
      if (top.kind === 'interp' && c === '}') {
        if (top.braces === 0) {
          modes.pop();
          i++;
          continue;
        }
        top.braces--;
      }
      d = Math.max(0, d - 1);
      i++;
    } else i++;
  }
  if (line < n) blank[line] = !sawCode && !commentOnly[line];
  depth[n] = d;
  return { lineStarts, depth, inside, heredocOwner, blank, commentOnly, comments };
}

function lineEnd(text: string, scan: Scan, line: number): number {
  const next = scan.lineStarts[line + 1];
  if (next === undefined) return text.length;
  return text[next - 2] === '\r' ? next - 2 : next - 1;
}

function lineOf(scan: Scan, offset: number): number {
  let lo = 0;
  let hi = scan.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (scan.lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The end of the construct (attribute, block, list element...) that starts on `line`. */
function constructEnd(text: string, scan: Scan, line: number): number {
  const n = scan.lineStarts.length;
  const start = scan.depth[line]!;
  for (let m = line; m < n; m++) {
    if (m + 1 >= n) return text.length;
    if (scan.depth[m + 1]! <= start && !scan.inside[m + 1]) return lineEnd(text, scan, m);
  }
  return text.length;
}

const DIRECTIVE = /^\s*tfkms:(ignore-file|ignore)(?=$|\s|:)(.*)$/;
const RULE_LIST = /^[:\s]\s*([A-Za-z0-9_-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_-]+)*)(.*)$/;

/** Every `tfkms:ignore` and `tfkms:ignore-file` comment of the text, with what it covers. */
export function findSuppressions(text: string, scan: Scan = scanText(text)): Suppression[] {
  const out: Suppression[] = [];
  const firstCodeLine = scan.blank.findIndex((b, l) => !b && !scan.commentOnly[l]);
  for (const c of scan.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const kind = m[1] as Suppression['kind'];
    const bodyStart = c.end - c.body.length;
    const restStart = bodyStart + c.body.indexOf(m[1]!) + m[1]!.length;
    const rest = m[2]!;
    const list = RULE_LIST.exec(rest);
    const ruleIds: SuppressionRuleId[] = [];
    let reason = '';
    if (list) {
      const listStart = restStart + rest.indexOf(list[1]!, 1);
      const re = /[A-Za-z0-9_-]+/g;
      for (let r = re.exec(list[1]!); r; r = re.exec(list[1]!)) ruleIds.push({ id: r[0], span: { start: listStart + r.index, end: listStart + r.index + r[0].length } });
      reason = list[2]!.replace(/^\s*(?:--|[-:#—])?\s*/, '').trim();
    }
    const line = c.line;
    const removal: Span = c.standalone
      ? { start: scan.lineStarts[line]!, end: scan.lineStarts[line + 1] ?? text.length }
      : { start: trailingStart(text, c.start), end: c.end };
    let covers: Span = { start: 0, end: 0 };
    let problem: string | undefined;
    if (ruleIds.length === 0) problem = `\`tfkms:${kind}\` names no rule: write \`# tfkms:${kind} RULE-ID reason\`.`;
    else if (kind === 'ignore-file') {
      if (!c.standalone || (firstCodeLine !== -1 && line > firstCodeLine)) problem = '`tfkms:ignore-file` works only among the comments at the top of the file, before any code.';
      else covers = { start: 0, end: text.length };
    } else if (!c.standalone) covers = { start: scan.lineStarts[line]!, end: lineEnd(text, scan, line) };
    else {
      // The next line that is not a comment, with no blank line between.
      let next = line + 1;
      while (next < scan.lineStarts.length && scan.commentOnly[next]) next++;
      if (next < scan.lineStarts.length && !scan.blank[next]) covers = { start: scan.lineStarts[next]!, end: constructEnd(text, scan, next) };
      else problem = 'This suppression is not directly above code: put it on the line above the finding, or at the end of its line.';
    }
    out.push({ kind, ruleIds, reason, comment: { start: c.start, end: c.end }, trailing: !c.standalone, covers, removal, ...(problem ? { problem } : {}) });
  }
  return out;
}

function trailingStart(text: string, commentStart: number): number {
  let s = commentStart;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  return s;
}

function covered(s: Suppression, f: Finding): boolean {
  if (s.problem) return false;
  return f.span.start >= s.covers.start && f.span.start <= s.covers.end;
}

export function applySuppressions(text: string, findings: readonly Finding[], options: SuppressionOptions = {}): SuppressionResult {
  const suppressions = text.includes('tfkms:ignore') ? findSuppressions(text) : [];
  if (suppressions.length === 0) return { kept: [...findings], suppressed: [], suppressions };
  const used = suppressions.map(() => new Set<string>());
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    // The innermost (last written above) suppression that names the rule wins.
    let by = -1;
    for (let k = 0; k < suppressions.length; k++) {
      const s = suppressions[k]!;
      if (s.ruleIds.some((r) => r.id === f.ruleId) && covered(s, f)) {
        if (by === -1 || suppressions[by]!.kind === 'ignore-file' || s.kind === 'ignore') by = k;
      }
    }
    if (by === -1) kept.push(f);
    else {
      used[by]!.add(f.ruleId);
      suppressed.push({ finding: f, justification: suppressions[by]!.reason, suppression: suppressions[by]! });
    }
  }
  const setting = (id: string): RuleSetting => options.rules?.[id] ?? defaultLevel(id);
  const unusedLevel = setting(UNUSED_SUPPRESSION);
  const reasonLevel = setting(SUPPRESSION_WITHOUT_REASON);
  suppressions.forEach((s, k) => {
    if (unusedLevel !== 'off') {
      const stale = s.problem
        ? []
        : s.ruleIds.filter((r) => !used[k]!.has(r.id) && options.rules?.[r.id] !== 'off');
      if (s.problem) kept.push(unusedFinding(s, s.comment, s.problem, removeWhole(s), unusedLevel));
      else if (stale.length === s.ruleIds.length) {
        const names = stale.map((r) => `\`${r.id}\``).join(', ');
        const unknown = stale.filter((r) => !knownRuleIds.has(r.id));
        const message = unknown.length
          ? `${unknown.map((r) => `\`${r.id}\``).join(', ')} ${unknown.length === 1 ? 'is not a rule id' : 'are not rule ids'}: this suppression suppresses nothing.`
          : `This suppression of ${names} suppresses nothing: no such finding ${s.kind === 'ignore-file' ? 'in this file' : 'here'}.`;
        kept.push(unusedFinding(s, s.comment, message, removeWhole(s), unusedLevel));
      } else {
        for (const r of stale) {
          const unknown = !knownRuleIds.has(r.id);
          const message = unknown ? `\`${r.id}\` is not a rule id: it suppresses nothing.` : `\`${r.id}\` is suppressed here for nothing: no such finding ${s.kind === 'ignore-file' ? 'in this file' : 'here'}.`;
          kept.push(unusedFinding(s, r.span, message, removeOne(text, s, r), unusedLevel));
        }
      }
    }
    if (reasonLevel !== 'off' && !s.problem && s.reason === '') {
      const ids = s.ruleIds.map((r) => r.id).join(',');
      kept.push({
        ruleId: SUPPRESSION_WITHOUT_REASON,
        severity: reasonLevel,
        message: `Say why ${s.ruleIds.length === 1 ? 'this finding is' : 'these findings are'} ignored: \`# tfkms:${s.kind} ${ids} <reason>\`.`,
        span: s.comment,
      });
    }
  });
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { kept, suppressed, suppressions };
}

function unusedFinding(_s: Suppression, span: Span, message: string, fix: Fix, severity: Severity): Finding {
  return { ruleId: UNUSED_SUPPRESSION, severity, message, span, fixes: [fix], tags: ['unnecessary'] };
}

function removeWhole(s: Suppression): Fix {
  return { title: 'Remove this suppression', edits: [{ span: s.removal, newText: '' }], preferred: true };
}

/** Removes one rule id, with its comma, from a comment that names several. */
function removeOne(text: string, _s: Suppression, r: SuppressionRuleId): Fix {
  let start = r.span.start;
  let end = r.span.end;
  const after = /^[ \t]*,[ \t]*/.exec(text.slice(end));
  if (after) end += after[0].length;
  else {
    const before = /[ \t]*,[ \t]*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
  }
  return { title: `Remove \`${r.id}\` from this suppression`, edits: [{ span: { start, end }, newText: '' }], preferred: true };
}

/**
 * The quick fix "Ignore RULE-ID here": a `# tfkms:ignore RULE-ID reason` line above the finding's line, indented
 * like it; for a finding inside a heredoc, above the attribute that holds the heredoc. The edit's `snippet`
 * makes the reason a tab stop in editors that take snippet edits; `newText` has the word `reason` to replace.
 */
export function ignoreFix(text: string, finding: Finding, scan: Scan = scanText(text)): Fix {
  let line = lineOf(scan, finding.span.start);
  if (scan.inside[line]) {
    const owner = scan.heredocOwner[line]!;
    if (owner >= 0) line = owner;
    else while (line > 0 && scan.inside[line]) line--;
  }
  const start = scan.lineStarts[line]!;
  let k = start;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const indent = text.slice(start, k);
  const head = `${indent}# tfkms:ignore ${finding.ruleId} `;
  return {
    title: `Ignore ${finding.ruleId} here`,
    edits: [{ span: { start, end: start }, newText: `${head}reason\n`, snippet: `${head.replace(/[$}\\]/g, '\\$&')}\${1:reason}\n` }],
  };
}

/** Adds the "Ignore RULE-ID here" fix to every finding except those about suppressions. */
export function withIgnoreFixes(text: string, findings: readonly Finding[]): Finding[] {
  if (findings.length === 0) return [];
  const scan = scanText(text);
  return findings.map((f) =>
    f.ruleId === UNUSED_SUPPRESSION || f.ruleId === SUPPRESSION_WITHOUT_REASON ? f : { ...f, fixes: [...(f.fixes ?? []), ignoreFix(text, f, scan)] },
  );
}
