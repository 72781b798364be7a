/**
 * Where the cursor is, structurally, read by a tolerant scan of the text rather than from the syntax tree:
 * while a user types, the tree is often broken around the cursor (`resource "`, a half-typed name), but the
 * nesting of blocks, objects, tuples, calls and strings up to the cursor is still plain to read.
 */
import type { Span } from './model';

export type CursorFrame =
  | {
      readonly kind: 'block';
      /** Offset of the block's first token. */
      readonly start: number;
      /** Offset just after `{`. */
      readonly bodyStart: number;
      readonly type: string;
      readonly labels: readonly string[];
      /** The argument being assigned in this block's body when the cursor is inside its value (`policy = jsonencode({ $0`). */
      readonly attribute: string | undefined;
    }
  | {
      readonly kind: 'object';
      readonly start: number;
      /** Keys already written in this object before the cursor. */
      readonly keys: readonly string[];
      /** The key whose value the cursor is in (after `=` or `:`), if any. */
      readonly valueOf: string | undefined;
    }
  | { readonly kind: 'tuple'; readonly start: number; readonly index: number }
  | { readonly kind: 'call'; readonly start: number; readonly name: string }
  | { readonly kind: 'interpolation'; readonly start: number };

/** What the line holds between the start of the current statement (or element) and the cursor. */
export interface CursorContext {
  readonly offset: number;
  /** Outermost first. Only frames still open at the cursor. */
  readonly frames: readonly CursorFrame[];
  /** The attribute name being assigned when the cursor is in a block body after `name =`. */
  readonly attributeName: string | undefined;
  /** Tokens of the current statement in the innermost block body, before the cursor (identifiers and string labels). */
  readonly statementTokens: readonly string[];
  /** Set when the cursor is inside a quoted string (not a heredoc). */
  readonly string: { readonly start: number; readonly contentStart: number; readonly textBefore: string } | undefined;
  /** Set when the cursor is inside a heredoc. */
  readonly heredoc: { readonly contentStart: number } | undefined;
  /** True inside a comment. */
  readonly inComment: boolean;
  /** The identifier-like word (letters, digits, `_`, `-`, `.`, `:`, `*`) that ends at the cursor. */
  readonly word: Span;
}

type Frame =
  | { kind: 'block'; start: number; bodyStart: number; type: string; labels: string[]; statement: string[]; statementStart: number; attr: string | undefined; sawEquals: boolean }
  | { kind: 'object'; start: number; keys: string[]; pendingKey: string | undefined; valueOf: string | undefined }
  | { kind: 'tuple'; start: number; index: number }
  | { kind: 'call'; start: number; name: string }
  | { kind: 'paren'; start: number }
  | { kind: 'interpolation'; start: number; depth: number };

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdent = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;

/**
 * Scans `text` from `from` (a top-level offset; default the start) up to `offset` and reports the open
 * structures. Linear in the distance; no allocation per
 * character beyond the token strings of the current statement.
 */
