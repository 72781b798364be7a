/**
 * The Terraform functions the evaluator models, with Terraform's semantics for known arguments (see
 * developer.hashicorp.com/terraform/language/functions). An argument not known makes the result unknown (or, for
 * `lookup`/`try`/`coalesce` with a null fallback, possibly null); a function not listed here is unknown.
 */
import type { Expression } from '../hcl/model';
import type { Budget } from './evaluate';
import {
  asBool,
  asNumber,
  asString,
  field,
  isWhollyKnown,
  oneOf,
  toPlain,
  unknown,
  type ListValue,
  type ObjectEntry,
  type ObjectValue,
  type Origin,
  type Value,
} from './value';

export interface CallEnv {
  readonly eval: (e: Expression) => Value;
  readonly budget: Budget;
}

type Impl = (args: readonly Value[], at: Origin) => Value;

const MAX_ITEMS = 10_000;

function err(at: Origin, message: string): Value {
  return { k: 'error', message, at };
}

function str(v: string, at: Origin): Value {
  return { k: 'string', v, at };
}

function list(items: readonly Value[], at: Origin): ListValue {
  return { k: 'list', items, at };
}

function hasRest(v: ListValue): boolean {
  return v.items.some((i) => i.k === 'unknown' && i.rest);
}

/** Items of a known list (no unknown length); undefined otherwise. */
function itemsOf(v: Value): readonly Value[] | undefined {
  if (v.k === 'list' && !hasRest(v)) return v.items;
  return undefined;
}

function stringArg(v: Value): string | undefined {
  return v.k === 'null' ? undefined : asString(v);
}

function sortedUnique(values: readonly Value[], at: Origin): Value {
  const seen = new Map<string, Value>();
  for (const v of values) {
    const p = toPlain(v);
    if (p === undefined) return unknown(at, 'a set of values not known before apply', { nullable: false });
    const key = JSON.stringify(p);
    if (!seen.has(key)) seen.set(key, v);
  }
  const out = [...seen.values()];
  // Sets of strings iterate in lexical order.
  if (out.every((v) => v.k === 'string')) out.sort((a, b) => ((a as { v: string }).v < (b as { v: string }).v ? -1 : 1));
  return list(out, at);
}

