/**
 * The first unclosed string or bracket of a chunk's text, by a lexical scan that follows HCL's nesting:
 * quoted strings (which end at the line's end), `${`/`%{` template sequences inside them, heredocs, comments
 * and the three kinds of brackets.
 *
 * The parser's error recovery reports an unclosed string as a cascade of errors on the tokens after it; when
 * a chunk has syntax errors and this scan finds an unclosed string or bracket, that one place is the error
 * the user needs (see document.ts).
 */
import type { Span } from './model';

export interface Unclosed {
  readonly kind: 'string' | 'bracket';
  /** The opening quote or bracket. */
  readonly span: Span;
  readonly message: string;
}

const HEREDOC_OPEN = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t\r]*\n/y;
const CLOSER: Readonly<Record<string, string>> = { '{': '}', '[': ']', '(': ')' };

/** Bounded: a chunk longer than this is not scanned (its parser errors stand as they are). */
const MAX_SCAN = 2_000_000;

type Frame = { readonly kind: 'bracket'; readonly char: string; readonly at: number } | { readonly kind: 'template'; readonly at: number } | { readonly kind: 'string'; readonly at: number };

export function firstUnclosed(text: string): Unclosed | undefined {
  if (text.length > MAX_SCAN) return undefined;
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const frame = top();
    if (frame?.kind === 'string') {
      if (c === '\\') i += 2;
      else if (c === '"') {
        stack.pop();
        i++;
      } else if ((c === '$' || c === '%') && text[i + 1] === '{' && text[i - 1] !== c) {
        stack.push({ kind: 'template', at: i });
        i += 2;
      } else if (c === '\n') {
        return { kind: 'string', span: { start: frame.at, end: frame.at + 1 }, message: 'Unclosed string: this quote opens a string that is not closed before the end of its line.' };
      } else i++;
      continue;
    }
    // Code: at the top level, inside brackets or inside a template sequence.
    if (c === '"') {
      stack.push({ kind: 'string', at: i });
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return undefined; // an unclosed comment: the parser's own error says it
      i = end + 2;
    } else if (c === '<' && text[i + 1] === '<') {
      HEREDOC_OPEN.lastIndex = i;
      const m = HEREDOC_OPEN.exec(text);
      if (!m) {
        i += 2;
        continue;
      }
      // The heredoc ends at the first line that is its marker alone (indented for `<<-`).
      const marker = m[1]!;
      let at = HEREDOC_OPEN.lastIndex;
      let closed = false;
      while (at <= text.length) {
        const nl = text.indexOf('\n', at);
        const line = text.slice(at, nl === -1 ? text.length : nl);
        if (line.trim() === marker) {
          closed = true;
          i = nl === -1 ? text.length : nl;
          break;
        }
        if (nl === -1) break;
        at = nl + 1;
      }
      if (!closed) return undefined;
    } else if (c === '{' || c === '[' || c === '(') {
      stack.push({ kind: 'bracket', char: c, at: i });
      i++;
    } else if (c === '}' || c === ']' || c === ')') {
      if (frame?.kind === 'template' && c === '}') stack.pop();
      else if (frame?.kind === 'bracket' && CLOSER[frame.char] === c) stack.pop();
      else return undefined; // a stray closer: not an unclosed opening, the parser's error stands
      i++;
    } else i++;
  }
  const open = stack[0];
  if (!open) return undefined;
  if (open.kind === 'bracket') {
    const what = open.char === '{' ? 'brace' : open.char === '[' ? 'bracket' : 'parenthesis';
    return { kind: 'bracket', span: { start: open.at, end: open.at + 1 }, message: `Unclosed ${what}: this \`${open.char}\` has no matching \`${CLOSER[open.char]}\`.` };
  }
  return { kind: 'string', span: { start: open.at, end: open.at + 1 }, message: 'Unclosed string: this quote opens a string that is not closed.' };
}