export function cursorContext(text: string, offset: number, from = 0): CursorContext {
  const end = Math.max(0, Math.min(offset, text.length));
  const begin = Math.max(0, Math.min(from, end));
  const root: Frame = { kind: 'block', start: begin, bodyStart: begin, type: '', labels: [], statement: [], statementStart: begin, attr: undefined, sawEquals: false };
  const stack: Frame[] = [root];
  let str: { start: number; contentStart: number } | undefined;
  // A string may hold `${ ... }` that itself holds strings: remember the string frames we left.
  const stringStack: { start: number; contentStart: number }[] = [];
  let heredoc: { contentStart: number; marker: string } | undefined;
  let inComment = false;
  let lastWord = '';
  let lastWordEnd = -1;

  const top = () => stack[stack.length - 1]!;

  /** A quoted string just closed at `close`: a label in a block statement, or an object key. */
  const stringClosed = (s: { contentStart: number }, close: number) => {
    const f = top();
    const value = text.slice(s.contentStart, close);
    if (f.kind === 'block' && !f.sawEquals) {
      if (f.statement.length === 0) f.statementStart = s.contentStart - 1;
      f.statement.push(value);
    } else if (f.kind === 'object' && f.pendingKey === undefined && f.valueOf === undefined) f.pendingKey = value;
  };

  let i = begin;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (heredoc) {
      // Closing marker: a line that is only the marker (with optional indentation).
      const lineStart = i;
      const nl = text.indexOf('\n', i);
      const lineEnd = nl === -1 ? text.length : nl;
      if (text.slice(lineStart, lineEnd).trim() === heredoc.marker && lineEnd <= end) {
        heredoc = undefined;
        i = lineEnd;
        continue;
      }
      if (lineEnd >= end) break;
      i = lineEnd + 1;
      continue;
    }
    if (str) {
      if (c === 92 /* \ */) { i += 2; continue; }
      if (c === 34 /* " */) {
        if (stringStack.length === 0 || top().kind !== 'interpolation') stringClosed(str, i);
        str = undefined;
        i++;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123 && text.charCodeAt(i - 1) !== c) {
        stringStack.push(str);
        str = undefined;
        stack.push({ kind: 'interpolation', start: i, depth: 0 });
        i += 2;
        continue;
      }
      if (c === 10) { str = undefined; } // an unclosed string ends at the line's end for our purposes
      i++;
      continue;
    }
    if (c === 35 /* # */ || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      const nl = text.indexOf('\n', i);
      if (nl === -1 || nl >= end) { inComment = true; break; }
      i = nl;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      if (close === -1 || close + 2 > end) { inComment = true; break; }
      i = close + 2;
      continue;
    }
    if (c === 34) {
      str = { start: i, contentStart: i + 1 };
      i++;
      continue;
    }
    if (c === 60 && text.charCodeAt(i + 1) === 60) {
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 100));
      if (m) {
        heredoc = { contentStart: i + m[0].length, marker: m[1]! };
        i += m[0].length;
        continue;
      }
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdent(text.charCodeAt(j))) j++;
      const word = text.slice(i, Math.min(j, end));
      lastWord = word;
      lastWordEnd = j;
      const f = top();
      if (f.kind === 'block' && !f.sawEquals) {
        if (f.statement.length === 0) f.statementStart = i;
        f.statement.push(word);
      }
      if (f.kind === 'object' && f.pendingKey === undefined && f.valueOf === undefined) f.pendingKey = word;
      // A call: identifier directly followed by `(`.
      i = j;
      continue;
    }
    switch (c) {
      case 10: {
        const f = top();
        if (f.kind === 'block') { f.statement = []; f.attr = undefined; f.sawEquals = false; f.statementStart = i + 1; }
        if (f.kind === 'object' && f.valueOf !== undefined) { f.valueOf = undefined; f.pendingKey = undefined; }
        break;
      }
      case 61: /* = */
      case 58: /* : */ {
        if (c === 61 && (text.charCodeAt(i + 1) === 61 || text.charCodeAt(i - 1) === 61 || text.charCodeAt(i - 1) === 33 || text.charCodeAt(i - 1) === 60 || text.charCodeAt(i - 1) === 62)) break;
        const f = top();
        if (f.kind === 'block' && !f.sawEquals && c === 61) {
          f.sawEquals = true;
          f.attr = f.statement[f.statement.length - 1];
        } else if (f.kind === 'object' && f.valueOf === undefined) {
          f.valueOf = f.pendingKey;
          if (f.valueOf !== undefined) f.keys.push(f.valueOf);
          f.pendingKey = undefined;
        }
        break;
      }
      case 44: /* , */ {
        const f = top();
        if (f.kind === 'object') { f.valueOf = undefined; f.pendingKey = undefined; }
        if (f.kind === 'tuple') f.index++;
        break;
      }
      case 123: /* { */ {
        const f = top();
        if (f.kind === 'interpolation') { f.depth++; break; }
        if (f.kind === 'block' && !f.sawEquals) {
          const [type, ...labels] = f.statement;
          stack.push({ kind: 'block', start: f.statementStart, bodyStart: i + 1, type: type ?? '', labels, statement: [], statementStart: i + 1, attr: undefined, sawEquals: false });
          f.statement = [];
        } else {
          stack.push({ kind: 'object', start: i, keys: [], pendingKey: undefined, valueOf: undefined });
        }
        break;
      }
      case 125: /* } */ {
        const f = top();
        if (f.kind === 'interpolation') {
          if (f.depth > 0) { f.depth--; break; }
          stack.pop();
          str = stringStack.pop();
          break;
        }
        if (stack.length > 1) stack.pop();
        break;
      }
      case 91: /* [ */
        stack.push({ kind: 'tuple', start: i, index: 0 });
        break;
      case 93: /* ] */
        if (top().kind === 'tuple') stack.pop();
        break;
      case 40: /* ( */
        if (lastWordEnd === i) stack.push({ kind: 'call', start: i, name: lastWord });
        else stack.push({ kind: 'paren', start: i });
        break;
      case 41: /* ) */
        if (top().kind === 'call' || top().kind === 'paren') stack.pop();
        break;
    }
    i++;
  }

  // The cursor's word.
  let ws = end;
  while (ws > 0) {
    const ch = text.charCodeAt(ws - 1);
    if (isIdent(ch) || ch === 46 || ch === 58 || ch === 42) ws--;
    else break;
  }
  const t = top();
  return {
    offset: end,
    frames: stack.slice(1).filter((f) => f.kind !== 'paren').map(publicFrame),
    attributeName: t.kind === 'block' && t.sawEquals ? t.attr : undefined,
    statementTokens: t.kind === 'block' ? [...t.statement] : [],
    string: str ? { ...str, textBefore: text.slice(str.contentStart, end) } : undefined,
    heredoc: heredoc ? { contentStart: heredoc.contentStart } : undefined,
    inComment,
    word: { start: ws, end },
  };
}

function publicFrame(f: Frame): CursorFrame {
  switch (f.kind) {
    case 'block':
      return { kind: 'block', start: f.start, bodyStart: f.bodyStart, type: f.type, labels: f.labels, attribute: f.sawEquals ? f.attr : undefined };
    case 'object':
      return { kind: 'object', start: f.start, keys: f.keys, valueOf: f.valueOf };
    case 'tuple':
      return { kind: 'tuple', start: f.start, index: f.index };
    case 'call':
      return { kind: 'call', start: f.start, name: f.name };
    case 'interpolation':
    case 'paren':
      return { kind: 'interpolation', start: f.start };
  }
}

/**
 * cursorContext, scanning from `start` instead of the start of the file. `start` must be at the top level (the
 * first offset of the top-level block that holds the cursor, from the HCL model): the answer is then the same, in
 * time proportional to the block rather than to the file.
 */
export function cursorContextFrom(text: string, offset: number, start: number): CursorContext {
  return cursorContext(text, offset, start > 0 && start <= offset ? start : 0);
}
