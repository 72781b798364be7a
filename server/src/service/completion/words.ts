/** Spans of the word being completed, shared by the completion contexts. */
import type { Span } from '../hcl/model';

const isIdentChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;

/** The identifier around the cursor: from its start to the end of the word after the cursor. */
export function identifierSpan(text: string, offset: number): Span {
  let s = offset;
  while (s > 0 && isIdentChar(text.charCodeAt(s - 1))) s--;
  let e = offset;
  while (e < text.length && isIdentChar(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}
