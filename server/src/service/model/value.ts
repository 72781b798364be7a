/**
 * What an expression is worth before apply, as Terraform would evaluate it: a known value (with where it was
 * written), unknown (with why, and the addresses it depends on), or one of several values (the branches of a
 * conditional; null may be one of them). Every value carries the place its text is written, so a finding can sit
 * there and a policy read through locals keeps its offsets.
 */
import type { Span } from '../hcl/model';

/** Where a value's text is written, and what it came through. */
export interface Origin {
  readonly uri: string;
  readonly span: Span;
}

interface Base {
  readonly at: Origin;
  /** The value holds only through these variables' defaults: a caller may override them. */
  readonly defaults?: readonly string[];
  /** Set on a value brought into a document from another place (a local, a variable default): the reference's place. */
  readonly via?: Origin;
}

export interface StringValue extends Base {
  readonly k: 'string';
  readonly v: string;
  /** Set by `jsonencode`: the value it encoded (policies are read from it). */
  readonly encoded?: Value;
  /** The span of the characters between the quotes, when the value is a literal written there. */
  readonly contentSpan?: Span;
}
export interface NumberValue extends Base {
  readonly k: 'number';
  readonly v: number;
}
export interface BoolValue extends Base {
  readonly k: 'bool';
  readonly v: boolean;
}
export interface NullValue extends Base {
  readonly k: 'null';
}
/** A tuple, list or set. An item of kind `rest` stands for zero or more items not known (`concat(local.a, var.b)`). */
export interface ListValue extends Base {
  readonly k: 'list';
  readonly items: readonly Value[];
}
export interface ObjectEntry {
  /** Undefined when the key is not known. */
  readonly key: string | undefined;
  readonly keyAt: Origin;
  readonly value: Value;
  /** The span of the whole `key = value` item. */
  readonly span: Span;
}
/** An object or map. */
export interface ObjectValue extends Base {
  readonly k: 'object';
  readonly entries: readonly ObjectEntry[];
}
export interface UnknownValue extends Base {
  readonly k: 'unknown';
  /** Why, for hover and messages: "depends on aws_kms_key.main.arn". */
  readonly why: string;
  /** False when the value cannot be null (a template, an operator, most functions). */
  readonly nullable: boolean;
  /** Addresses the value depends on (`aws_kms_key.main.arn`, `var.name`). */
  readonly refs?: readonly string[];
  /** A string with unknown parts: the text with UNKNOWN_MARK where each unknown part is. */
  readonly text?: string;
  readonly contentSpan?: Span;
  /** Stands for zero or more list items not known (only as a list item). */
  readonly rest?: boolean;
  /** Set by `jsonencode` of a value with unknown parts: the value it encodes (policies are read from it). */
  readonly encoded?: Value;
}
export interface OneOfValue extends Base {
  readonly k: 'oneOf';
  readonly options: readonly Value[];
}
/** An expression Terraform would reject (an attribute the object does not have...): `try` and `can` catch it. */
export interface ErrorValue extends Base {
  readonly k: 'error';
  readonly message: string;
}

export type Value = StringValue | NumberValue | BoolValue | NullValue | ListValue | ObjectValue | UnknownValue | OneOfValue | ErrorValue;

/** Stands for an unknown part inside a string's text: a private-use character no configuration contains. */
export const UNKNOWN_MARK = '\uE000';

/** At most this many options in a one-of: past it the value is unknown. */
export const MAX_OPTIONS = 16;

/** One-of several values, flattened; a single option is the value itself. */
export function oneOf(options: readonly Value[], origin: Origin): Value {
  const flat: Value[] = [];
  for (const o of options) {
    if (o.k === 'oneOf') flat.push(...o.options);
    else flat.push(o);
  }
  if (flat.length === 1) return flat[0]!;
  if (flat.length > MAX_OPTIONS) return unknown(origin, 'too many possible values', { nullable: flat.some((o) => o.k === 'null' || (o.k === 'unknown' && o.nullable)) });
  return { k: 'oneOf', options: flat, at: origin };
}

export function unknown(at: Origin, why: string, extra: Partial<Omit<UnknownValue, 'k' | 'at' | 'why'>> = {}): UnknownValue {
  return { k: 'unknown', at, why, nullable: extra.nullable ?? true, ...extra };
}

export function isKnownScalar(v: Value): v is StringValue | NumberValue | BoolValue {
  return v.k === 'string' || v.k === 'number' || v.k === 'bool';
}

