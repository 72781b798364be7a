/**
 * Text -> tree-sitter syntax tree, with the HCL grammar's wasm. The parser is initialised once per
 * process (`initParser`); each document version is parsed once, incrementally from the previous tree.
 */
import { Parser, Language, type Tree, type Edit } from 'web-tree-sitter';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';

let parser: Parser | undefined;
let initializing: Promise<void> | undefined;

/** Directories where the wasm files may live: beside the bundle (dist/), or in node_modules when unbundled. */
function wasmCandidates(file: string, explicitDir?: string): string[] {
  const dirs = [explicitDir, __dirname, join(__dirname, '..'), join(__dirname, '../../../dist')].filter(
    (d): d is string => typeof d === 'string',
  );
  const found = dirs.map((d) => join(d, file)).filter((p) => existsSync(p));
  if (found.length > 0) return found;
  // Unbundled (tests, tsx): resolve from the packages.
  try {
    if (file === 'tree-sitter.wasm') return [join(dirname(require.resolve('web-tree-sitter')), file)];
    return [join(dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), file)];
  } catch {
    return [];
  }
}

export function initParser(wasmDir?: string): Promise<void> {
  if (parser) return Promise.resolve();
  initializing ??= (async () => {
    const runtime = wasmCandidates('tree-sitter.wasm', wasmDir)[0];
    const grammar = wasmCandidates('tree-sitter-terraform.wasm', wasmDir)[0];
    if (!runtime || !grammar) throw new Error('tree-sitter wasm files not found');
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(grammar);
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  })();
  return initializing;
}

function requireParser(): Parser {
  if (!parser) throw new Error('initParser() must complete before parsing');
  return parser;
}

/** Parse text, reusing `previous` when given (it must already have had `edit` applied for every change). */
export function parseText(text: string, previous?: Tree): Tree {
  const tree = requireParser().parse(text, previous ?? null);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

export interface TextChange {
  /** Offsets in the text before the change. */
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** Describes a change to tree-sitter (`tree.edit`) so the next parse can reuse unchanged subtrees. */
export function treeEditFor(oldText: string, change: TextChange): Edit {
  const newText = oldText.slice(0, change.start) + change.newText + oldText.slice(change.end);
  const newEnd = change.start + change.newText.length;
  return {
    startIndex: change.start,
    oldEndIndex: change.end,
    newEndIndex: newEnd,
    startPosition: pointAt(oldText, change.start),
    oldEndPosition: pointAt(oldText, change.end),
    newEndPosition: pointAt(newText, newEnd),
  } as Edit;
}

/**
 * Top-level chunks: a file is cut before every line that starts, at column 0, with a top-level keyword
 * (`resource`, `data`, `locals`...), outside heredocs and block comments. Each chunk is parsed on its own, so
 * that an unclosed string or brace damages its own chunk only, and an edit re-parses only the chunk it is in.
 * HCL strings end at the line's end; heredocs and block comments are followed here so that a keyword line
 * inside them is no cut.
 */
const TOP_LEVEL = /(?:resource|data|ephemeral|variable|output|locals|module|provider|terraform|moved|import|check|removed)(?![A-Za-z0-9_-])/y;
const HEREDOC_OPEN = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t\r]*$/;

/** Scanner state at a line start: normal, inside a block comment, or inside a heredoc (its closing marker). */
type ScanState = { readonly kind: 'normal' } | { readonly kind: 'comment' } | { readonly kind: 'heredoc'; readonly marker: string };
const NORMAL: ScanState = { kind: 'normal' };

function isCut(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  const c = text.charCodeAt(lineStart);
  // Fast reject: every keyword starts with a lower-case letter.
  if (c < 97 || c > 122) return false;
  TOP_LEVEL.lastIndex = lineStart;
  return TOP_LEVEL.test(text);
}

/** The state after the line [start, end) of `text`, entered in `state`. */
function scanLine(text: string, start: number, end: number, state: ScanState): ScanState {
  if (state.kind === 'heredoc') return text.slice(start, end).trim() === state.marker ? NORMAL : state;
  let inComment = state.kind === 'comment';
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inComment) {
      if (c === 42 /* * */ && text.charCodeAt(i + 1) === 47 /* / */) {
        inComment = false;
        i++;
      }
      continue;
    }
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 35 /* # */ || (c === 47 && text.charCodeAt(i + 1) === 47)) break;
    else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      inComment = true;
      i++;
    } else if (c === 60 /* < */ && text.charCodeAt(i + 1) === 60) {
      const m = HEREDOC_OPEN.exec(text.slice(i, end));
      if (m) return { kind: 'heredoc', marker: m[1]! };
    }
  }
  return inComment ? { kind: 'comment' } : NORMAL;
}

/**
 * Chunk starts of `text` (0 first, ascending). With `resume`, scanning starts at `resume.from` (a chunk start,
 * so in the normal state) and stops as soon as it reaches, in the normal state, a line start at or after
 * `resume.after` that was a chunk start of the previous text (`resume.isOldStart`): from there on the previous
 * starts hold. Returns the starts found and, when it stopped early, where.
 */
export function chunkStarts(
  text: string,
  resume?: { readonly from: number; readonly after: number; readonly isOldStart: (offset: number) => boolean },
): { starts: number[]; stoppedAt: number | undefined } {
  const starts: number[] = resume ? [] : [0];
  let state: ScanState = NORMAL;
  let i = resume?.from ?? 0;
  if (resume) starts.push(i);
  let first = true;
  while (i < text.length) {
    if (state.kind === 'normal' && !first) {
      if (resume && i >= resume.after && resume.isOldStart(i)) return { starts, stoppedAt: i };
      if (isCut(text, i)) starts.push(i);
    }
    first = false;
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    state = scanLine(text, i, end, state);
    i = end + 1;
  }
  return { starts, stoppedAt: undefined };
}