const FUNCTIONS: Readonly<Record<string, Impl>> = {
  merge(args, at) {
    const entries: ObjectEntry[] = [];
    for (const a of args) {
      if (a.k === 'null') continue;
      if (a.k !== 'object') return a.k === 'error' ? a : unknown(at, 'merge of values not known before apply', { nullable: false });
      if (a.entries.some((e) => e.key === undefined)) return unknown(at, 'merge of keys not known before apply', { nullable: false });
      for (const e of a.entries) {
        const i = entries.findIndex((x) => x.key === e.key);
        if (i >= 0) entries.splice(i, 1);
        entries.push(e);
      }
    }
    return { k: 'object', entries, at };
  },
  concat(args, at) {
    const items: Value[] = [];
    let rest = false;
    for (const a of args) {
      if (a.k === 'list') items.push(...a.items);
      else if (a.k === 'unknown' || a.k === 'oneOf') rest = true;
      else return err(at, 'concat takes lists');
    }
    // Unknown lists stand for items not known: the known items stay visible.
    if (rest) items.push(unknown(at, 'items not known before apply', { rest: true, nullable: false }));
    return list(items, at);
  },
  flatten(args, at) {
    const out: Value[] = [];
    const walk = (v: Value, depth: number): boolean => {
      if (depth > 32 || out.length > MAX_ITEMS) return false;
      if (v.k === 'list') return v.items.every((i) => walk(i, depth + 1));
      if (v.k === 'unknown' && v.rest) {
        out.push(v);
        return true;
      }
      if (v.k === 'unknown' || v.k === 'oneOf') return false;
      out.push(v);
      return true;
    };
    const [a] = args;
    if (!a || a.k !== 'list') return unknown(at, 'flatten of a value not known before apply', { nullable: false });
    if (!walk(a, 0)) return unknown(at, 'flatten of values not known before apply', { nullable: false });
    return list(out, at);
  },
  lookup(args, at) {
    const [m, k, d] = args;
    if (!m || !k) return err(at, 'lookup needs a map and a key');
    const key = stringArg(k);
    if (m.k === 'object' && key !== undefined) {
      const e = field(m, key);
      if (e) return e.value;
      if (m.entries.some((x) => x.key === undefined)) return d ? oneOf([unknown(at, 'a key not known'), d], at) : unknown(at, 'a key not known');
      return d ?? err(at, `no key \`${key}\``);
    }
    if (m.k === 'error') return m;
    // Not known: either the map's value or the default.
    return d ? oneOf([unknown(at, 'lookup in a map not known before apply'), d], at) : unknown(at, 'lookup in a map not known before apply');
  },
  coalesce(args, at) {
    const options: Value[] = [];
    for (const a of args) {
      if (a.k === 'null' || (a.k === 'string' && a.v === '')) continue;
      if (a.k === 'unknown' || a.k === 'oneOf') {
        options.push(a);
        if (a.k === 'unknown' && !a.nullable) return oneOf(options, at);
        continue;
      }
      if (a.k === 'error') return a;
      return options.length ? oneOf([...options, a], at) : a;
    }
    return options.length ? oneOf(options, at) : err(at, 'coalesce: no non-null argument');
  },
  coalescelist(args, at) {
    for (const a of args) {
      if (a.k === 'list' && !hasRest(a) && a.items.length === 0) continue;
      if (a.k === 'list' && !hasRest(a)) return a;
      return unknown(at, 'coalescelist of lists not known before apply', { nullable: false });
    }
    return err(at, 'coalescelist: no non-empty list');
  },
  toset(args, at) {
    const items = args[0] && itemsOf(args[0]);
    if (!items) return args[0]?.k === 'error' ? args[0] : unknown(at, 'toset of a value not known before apply', { nullable: false });
    return sortedUnique(items, at);
  },
  tolist(args, at) {
    const a = args[0];
    return a && a.k === 'list' ? a : a?.k === 'error' ? a : unknown(at, 'tolist of a value not known before apply', { nullable: false });
  },
  tomap(args, at) {
    const a = args[0];
    return a && a.k === 'object' ? a : a?.k === 'error' ? a : unknown(at, 'tomap of a value not known before apply', { nullable: false });
  },
  tostring(args, at) {
    const a = args[0];
    if (a?.k === 'null') return a;
    const s = a ? asString(a) : undefined;
    return s !== undefined ? str(s, a!.at) : unknown(at, 'tostring of a value not known before apply');
  },
  tonumber(args, at) {
    const a = args[0];
    const n = a ? asNumber(a) : undefined;
    return n !== undefined ? { k: 'number', v: n, at } : unknown(at, 'tonumber of a value not known before apply');
  },
  tobool(args, at) {
    const a = args[0];
    const b = a ? asBool(a) : undefined;
    return b !== undefined ? { k: 'bool', v: b, at } : unknown(at, 'tobool of a value not known before apply');
  },
  jsonencode(args, at) {
    const a = args[0];
    if (!a) return err(at, 'jsonencode needs a value');
    if (a.k === 'error') return a;
    const p = toPlain(a);
    // The structure stays readable (policies are checked from it) even when parts are not known.
    return p === undefined ? unknown(at, 'jsonencode of values not known before apply', { nullable: false, encoded: a }) : { k: 'string', v: JSON.stringify(p), at, encoded: a };
  },
  format(args, at) {
    const [f, ...rest] = args;
    const spec = f && stringArg(f);
    if (spec === undefined || !rest.every(isWhollyKnown)) return unknown(at, 'format of values not known before apply', { nullable: false });
    let i = 0;
    let failed = false;
    const out = spec.replace(/%(%|[-+ #0]*\d*(?:\.\d+)?[sdvqtfeg])/g, (m, conv: string) => {
      if (conv === '%') return '%';
      const v = rest[i++];
      if (!v) {
        failed = true;
        return m;
      }
      const c = conv[conv.length - 1];
      if (c === 'q') return JSON.stringify(asString(v) ?? '');
      if (c === 'v' && (v.k === 'list' || v.k === 'object')) return JSON.stringify(toPlain(v));
      const s = asString(v);
      if (s === undefined) failed = true;
      if (c === 'd' && s !== undefined) {
        const width = /\d+/.exec(conv)?.[0];
        const padded = width && conv.includes('0') ? s.padStart(Number(width), '0') : s;
        return padded;
      }
      return s ?? m;
    });
    return failed ? unknown(at, 'a format not modelled', { nullable: false }) : str(out, at);
  },
  join(args, at) {
    const [sep, ...lists] = args;
    const s = sep && stringArg(sep);
    const parts: string[] = [];
    for (const l of lists) {
      const items = itemsOf(l);
      if (s === undefined || !items) return unknown(at, 'join of values not known before apply', { nullable: false });
      for (const i of items) {
        const x = stringArg(i);
        if (x === undefined) return unknown(at, 'join of values not known before apply', { nullable: false });
        parts.push(x);
      }
    }
    return s === undefined ? unknown(at, 'join with a separator not known', { nullable: false }) : str(parts.join(s), at);
  },
  split(args, at) {
    const [sep, s] = args.map((a) => (a ? stringArg(a) : undefined));
    if (sep === undefined || s === undefined) return unknown(at, 'split of values not known before apply', { nullable: false });
    const parts = sep === '' ? [...s] : s.split(sep);
    return list(parts.map((p) => str(p, at)), at);
  },
  lower: (args, at) => mapString(args, at, (s) => s.toLowerCase()),
  upper: (args, at) => mapString(args, at, (s) => s.toUpperCase()),
  trimspace: (args, at) => mapString(args, at, (s) => s.trim()),
  title: (args, at) => mapString(args, at, (s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
  trimprefix(args, at) {
    const p = args[1] && stringArg(args[1]);
    return p === undefined ? unknown(at, 'trimprefix of values not known', { nullable: false }) : mapString(args, at, (s) => (s.startsWith(p) ? s.slice(p.length) : s));
  },
  trimsuffix(args, at) {
    const p = args[1] && stringArg(args[1]);
    return p === undefined ? unknown(at, 'trimsuffix of values not known', { nullable: false }) : mapString(args, at, (s) => (s.endsWith(p) ? s.slice(0, s.length - p.length) : s));
  },
  replace(args, at) {
    const [s, from, to] = args.map((a) => (a ? stringArg(a) : undefined));
    if (s === undefined || from === undefined || to === undefined) return unknown(at, 'replace of values not known before apply', { nullable: false });
    // `/.../` is a regular expression in Terraform; only plain substrings are modelled.
    if (from.length > 1 && from.startsWith('/') && from.endsWith('/')) return unknown(at, 'replace with a regular expression is not modelled', { nullable: false });
    return str(from === '' ? s : s.split(from).join(to), at);
  },
  substr(args, at) {
    const s = args[0] && stringArg(args[0]);
    const off = args[1] && asNumber(args[1]);
    const len = args[2] && asNumber(args[2]);
    if (s === undefined || off === undefined || len === undefined) return unknown(at, 'substr of values not known', { nullable: false });
    const chars = [...s];
    const start = off < 0 ? chars.length + off : off;
    return str(chars.slice(start, len < 0 ? undefined : start + len).join(''), at);
  },
  startswith(args, at) {
    const [s, p] = args.map((a) => (a ? stringArg(a) : undefined));
    return s === undefined || p === undefined ? unknown(at, 'startswith of values not known', { nullable: false }) : { k: 'bool', v: s.startsWith(p), at };
  },
  endswith(args, at) {
    const [s, p] = args.map((a) => (a ? stringArg(a) : undefined));
    return s === undefined || p === undefined ? unknown(at, 'endswith of values not known', { nullable: false }) : { k: 'bool', v: s.endsWith(p), at };
  },
  length(args, at) {
    const a = args[0];
    if (a?.k === 'string') return { k: 'number', v: [...a.v].length, at };
    if (a?.k === 'list' && !hasRest(a)) return { k: 'number', v: a.items.length, at };
    if (a?.k === 'object' && a.entries.every((e) => e.key !== undefined)) return { k: 'number', v: a.entries.length, at };
    return unknown(at, 'length of a value not known before apply', { nullable: false });
  },
  element(args, at) {
    const items = args[0] && itemsOf(args[0]);
    const i = args[1] && asNumber(args[1]);
    if (!items || i === undefined) return unknown(at, 'element of values not known before apply');
    if (items.length === 0) return err(at, 'element of an empty list');
    return items[((Math.floor(i) % items.length) + items.length) % items.length]!;
  },
  keys(args, at) {
    const a = args[0];
    if (a?.k !== 'object' || a.entries.some((e) => e.key === undefined)) return unknown(at, 'keys of a map not known before apply', { nullable: false });
    return list([...a.entries].sort((x, y) => (x.key! < y.key! ? -1 : 1)).map((e) => str(e.key!, e.keyAt)), at);
  },
  values(args, at) {
    const a = args[0];
    if (a?.k !== 'object' || a.entries.some((e) => e.key === undefined)) return unknown(at, 'values of a map not known before apply', { nullable: false });
    return list([...a.entries].sort((x, y) => (x.key! < y.key! ? -1 : 1)).map((e) => e.value), at);
  },
  contains(args, at) {
    const items = args[0] && itemsOf(args[0]);
    const needle = args[1] && toPlain(args[1]);
    if (!items || needle === undefined) return unknown(at, 'contains of values not known before apply', { nullable: false });
    let unknownItem = false;
    for (const i of items) {
      const p = toPlain(i);
      if (p === undefined) unknownItem = true;
      else if (JSON.stringify(p) === JSON.stringify(needle)) return { k: 'bool', v: true, at };
    }
    return unknownItem ? unknown(at, 'contains of values not known before apply', { nullable: false }) : { k: 'bool', v: false, at };
  },
  distinct(args, at) {
    const items = args[0] && itemsOf(args[0]);
    if (!items) return unknown(at, 'distinct of a list not known before apply', { nullable: false });
    const seen = new Set<string>();
    const out: Value[] = [];
    for (const i of items) {
      const p = toPlain(i);
      if (p === undefined) return unknown(at, 'distinct of values not known before apply', { nullable: false });
      const k = JSON.stringify(p);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(i);
      }
    }
    return list(out, at);
  },
  compact(args, at) {
    const items = args[0] && itemsOf(args[0]);
    if (!items || !items.every((i) => i.k === 'string' || i.k === 'null')) return unknown(at, 'compact of a list not known before apply', { nullable: false });
    return list(items.filter((i) => i.k === 'string' && i.v !== ''), at);
  },
  one(args, at) {
    const items = args[0] && itemsOf(args[0]);
    if (!items) return unknown(at, 'one of a list not known before apply');
    if (items.length > 1) return err(at, 'one: more than one element');
    return items[0] ?? { k: 'null', at };
  },
  zipmap(args, at) {
    const ks = args[0] && itemsOf(args[0]);
    const vs = args[1] && itemsOf(args[1]);
    if (!ks || !vs || ks.length !== vs.length) return unknown(at, 'zipmap of lists not known before apply', { nullable: false });
    const entries: ObjectEntry[] = [];
    for (let i = 0; i < ks.length; i++) {
      const key = stringArg(ks[i]!);
      if (key === undefined) return unknown(at, 'zipmap of keys not known before apply', { nullable: false });
      entries.push({ key, keyAt: ks[i]!.at, value: vs[i]!, span: at.span });
    }
    return { k: 'object', entries, at } satisfies ObjectValue;
  },
  range(args, at) {
    const ns = args.map(asNumber);
    if (ns.some((n) => n === undefined) || ns.length === 0 || ns.length > 3) return unknown(at, 'range of values not known', { nullable: false });
    const [a, b, s] = ns.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? 1];
    if (s === 0) return err(at, 'range: step 0');
    const count = Math.ceil((b - a) / s);
    // A range too long to enumerate is not known (bounded work on any input).
    if (count > MAX_ITEMS) return unknown(at, 'a range too long to evaluate', { nullable: false });
    const out: Value[] = [];
    for (let i = 0; i < count; i++) out.push({ k: 'number', v: a + i * s, at });
    return list(out, at);
  },
  reverse(args, at) {
    const items = args[0] && itemsOf(args[0]);
    return items ? list([...items].reverse(), at) : unknown(at, 'reverse of a list not known', { nullable: false });
  },
  sort(args, at) {
    const items = args[0] && itemsOf(args[0]);
    if (!items || !items.every((i) => i.k === 'string')) return unknown(at, 'sort of a list not known', { nullable: false });
    return list([...items].sort((a, b) => ((a as { v: string }).v < (b as { v: string }).v ? -1 : 1)), at);
  },
  min: (args, at) => numbers(args, at, Math.min),
  max: (args, at) => numbers(args, at, Math.max),
  abs: (args, at) => numbers(args, at, (x) => Math.abs(x)),
  ceil: (args, at) => numbers(args, at, (x) => Math.ceil(x)),
  floor: (args, at) => numbers(args, at, (x) => Math.floor(x)),
};

function numbers(args: readonly Value[], at: Origin, f: (...xs: number[]) => number): Value {
  const ns = args.map(asNumber);
  if (ns.some((n) => n === undefined)) return unknown(at, 'arithmetic on values not known', { nullable: false });
  return { k: 'number', v: f(...(ns as number[])), at };
}

function mapString(args: readonly Value[], at: Origin, f: (s: string) => string): Value {
  const s = args[0] && stringArg(args[0]);
  return s === undefined ? unknown(at, 'a string not known before apply', { nullable: false }) : str(f(s), at);
}

/** Functions whose arguments may be one of several values: the call is made for each combination. */
function liftOneOf(impl: Impl, args: readonly Value[], at: Origin): Value {
  const i = args.findIndex((a) => a.k === 'oneOf');
  if (i === -1) return impl(args, at);
  const opts = (args[i] as Extract<Value, { k: 'oneOf' }>).options;
  return oneOf(opts.map((o) => liftOneOf(impl, args.map((a, j) => (j === i ? o : a)), at)), at);
}

/** Calls a function; `try` and `can` evaluate their arguments lazily, as Terraform does. */
export function callFunction(name: string, argExprs: readonly Expression[], at: Origin, env: CallEnv): Value {
  if (name === 'try') {
    const options: Value[] = [];
    for (const a of argExprs) {
      const v = env.eval(a);
      if (v.k === 'error') continue;
      if (isWhollyKnown(v)) return options.length ? oneOf([...options, v], at) : v;
      // Not known: it may succeed (and be the result) or fail (and the next argument is tried).
      options.push(v);
    }
    return options.length ? oneOf(options, at) : err(at, 'try: every argument failed');
  }
  if (name === 'can') {
    const v = argExprs[0] ? env.eval(argExprs[0]) : err(at, 'can needs an argument');
    if (v.k === 'error') return { k: 'bool', v: false, at };
    return isWhollyKnown(v) ? { k: 'bool', v: true, at } : unknown(at, 'can of a value not known before apply', { nullable: false });
  }
  const impl = FUNCTIONS[name];
  if (!impl) return unknown(at, `the function \`${name}\` is not evaluated here`, { nullable: false });
  const args = argExprs.map(env.eval);
  const failed = args.find((a) => a.k === 'error');
  if (failed) return failed;
  // Functions that take any value: an argument not known still leaves known parts (concat, merge, lookup, coalesce).
  const result = liftOneOf(impl, args, at);
  // A result computed from values that hold through variable defaults holds through them too.
  const defaults = [...new Set(args.flatMap((a) => a.defaults ?? []))];
  return defaults.length && result.k !== 'error' ? { ...result, defaults: [...new Set([...(result.defaults ?? []), ...defaults])] } : result;
}

