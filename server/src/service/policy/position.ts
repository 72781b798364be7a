/**
 * Where in a policy the cursor is, for completion: which element's key or value, in which form. For jsonencode
 * the tolerant HCL cursor scan already gives the object/tuple frames; for JSON text a small scan of the text
 * between the string's start and the cursor gives the same frames; for aws_iam_policy_document the block frames
 * say it.
 */
import type { CursorContext, CursorFrame } from '../hcl/cursor';
import type { PolicyForm } from './model';

export interface ObjectStep {
  readonly keys: readonly string[];
  /** The key whose value holds the cursor; undefined when the cursor is where a key goes. */
  readonly valueOf: string | undefined;
}

export interface StringAtCursor {
  /** Offset of the first character after the opening quote. */
  readonly contentStart: number;
  /** Text typed between the quote and the cursor (decoded). */
  readonly typed: string;
}

export interface PolicyPosition {
  readonly form: PolicyForm;
  /** Offset of the top-level block. */
  readonly blockStart: number;
  /** Resource type (`aws_kms_key`), `locals`, or `aws_iam_policy_document`. */
  readonly owner: string;
  /** jsonencode / JSON: the objects from the root to the cursor. */
  readonly steps: readonly ObjectStep[];
  /** The cursor is in a string (a JSON string for JSON text). */
  readonly string: StringAtCursor | undefined;
  /** JSON written in a quoted HCL string (escape quotes). */
  readonly quoted: boolean;
  /** aws_iam_policy_document: the nested block types from the data block in (`statement`, `principals`...). */
  readonly documentPath?: readonly string[];
  /** aws_iam_policy_document: the argument being assigned. */
  readonly documentAttribute?: string | undefined;
}

type BlockFrame = Extract<CursorFrame, { kind: 'block' }>;

const POLICY_OWNERS = new Set([
  'aws_kms_key', 'aws_kms_key_policy', 'aws_kms_replica_key', 'aws_kms_external_key', 'aws_kms_replica_external_key',
  'aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy',
]);

export function policyPosition(text: string, cursor: CursorContext): PolicyPosition | undefined {
  const frames = cursor.frames;
  const top = frames[0];
  if (!top || top.kind !== 'block') return undefined;
  const blockFrames = frames.filter((f): f is BlockFrame => f.kind === 'block');
  // aws_iam_policy_document blocks.
  if (top.type === 'data' && top.labels[0] === 'aws_iam_policy_document') {
    if (frames.some((f) => f.kind === 'call' || f.kind === 'interpolation' || f.kind === 'object')) return undefined;
    const inner = blockFrames[blockFrames.length - 1]!;
    return {
      form: 'document',
      blockStart: top.start,
      owner: 'aws_iam_policy_document',
      steps: [],
      string: cursor.string ? { contentStart: cursor.string.contentStart, typed: cursor.string.textBefore } : undefined,
      quoted: false,
      documentPath: blockFrames.slice(1).map((b) => b.type),
      documentAttribute: inner.attribute,
    };
  }
  let owner: string;
  if (top.type === 'resource' && POLICY_OWNERS.has(top.labels[0] ?? '') && top.attribute === 'policy' && blockFrames.length === 1) owner = top.labels[0]!;
  else if (top.type === 'locals' && top.attribute !== undefined && blockFrames.length === 1) owner = 'locals';
  else return undefined;
  const rest = frames.slice(1);
  if (rest[0]?.kind === 'call' && rest[0].name === 'jsonencode') {
    const after = rest.slice(1);
    if (after.some((f) => f.kind !== 'object' && f.kind !== 'tuple')) return undefined;
    if (after[0]?.kind !== 'object') return undefined;
    if (owner === 'locals' && !after[0].keys.includes('Statement') && !after[0].keys.includes('Version') && after.length < 2) {
      // A local is only taken for a policy once it looks like one.
      if (!/\b(Version|Statement)\b/.test(text.slice(after[0].start, Math.min(text.length, after[0].start + 4000)))) return undefined;
    }
    const steps = after.filter((f): f is Extract<CursorFrame, { kind: 'object' }> => f.kind === 'object').map((f) => ({ keys: f.keys, valueOf: f.valueOf }));
    return {
      form: 'jsonencode',
      blockStart: top.start,
      owner,
      steps,
      string: cursor.string ? { contentStart: cursor.string.contentStart, typed: cursor.string.textBefore } : undefined,
      quoted: false,
    };
  }
  if (owner === 'locals') return undefined;
  if (rest.length === 0 && cursor.heredoc) return jsonTextPosition(text, cursor.heredoc.contentStart, cursor.offset, false, top.start, owner);
  if (rest.length === 0 && cursor.string) return jsonTextPosition(text, cursor.string.contentStart, cursor.offset, true, top.start, owner);
  return undefined;
}

/** Scans JSON text from `start` to `end` (raw file text: `\"` is the quote when `quoted`), tolerating `${...}`. */
function jsonTextPosition(text: string, start: number, end: number, quoted: boolean, blockStart: number, owner: string): PolicyPosition | undefined {
  type Frame = { kind: 'object'; keys: string[]; pendingKey: string | undefined; valueOf: string | undefined } | { kind: 'array' };
  const stack: Frame[] = [];
  let str: { contentStart: number; value: string } | undefined;
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (!str && (c === '$' || c === '%') && text[i + 1] === '{') {
      let depth = 0;
      let j = i + 1;
      for (; j < end; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}' && --depth === 0) break;
      }
      if (j >= end) return undefined; // the cursor is inside an interpolation: HCL, not policy
      i = j + 1;
      continue;
    }
    const isQuote = quoted ? c === '\\' && text[i + 1] === '"' : c === '"';
    if (str) {
      if (isQuote) {
        const f = stack[stack.length - 1];
        if (f?.kind === 'object' && f.valueOf === undefined && f.pendingKey === undefined) f.pendingKey = str.value;
        str = undefined;
        i += quoted ? 2 : 1;
        continue;
      }
      if (c === '\\') {
        // `\\` in JSON (or `\\\\` in a quoted string): an escaped character.
        const n = quoted ? text.slice(i, i + 4) : text.slice(i, i + 2);
        if (quoted && n.startsWith('\\\\\\"')) { str.value += '"'; i += 4; continue; }
        str.value += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      str.value += c;
      i++;
      continue;
    }
    if (isQuote) {
      str = { contentStart: i + (quoted ? 2 : 1), value: '' };
      i += quoted ? 2 : 1;
      continue;
    }
    const f = stack[stack.length - 1];
    if (c === '{') stack.push({ kind: 'object', keys: [], pendingKey: undefined, valueOf: undefined });
    else if (c === '[') stack.push({ kind: 'array' });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ':' && f?.kind === 'object') {
      f.valueOf = f.pendingKey;
      if (f.pendingKey !== undefined) f.keys.push(f.pendingKey);
      f.pendingKey = undefined;
    } else if (c === ',' && f?.kind === 'object') {
      f.valueOf = undefined;
      f.pendingKey = undefined;
    }
    i++;
  }
  if (stack.length === 0 || stack[0]!.kind !== 'object') return undefined;
  const steps = stack.filter((f): f is Extract<Frame, { kind: 'object' }> => f.kind === 'object').map((f) => ({ keys: f.keys, valueOf: f.valueOf }));
  return {
    form: 'json',
    blockStart,
    owner,
    steps,
    string: str ? { contentStart: str.contentStart, typed: str.value } : undefined,
    quoted,
  };
}
