/**
 * Policy JSON written as text (heredoc or quoted HCL string): decoded with a map back to file offsets, then parsed
 * by a small JSON parser that keeps offsets, recovers from errors and treats Terraform interpolations as unknown
 * values. Strict JSON: no trailing commas, no comments, double-quoted strings only.
 */
import type { Span, StringExpr } from '../hcl/model';
import { UNKNOWN_MARK, type JsonSyntaxError, type PolicyEntry, type PolicyNode } from './model';

/** Decoded text plus, for each decoded character, the file span it came from. */
export interface DecodedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** File offset of the end of the content. */
  readonly end: number;
  /** `%{...}` directives were present: the structure may be generated, so syntax is not judged. */
  readonly hasDirectives: boolean;
}

/** Decodes the content of an HCL string: escapes of quoted strings resolved, interpolations as UNKNOWN_MARK. */
export function decodeTemplate(fileText: string, s: StringExpr): DecodedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let hasDirectives = false;
  const interps = s.parts.filter((p) => p.kind === 'interpolation');
  let k = 0;
  const { start, end } = s.contentSpan;
  let i = start;
  const push = (ch: string, a: number, b: number) => {
    text += ch;
    starts.push(a);
    ends.push(b);
  };
  while (i < end) {
    const ip = interps[k];
    if (ip && i >= ip.span.start) {
      if (fileText.startsWith('%{', ip.span.start)) hasDirectives = true;
      push(UNKNOWN_MARK, ip.span.start, ip.span.end);
      i = Math.max(i + 1, ip.span.end);
      k++;
      continue;
    }
    const c = fileText[i]!;
    if ((c === '$' || c === '%') && fileText[i + 1] === c && fileText[i + 2] === '{') {
      push(c, i, i + 2);
      push('{', i + 2, i + 3);
      i += 3;
      continue;
    }
    if (!s.heredoc && c === '\\' && i + 1 < end) {
      const n = fileText[i + 1]!;
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
      if (simple[n] !== undefined) {
        push(simple[n]!, i, i + 2);
        i += 2;
        continue;
      }
      if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(fileText.slice(i + 2, i + 6))) {
        push(String.fromCharCode(parseInt(fileText.slice(i + 2, i + 6), 16)), i, i + 6);
        i += 6;
        continue;
      }
    }
    push(c, i, i + 1);
    i++;
  }
  return { text, starts, ends, end, hasDirectives };
}

/** Decoded [a, b) -> file span. */
export function fileSpan(d: DecodedText, a: number, b: number): Span {
  const start = a < d.starts.length ? d.starts[a]! : d.end;
  const end = b > a ? (b - 1 < d.ends.length ? d.ends[b - 1]! : d.end) : start;
  return { start, end };
}

export interface ParsedJson {
  readonly root: PolicyNode | undefined;
  readonly errors: readonly JsonSyntaxError[];
}

const MAX_ERRORS = 20;
/** Deeper values are skipped (no policy nests this deep; hostile input must not exhaust the stack). */
const MAX_DEPTH = 64;

class JsonParser {
  private i = 0;
  private depth = 0;
  readonly errors: JsonSyntaxError[] = [];

  constructor(private readonly d: DecodedText) {}

  private get t(): string {
    return this.d.text;
  }

  private span(a: number, b: number): Span {
    return fileSpan(this.d, a, b);
  }

