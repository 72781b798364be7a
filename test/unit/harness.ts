/**
 * Fixture helpers for service tests, in the style of the editor: `$0` marks the cursor (or, twice, a range),
 * and expected diagnostics are annotation lines under the offending line:
 *
 *     resource "aws_kms_key" "k" {
 *       bogus = 1
 *     # ^^^^^ error unknown-attribute: aws_kms_key has no argument `bogus`.
 *     }
 *
 * Carets start at the finding's column (a finding at column 0 is drawn from column 1, right after `#`) and cover
 * its span on that line. Every check renders the whole result to text and compares whole strings.
 */
import assert from 'node:assert/strict';
import { before } from 'node:test';
import {
  Workspace,
  doCodeActions,
  doComplete,
  doHover,
  doValidation,
  initParser,
  type CompletionItem,
  type FileSource,
  type Finding,
  type ParsedDocument,
  type RuleSetting,
} from '../../server/src/service';
import type { Span } from '../../server/src/service/hcl/model';

/** Call once at the top of a test file: the parser's wasm loads before the first test. */
export function useParser(): void {
  before(async () => {
    await initParser();
  });
}

export const MAIN = 'file:///ws/main.tf';

export interface Fixture {
  readonly text: string;
  /** The first `$0`, if any. */
  readonly offset: number | undefined;
  /** `$0...$0` pairs. */
  readonly ranges: readonly Span[];
}

/** Strips `$0` markers, remembering where they were. */
export function fixture(marked: string): Fixture {
  const marks: number[] = [];
  let text = '';
  let i = 0;
  for (;;) {
    const j = marked.indexOf('$0', i);
    if (j === -1) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, j);
    marks.push(text.length);
    i = j + 2;
  }
  const ranges: Span[] = [];
  for (let k = 0; k + 1 < marks.length; k += 2) ranges.push({ start: marks[k]!, end: marks[k + 1]! });
  return { text, offset: marks[0], ranges };
}

class MapFiles implements FileSource {
  constructor(private readonly files: ReadonlyMap<string, string>) {}
  listTfFiles(folder: string): string[] {
    return [...this.files.keys()].filter((u) => u.startsWith(folder + '/') && !u.slice(folder.length + 1).includes('/') && u.endsWith('.tf'));
  }
  listTfJsonFiles(folder: string): string[] {
    return [...this.files.keys()].filter((u) => u.startsWith(folder + '/') && !u.slice(folder.length + 1).includes('/') && u.endsWith('.tf.json'));
  }
  readFile(uri: string): string | undefined {
    return this.files.get(uri);
  }
}

/**
 * A workspace whose folder holds `main.tf` (the text under test, opened in the editor) and `others`
 * (file name -> text, read "from disk").
 */
export function workspaceWith(text: string, others: Readonly<Record<string, string>> = {}): { ws: Workspace; doc: ParsedDocument } {
  const files = new Map(Object.entries(others).map(([name, t]) => [`file:///ws/${name}`, t]));
  const ws = new Workspace(new MapFiles(files));
  const doc = ws.openDocument(MAIN, 1, text);
  return { ws, doc };
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) };
}

const ANNOTATION = /^\s*#\s*\^+ (error|warning|info|hint) /;

/** Renders findings as annotation lines under the lines they point at. */
export function renderFindings(text: string, findings: readonly Finding[]): string {
  const lines = text.split('\n');
  const under = new Map<number, string[]>();
  for (const f of findings) {
    const s = lineCol(text, f.span.start);
    const e = lineCol(text, f.span.end);
    const lineText = lines[s.line] ?? '';
    const endCol = e.line === s.line ? e.col : lineText.length;
    const width = Math.max(1, endCol - s.col);
    const pad = s.col === 0 ? '#' : '#'.padEnd(s.col, ' ');
    const start = s.col === 0 ? pad : pad.slice(0, s.col);
    (under.get(s.line) ?? under.set(s.line, []).get(s.line)!).push(`${start}${'^'.repeat(width)} ${f.severity} ${f.ruleId}: ${f.message}`);
  }
  return lines.flatMap((l, i) => [l, ...(under.get(i) ?? [])]).join('\n');
}