/** True when the value is known through and through: no unknown, one-of or error inside. */
export function isWhollyKnown(v: Value, depth = 0): boolean {
  if (depth > 64) return false;
  switch (v.k) {
    case 'string':
    case 'number':
    case 'bool':
    case 'null':
      return true;
    case 'list':
      return v.items.every((i) => isWhollyKnown(i, depth + 1));
    case 'object':
      return v.entries.every((e) => e.key !== undefined && isWhollyKnown(e.value, depth + 1));
    default:
      return false;
  }
}

/** Whether the value may be null (unset): known null, a one-of with a null branch, or an unknown that can be null. */
export function mayBeNull(v: Value): boolean {
  if (v.k === 'null') return true;
  if (v.k === 'unknown') return v.nullable;
  if (v.k === 'oneOf') return v.options.some(mayBeNull);
  if (v.k === 'error') return true;
  return false;
}

/** Whether the value is certainly null. */
export function isNull(v: Value): boolean {
  if (v.k === 'null') return true;
  if (v.k === 'oneOf') return v.options.length > 0 && v.options.every(isNull);
  return false;
}

/** The options of a value: its branches for a one-of, else itself. */
export function optionsOf(v: Value): readonly Value[] {
  return v.k === 'oneOf' ? v.options : [v];
}

/** Marks a value (deeply) as holding only through `variable`'s default. */
export function throughDefault<T extends Value>(v: T, variable: string): T {
  const defaults = [...new Set([...(v.defaults ?? []), variable])];
  switch (v.k) {
    case 'list':
      return { ...v, defaults, items: v.items.map((i) => throughDefault(i, variable)) };
    case 'object':
      return { ...v, defaults, entries: v.entries.map((e) => ({ ...e, value: throughDefault(e.value, variable) })) };
    case 'oneOf':
      return { ...v, defaults, options: v.options.map((o) => throughDefault(o, variable)) };
    default:
      return { ...v, defaults };
  }
}

/** The value as a string, when known: strings, and numbers and bools converted as Terraform does. */
export function asString(v: Value): string | undefined {
  if (v.k === 'string') return v.v;
  if (v.k === 'number') return String(v.v);
  if (v.k === 'bool') return String(v.v);
  return undefined;
}

export function asNumber(v: Value): number | undefined {
  if (v.k === 'number') return v.v;
  if (v.k === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v.v.trim())) return Number(v.v);
  return undefined;
}

export function asBool(v: Value): boolean | undefined {
  if (v.k === 'bool') return v.v;
  if (v.k === 'string' && (v.v === 'true' || v.v === 'false')) return v.v === 'true';
  return undefined;
}

/** A JavaScript rendering of a wholly known value (for `jsonencode`, equality and hover); undefined otherwise. */
export function toPlain(v: Value, depth = 0): unknown {
  if (depth > 64) return undefined;
  switch (v.k) {
    case 'string':
    case 'number':
    case 'bool':
      return v.v;
    case 'null':
      return null;
    case 'list': {
      const out: unknown[] = [];
      for (const i of v.items) {
        const p = toPlain(i, depth + 1);
        if (p === undefined) return undefined;
        out.push(p);
      }
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of v.entries) {
        if (e.key === undefined) return undefined;
        const p = toPlain(e.value, depth + 1);
        if (p === undefined) return undefined;
        out[e.key] = p;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** How a value is shown in hover and messages: HCL-like, shortened. */
export function render(v: Value, max = 200): string {
  const s = renderInner(v, 0);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function renderInner(v: Value, depth: number): string {
  if (depth > 6) return '…';
  switch (v.k) {
    case 'string':
      return JSON.stringify(v.v);
    case 'number':
    case 'bool':
      return String(v.v);
    case 'null':
      return 'null';
    case 'list':
      return `[${v.items.map((i) => renderInner(i, depth + 1)).join(', ')}]`;
    case 'object':
      return `{ ${v.entries.map((e) => `${e.key ?? '(unknown)'} = ${renderInner(e.value, depth + 1)}`).join(', ')} }`;
    case 'unknown':
      return v.rest ? '…' : v.text !== undefined ? JSON.stringify(v.text).replace(/\uE000/g, '${…}') : '(known after apply)';
    case 'oneOf':
      return v.options.map((o) => renderInner(o, depth + 1)).join(' or ');
    case 'error':
      return '(error)';
  }
}

/** Entry lookup by key in an object value. */
export function field(v: ObjectValue, key: string): ObjectEntry | undefined {
  for (let i = v.entries.length - 1; i >= 0; i--) if (v.entries[i]!.key === key) return v.entries[i];
  return undefined;
}
