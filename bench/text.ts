/** A document the benchmark edits: its text, version and offset <-> LSP position conversion (ASCII text). */
import type { Position, Range } from './lsp';

export class BenchDoc {
  private starts: number[] = [];
  version = 1;

  constructor(
    readonly uri: string,
    public text: string,
  ) {
    this.reindex();
  }

  private reindex(): void {
    this.starts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }

  range(start: number, end = start): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Applies the edit locally and returns the next version and the LSP range (in the text before the edit). */
  edit(start: number, end: number, newText: string): { version: number; range: Range } {
    const range = this.range(start, end);
    this.text = this.text.slice(0, start) + newText + this.text.slice(end);
    this.reindex();
    return { version: ++this.version, range };
  }
}

/** The offset `within` characters into the first match of `needle` at or after `from` (wrapping to the start). */
export function offsetOf(text: string, needle: string, from: number, within = 0): number {
  let i = text.indexOf(needle, from);
  if (i === -1) i = text.indexOf(needle);
  if (i === -1) throw new Error(`"${needle}" not in the text`);
  return i + within;
}

export interface Probe {
  kind: string;
  offset: number;
}

/**
 * `count` positions spread over the whole text, in equal parts of four kinds: inside policies (an action, an
 * Effect value, a condition key), argument names, argument values, and references (resource, var., local.).
 */
export function probes(text: string, count: number): Probe[] {
  const kinds: [string, RegExp, number][] = [
    ['policy action', /"kms:(Decrypt|Encrypt|DescribeKey)"/g, 6],
    ['policy Effect value', /Effect {4}= "Allow"/g, 15],
    ['policy condition key', /"kms:ViaService"/g, 7],
    ['argument name', /^ {2}(deletion_window_in_days|enable_key_rotation|target_key_id|grantee_principal|key_usage) /gm, 6],
    ['argument value', /(key_usage {15}= "ENCRYPT_DECRYPT"|operations {8}= \["Encrypt")/g, 30],
    ['reference (resource)', /aws_kms_key\.[a-z0-9_]+\.(key_id|arn)/g, 14],
    ['reference (var./local.)', /= (var|local)\.[a-z0-9_]+/g, 6],
  ];
  const per = Math.ceil(count / kinds.length);
  const out: Probe[] = [];
  for (const [kind, re, within] of kinds) {
    const all = [...text.matchAll(re)].map((m) => m.index + within);
    if (all.length === 0) continue;
    for (let j = 0; j < per; j++) out.push({ kind, offset: all[Math.floor(((j + 0.5) * all.length) / per)]! });
  }
  return out.slice(0, count).sort((a, b) => a.offset - b.offset);
}