export interface DiagnosticsOptions {
  readonly others?: Readonly<Record<string, string>>;
  /** Only findings of these rules are compared (default: all). */
  readonly only?: readonly string[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

export function findingsOf(text: string, options: DiagnosticsOptions = {}): Finding[] {
  const { ws, doc } = workspaceWith(text, options.others);
  const all = doValidation(ws, doc, {
    ...(options.rules ? { rules: options.rules } : {}),
    onRuleError: (id, e) => {
      throw new Error(`rule ${id} threw: ${e instanceof Error ? e.stack : String(e)}`);
    },
  });
  return options.only ? all.filter((f) => options.only!.includes(f.ruleId)) : all;
}

/** Compares the fixture's annotations with the findings of the text without them. */
export function checkDiagnostics(annotated: string, options: DiagnosticsOptions = {}): void {
  const text = annotated
    .split('\n')
    .filter((l) => !ANNOTATION.test(l))
    .join('\n');
  assert.equal(renderFindings(text, findingsOf(text, options)), annotated);
}

/** Labels offered at the `$0` cursor. */
export function completionLabels(marked: string, others?: Readonly<Record<string, string>>): string[] {
  return completionsAt(marked, others).map((c) => c.label);
}

export function completionsAt(marked: string, others?: Readonly<Record<string, string>>): CompletionItem[] {
  const f = fixture(marked);
  assert.ok(f.offset !== undefined, 'fixture needs a $0 cursor');
  const { ws, doc } = workspaceWith(f.text, others);
  return doComplete(ws, doc, f.offset);
}

/** Replaces snippet syntax with the default text: `${1:x}` -> x, `${1|a,b|}` -> a, `$1`/`$0` -> nothing. */
export function expandSnippet(snippet: string): string {
  let out = snippet;
  for (let guard = 0; guard < 20 && /\$\{\d+[:|]/.test(out); guard++) {
    out = out.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return out.replace(/\$\{\d+\}/g, '').replace(/\$\d+/g, '').replace(/\\\$/g, '$');
}

/** The document after accepting the completion labelled `label` at `$0`. */
export function applyCompletion(marked: string, label: string, others?: Readonly<Record<string, string>>): string {
  const f = fixture(marked);
  const item = completionsAt(marked, others).find((c) => c.label === label);
  assert.ok(item, `no completion "${label}"`);
  const insert = item.snippet ? expandSnippet(item.insertText ?? item.label) : (item.insertText ?? item.label);
  return f.text.slice(0, item.replace.start) + insert + f.text.slice(item.replace.end);
}

/** Hover Markdown at `$0`, or undefined. */
export function hoverAt(marked: string, others?: Readonly<Record<string, string>>): string | undefined {
  const f = fixture(marked);
  assert.ok(f.offset !== undefined, 'fixture needs a $0 cursor');
  const { ws, doc } = workspaceWith(f.text, others);
  return doHover(ws, doc, f.offset)?.contents;
}

/**
 * Applies the fix titled `title` (or the only/preferred one) of the first finding of `ruleId`, and returns the
 * new text. Asserts that every edit stays inside the document.
 */
export function applyFix(text: string, ruleId: string, title?: string, others?: Readonly<Record<string, string>>): string {
  const findings = findingsOf(text, others ? { others } : {});
  const target = findings.find((f) => f.ruleId === ruleId);
  assert.ok(target, `no ${ruleId} finding`);
  const actions = doCodeActions([target], target.span);
  const action = title ? actions.find((a) => a.fix.title.includes(title)) : (actions.find((a) => a.fix.preferred) ?? actions[0]);
  assert.ok(action, `no fix${title ? ` "${title}"` : ''} for ${ruleId}; have: ${actions.map((a) => a.fix.title).join(', ')}`);
  const edits = [...action.fix.edits].filter((e) => e.uri === undefined || e.uri === MAIN).sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) {
    assert.ok(e.span.start >= 0 && e.span.end <= out.length && e.span.start <= e.span.end, 'edit out of range');
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}