  private error(a: number, b: number, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ span: this.span(a, Math.max(b, a)), message });
  }

  private ws(): void {
    const t = this.t;
    while (this.i < t.length) {
      const c = t[this.i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else if (c === '/' && (t[this.i + 1] === '/' || t[this.i + 1] === '*')) {
        const a = this.i;
        const close = t[this.i + 1] === '/' ? t.indexOf('\n', this.i) : t.indexOf('*/', this.i + 2);
        this.i = close === -1 ? t.length : close + (t[a + 1] === '*' ? 2 : 0);
        this.error(a, this.i, 'Comments are not allowed in JSON.');
      } else break;
    }
  }

  parse(): ParsedJson {
    this.ws();
    if (this.i >= this.t.length) {
      this.error(0, 0, 'Expected a JSON policy document, found nothing.');
      return { root: undefined, errors: this.errors };
    }
    const root = this.value();
    this.ws();
    if (this.i < this.t.length) this.error(this.i, this.t.length, 'Unexpected text after the end of the JSON document.');
    return { root, errors: this.errors };
  }

  private value(): PolicyNode {
    this.ws();
    const t = this.t;
    const a = this.i;
    const c = t[a];
    if ((c === '{' || c === '[') && this.depth >= MAX_DEPTH) {
      this.i++;
      this.recover(c === '{' ? '}' : ']');
      if (t[this.i] === '}' || t[this.i] === ']') this.i++;
      return { kind: 'unknown', span: this.span(a, this.i) };
    }
    if (c === '{' || c === '[') {
      this.depth++;
      try {
        return c === '{' ? this.object() : this.array();
      } finally {
        this.depth--;
      }
    }
    if (c === '"') return this.string();
    if (c === UNKNOWN_MARK) {
      this.i++;
      return { kind: 'unknown', span: this.span(a, this.i) };
    }
    const word = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(t.slice(a, a + 64));
    if (word && !/[A-Za-z0-9_]/.test(t[a + word[0].length] ?? '')) {
      this.i += word[0].length;
      const span = this.span(a, this.i);
      if (word[0] === 'true' || word[0] === 'false') return { kind: 'bool', span, value: word[0] === 'true' };
      if (word[0] === 'null') return { kind: 'null', span };
      return { kind: 'number', span, value: Number(word[0]) };
    }
    // Something else: report the token and skip it.
    const m = /^(?:'[^'\n]*'?|[^\s,:{}[\]"]+)/.exec(t.slice(a));
    const len = m && m[0].length > 0 ? m[0].length : 1;
    const tok = t.slice(a, a + len);
    this.error(a, a + len, c === undefined ? 'Unexpected end of the JSON text: a value is missing.' : tok.startsWith("'") ? 'JSON strings need double quotes.' : `Expected a JSON value, found ${JSON.stringify(tok)}.`);
    if (c !== undefined && !'}],:'.includes(c)) this.i += len;
    return { kind: 'unknown', span: this.span(a, this.i) };
  }

  private string(): PolicyNode {
    const t = this.t;
    const a = this.i;
    this.i++;
    let text = '';
    let closed = false;
    while (this.i < t.length) {
      const c = t[this.i]!;
      if (c === '"') {
        closed = true;
        this.i++;
        break;
      }
      if (c === '\n') break;
      if (c === '\\') {
        const n = t[this.i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (n !== undefined && map[n] !== undefined) {
          text += map[n];
          this.i += 2;
          continue;
        }
        if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6))) {
          text += String.fromCharCode(parseInt(t.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
          continue;
        }
        this.error(this.i, this.i + 2, 'Invalid escape in a JSON string.');
        this.i += 2;
        continue;
      }
      if (c < ' ' && c !== '\t') this.error(this.i, this.i + 1, 'Control characters must be escaped in JSON strings.');
      text += c;
      this.i++;
    }
    if (!closed) this.error(a, this.i, 'Unterminated JSON string: the closing `"` is missing.');
    const span = this.span(a, this.i);
    const contentSpan = this.span(a + 1, closed ? this.i - 1 : this.i);
    return { kind: 'string', span, contentSpan: contentSpan.end < contentSpan.start ? { start: contentSpan.start, end: contentSpan.start } : contentSpan, text, value: text.includes(UNKNOWN_MARK) ? undefined : text };
  }

  /** Skips to the next `,` or the closer at this depth, without consuming it. */
  private recover(closer: string): void {
    const t = this.t;
    let depth = 0;
    while (this.i < t.length) {
      const c = t[this.i]!;
      if (c === '"') {
        const s = this.errors.length;
        this.string();
        this.errors.length = s;
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) return;
        depth--;
      } else if (c === ',' && depth === 0) return;
      else if (c === closer && depth === 0) return;
      this.i++;
    }
  }

  private object(): PolicyNode {
    const t = this.t;
    const a = this.i;
    this.i++;
    const entries: PolicyEntry[] = [];
    this.ws();
    if (t[this.i] === '}') {
      this.i++;
      return { kind: 'object', span: this.span(a, this.i), entries };
    }
    for (;;) {
      this.ws();
      const ka = this.i;
      const kc = t[ka];
      if (kc === undefined) {
        this.error(a, a + 1, 'Unclosed JSON object: the closing `}` is missing.');
        break;
      }
      if (kc === '}') {
        break;
      }
      let key: string | undefined;
      let keySpan: Span;
      if (kc === '"') {
        const k = this.string();
        key = k.kind === 'string' ? k.value : undefined;
        keySpan = k.span;
      } else if (kc === UNKNOWN_MARK) {
        this.i++;
        keySpan = this.span(ka, this.i);
        // A spliced-in fragment (`${...}`) may stand for whole entries.
        this.ws();
        if (t[this.i] !== ':') {
          entries.push({ key: undefined, keySpan, value: { kind: 'unknown', span: keySpan }, span: keySpan });
          if (!this.afterEntry(a, entries)) break;
          continue;
        }
      } else {
        const m = /^[^\s,:{}[\]"]+/.exec(t.slice(ka));
        const len = m ? m[0].length : 1;
        this.error(ka, ka + len, kc === "'" || /^[A-Za-z_]/.test(kc) ? 'JSON object keys need double quotes.' : `Expected a quoted key, found ${JSON.stringify(t.slice(ka, ka + len))}.`);
        this.recover('}');
        if (!this.afterEntry(a, entries)) break;
        continue;
      }
      this.ws();
      if (t[this.i] !== ':') {
        this.error(this.i, this.i + 1, 'Expected `:` after the key.');
        this.recover('}');
        entries.push({ key, keySpan, value: { kind: 'unknown', span: keySpan }, span: keySpan });
        if (!this.afterEntry(a, entries)) break;
        continue;
      }
      this.i++;
      const value = this.value();
      entries.push({ key, keySpan, value, span: { start: keySpan.start, end: value.span.end } });
      if (!this.afterEntry(a, entries)) break;
    }
    if (t[this.i] === '}') this.i++;
    return { kind: 'object', span: this.span(a, this.i), entries };
  }

  /** After an entry: `,` (then not `}`), or the end. Returns false when the object ends. */
  private afterEntry(a: number, _entries: PolicyEntry[]): boolean {
    const t = this.t;
    this.ws();
    const c = t[this.i];
    if (c === ',') {
      const comma = this.i;
      this.i++;
      this.ws();
      if (t[this.i] === '}') {
        this.error(comma, comma + 1, 'Trailing comma: JSON does not allow a comma before `}`.');
        return false;
      }
      return true;
    }
    if (c === '}') return false;
    if (c === undefined) {
      this.error(a, a + 1, 'Unclosed JSON object: the closing `}` is missing.');
      return false;
    }
    if (c === ']') {
      this.error(this.i, this.i + 1, 'Expected `,` or `}` here, found `]`.');
      return false;
    }
    this.error(this.i, this.i + 1, 'Expected `,` or `}`: a comma is missing between the entries.');
    return c === '"' || c === UNKNOWN_MARK;
  }

  private array(): PolicyNode {
    const t = this.t;
    const a = this.i;
    this.i++;
    const items: PolicyNode[] = [];
    this.ws();
    if (t[this.i] === ']') {
      this.i++;
      return { kind: 'array', span: this.span(a, this.i), items };
    }
    for (;;) {
      this.ws();
      if (this.i >= t.length) {
        this.error(a, a + 1, 'Unclosed JSON array: the closing `]` is missing.');
        break;
      }
      if (t[this.i] === '}') {
        this.error(this.i, this.i + 1, 'Expected `,` or `]` here, found `}`.');
        break;
      }
      items.push(this.value());
      this.ws();
      const c = t[this.i];
      if (c === ',') {
        const comma = this.i;
        this.i++;
        this.ws();
        if (t[this.i] === ']') {
          this.error(comma, comma + 1, 'Trailing comma: JSON does not allow a comma before `]`.');
          break;
        }
        continue;
      }
      if (c === ']') break;
      if (c === undefined) {
        this.error(a, a + 1, 'Unclosed JSON array: the closing `]` is missing.');
        break;
      }
      if (c === '}') continue;
      this.error(this.i, this.i + 1, 'Expected `,` or `]`: a comma is missing between the items.');
      if (c !== '"' && c !== '{' && c !== '[' && c !== UNKNOWN_MARK && !/[-0-9tfn]/.test(c)) {
        this.recover(']');
        if (t[this.i] === ',') this.i++;
      }
    }
    if (t[this.i] === ']') this.i++;
    return { kind: 'array', span: this.span(a, this.i), items };
  }
}

export function parseJson(d: DecodedText): ParsedJson {
  return new JsonParser(d).parse();
}
