/**
 * evaluate: an HCL expression -> its value before apply, as Terraform would compute it (see value.ts). Literals,
 * templates, `local.*` across the folder, `var.*` (the default, marked as such), `each.*` and `count.index` when
 * the instance is given, conditionals, operators, index and attribute access, splats, `for` expressions and the
 * functions of functions.ts. Everything else is unknown, with the reason. Bounded: nesting depth, the number of
 * values built and a time budget per evaluation; a cycle between locals is unknown, never a hang.
 */
import type { Expression, Span, TraversalStep } from '../hcl/model';
import type { FolderModel } from './folder';
import { callFunction } from './functions';
import {
  UNKNOWN_MARK,
  oneOf,
  asBool,
  asNumber,
  asString,
  field,
  isKnownScalar,
  throughDefault,
  toPlain,
  unknown,
  type ListValue,
  type ObjectEntry,
  type Origin,
  type Value,
} from './value';

/** Limits of one evaluation. */
export const LIMITS = { depth: 128, values: 100_000, millis: 50 } as const;

export interface Budget {
  values: number;
  readonly deadline: number;
}

export interface Env {
  readonly folder: FolderModel;
  /** The document the expression is written in. */
  readonly uri: string;
  /** Names bound here: `each`, `count`, and the variables of enclosing `for` expressions or `dynamic` blocks. */
  readonly names?: ReadonlyMap<string, Value>;
  readonly budget?: Budget;
  readonly depth?: number;
}

export function newBudget(): Budget {
  return { values: LIMITS.values, deadline: Date.now() + LIMITS.millis };
}

/** Evaluates `expr` in `env`. */
export function evaluate(expr: Expression, env: Env): Value {
  const e: Required<Pick<Env, 'budget' | 'depth'>> & Env = { ...env, budget: env.budget ?? newBudget(), depth: env.depth ?? 0 };
  return evalIn(expr, e);
}

type FullEnv = Env & { readonly budget: Budget; readonly depth: number };

function at(env: FullEnv, span: Span): Origin {
  return { uri: env.uri, span };
}

function exhausted(env: FullEnv): boolean {
  return env.depth > LIMITS.depth || env.budget.values <= 0 || ((env.budget.values & 255) === 0 && Date.now() > env.budget.deadline);
}

function evalIn(expr: Expression, env: FullEnv): Value {
  env.budget.values--;
  if (exhausted(env)) {
    env.budget.values = Math.min(env.budget.values, 0);
    return unknown(at(env, expr.span), 'too large or too deep to evaluate');
  }
  const inner: FullEnv = { ...env, depth: env.depth + 1 };
  switch (expr.kind) {
    case 'string': {
      const origin = at(env, expr.span);
      if (expr.value !== undefined) return { k: 'string', v: expr.value, at: origin, contentSpan: expr.contentSpan };
      return template(expr.parts, origin, expr.contentSpan, inner);
    }
    case 'number':
      return { k: 'number', v: expr.value, at: at(env, expr.span) };
    case 'bool':
      return { k: 'bool', v: expr.value, at: at(env, expr.span) };
    case 'null':
      return { k: 'null', at: at(env, expr.span) };
    case 'tuple':
      return { k: 'list', items: expr.items.map((i) => evalIn(i, inner)), at: at(env, expr.span) };
    case 'object': {
      const entries: ObjectEntry[] = [];
      for (const it of expr.items) {
        let key = it.keyName;
        if (key === undefined) {
          const kv = evalIn(it.key, inner);
          key = asString(kv);
        }
        entries.push({ key, keyAt: at(env, it.key.span), value: evalIn(it.value, inner), span: it.span });
      }
      return { k: 'object', entries, at: at(env, expr.span) };
    }
    case 'traversal':
      return traversal(expr.root, expr.rootSpan, expr.steps, expr.span, inner);
    case 'access':
      return applySteps(evalIn(expr.target, inner), expr.steps, at(env, expr.span), inner);
    case 'conditional': {
      const c = evalIn(expr.condition, inner);
      const b = asBool(c);
      if (b !== undefined) return carry(evalIn(b ? expr.then : expr.else, inner), c);
      if (c.k === 'error') return c;
      return oneOf([evalIn(expr.then, inner), evalIn(expr.else, inner)], at(env, expr.span));
    }
    case 'operation':
      return operation(expr.operator, expr.operands.map((o) => evalIn(o, inner)), at(env, expr.span));
    case 'for':
      return forExpr(expr, inner);
    case 'call':
      return callFunction(expr.name, expr.args, at(env, expr.span), {
        eval: (a) => evalIn(a, inner),
        budget: env.budget,
      });
    default:
      return unknown(at(env, expr.span), 'an expression that is not complete');
  }
}

/** Known-through-defaults marks of `from` carried onto `v` (a value chosen by a condition that came through a default). */
function carry(v: Value, from: Value): Value {
  if (!from.defaults?.length) return v;
  return from.defaults.reduce((acc, d) => throughDefault(acc, d), v);
}

function template(parts: Extract<Expression, { kind: 'string' }>['parts'], origin: Origin, contentSpan: Span, env: FullEnv): Value {
  let text = '';
  let known = true;
  const refs: string[] = [];
  let defaults: string[] = [];
  for (const p of parts) {
    if (p.kind === 'literal') {
      text += p.value;
      continue;
    }
    if (p.directive || !p.expr) {
      known = false;
      text += UNKNOWN_MARK;
      continue;
    }
    const v = evalIn(p.expr, env);
    const s = v.k === 'null' ? undefined : asString(v);
    if (s !== undefined) {
      text += s;
      if (v.defaults) defaults = [...defaults, ...v.defaults];
    } else {
      known = false;
      text += UNKNOWN_MARK;
      if (v.k === 'unknown' && v.refs) refs.push(...v.refs);
    }
  }
  if (known) return { k: 'string', v: text, at: origin, ...(defaults.length ? { defaults: [...new Set(defaults)] } : {}) };
  return unknown(origin, refs.length ? `depends on ${[...new Set(refs)].join(', ')}` : 'a template with parts not known before apply', {
    nullable: false,
    text,
    contentSpan,
    ...(refs.length ? { refs: [...new Set(refs)] } : {}),
  });
}

const RESOURCE_ROOTS = new Set(['data', 'module', 'path', 'terraform', 'self', 'ephemeral']);

function traversal(root: string, rootSpan: Span, steps: readonly TraversalStep[], span: Span, env: FullEnv): Value {
  const origin = at(env, span);
  const bound = env.names?.get(root);
  if (bound) return applySteps({ ...bound, via: origin }, steps, origin, env);
  if (root === 'local') {
    const name = steps[0]?.name;
    if (!name) return unknown(origin, 'an incomplete reference');
    return applySteps({ ...localValue(name, origin, env), via: origin }, steps.slice(1), origin, env);
  }
  if (root === 'var') {
    const name = steps[0]?.name;
    if (!name) return unknown(origin, 'an incomplete reference');
    return applySteps({ ...variableValue(name, origin, env), via: origin }, steps.slice(1), origin, env);
  }
  if (root === 'each' || root === 'count') return unknown(origin, `\`${root}\` is known per instance only`, { refs: [root] });
  // A resource, data source, module output or path: known after apply (or not modelled).
  const names = [root, ...steps.map((s) => s.name)];
  let n = 1;
  if (root === 'data' || root === 'ephemeral') n = 3;
  else if (root === 'module') n = 2;
  else if (!RESOURCE_ROOTS.has(root)) n = 2;
  const address = names.slice(0, n).filter((x) => x !== undefined).join('.');
  const attr = names.slice(n).find((x) => x !== undefined);
  const ref = attr ? `${address}.${attr}` : address;
  void rootSpan;
  return unknown(origin, `depends on ${ref}`, { refs: [ref] });
}

function localValue(name: string, origin: Origin, env: FullEnv): Value {
  const fm = env.folder;
  const memo = fm.localValues.get(name);
  if (memo) return memo;
  const decl = fm.locals.get(name);
  if (!decl) return { k: 'error', message: `no local value \`${name}\``, at: origin };
  if (fm.evaluating.has(name)) return unknown(origin, `local.${name} refers to itself`);
  fm.evaluating.add(name);
  let v: Value;
  try {
    // Locals see no instance names; their depth and size still count against this evaluation.
    v = evalIn(decl.node.value, { folder: fm, uri: decl.doc.uri, budget: env.budget, depth: env.depth });
  } finally {
    fm.evaluating.delete(name);
  }
  // An evaluation cut short by the budget is not remembered: a later one may finish.
  if (env.budget.values > 0) fm.localValues.set(name, v);
  return v;
}

function variableValue(name: string, origin: Origin, env: FullEnv): Value {
  const decl = env.folder.variables.get(name);
  if (!decl) return { k: 'error', message: `no variable \`${name}\``, at: origin };
  const dflt = decl.node.body.attributes.find((a) => a.name === 'default');
  if (!dflt) return unknown(origin, `var.${name} has no default: the caller sets it`, { refs: [`var.${name}`] });
  const v = evalIn(dflt.value, { folder: env.folder, uri: decl.doc.uri, budget: env.budget, depth: env.depth });
  return throughDefault(v, name);
}

/** Applies attribute, index and splat steps to a value. */
export function applySteps(start: Value, steps: readonly TraversalStep[], origin: Origin, env: FullEnv): Value {
  let v = start;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    if (v.k === 'error') return v;
    if (s.splat) {
      const rest = steps.slice(i + 1);
      if (v.k === 'null') return { k: 'list', items: [], at: origin };
      if (v.k === 'list') return { k: 'list', items: v.items.map((item) => applySteps(item, rest, origin, env)), at: v.at };
      if (v.k === 'unknown' || v.k === 'oneOf') return unknown(origin, v.k === 'unknown' ? v.why : 'one of several values', { ...(v.k === 'unknown' && v.refs ? { refs: v.refs } : {}), nullable: false });
      return { k: 'list', items: [applySteps(v, rest, origin, env)], at: v.at };
    }
    if (v.k === 'oneOf') {
      const rest = steps.slice(i);
      return oneOf(v.options.map((o) => applySteps(o, rest, origin, env)), origin);
    }
    if (v.k === 'unknown') return unknown(origin, v.why, { ...(v.refs ? { refs: v.refs } : {}), nullable: true });
    let key: string | number | undefined;
    if (s.name !== undefined) key = s.name;
    else if (s.index) {
      const iv = evalIn(s.index, env);
      if (iv.k === 'unknown' || iv.k === 'oneOf') return unknown(origin, 'an index not known before apply', { nullable: true });
      if (iv.k === 'error') return iv;
      key = iv.k === 'number' ? iv.v : asString(iv);
    }
    if (key === undefined) return unknown(origin, 'an incomplete reference');
    const next = step(v, key, s.name !== undefined, origin);
    v = next.k === 'error' || next.k === 'unknown' ? next : { ...next, defaults: mergeDefaults(v, next) };
  }
  return v;
}

function mergeDefaults(outer: Value, inner: Value): readonly string[] | undefined {
  if (!outer.defaults?.length) return inner.defaults;
  return [...new Set([...(inner.defaults ?? []), ...outer.defaults])];
}

function step(v: Value, key: string | number, byName: boolean, origin: Origin): Value {
  if (v.k === 'null') return { k: 'error', message: 'a null value has no attributes', at: origin };
  if (v.k === 'object') {
    const e = field(v, String(key));
    if (e) return e.value;
    if (v.entries.some((x) => x.key === undefined)) return unknown(origin, 'a key not known before apply');
    return { k: 'error', message: `no ${byName ? 'attribute' : 'key'} \`${key}\``, at: origin };
  }
  if (v.k === 'list') {
    const n = typeof key === 'number' ? key : asNumber({ k: 'string', v: String(key), at: origin });
    if (n === undefined || byName) return { k: 'error', message: `a list has no attribute \`${key}\``, at: origin };
    if (v.items.some((x) => x.k === 'unknown' && x.rest)) return unknown(origin, 'a list whose length is not known');
    const item = v.items[n];
    return item ?? { k: 'error', message: `index ${n} is out of range`, at: origin };
  }
  return { k: 'error', message: `${v.k === 'string' ? 'a string' : `a ${v.k}`} has no attribute \`${key}\``, at: origin };
}

function operation(op: string, operands: readonly Value[], origin: Origin): Value {
  const err = operands.find((o) => o.k === 'error');
  if (err) return err;
  const defaults = [...new Set(operands.flatMap((o) => o.defaults ?? []))];
  const mark = (v: Value): Value => (defaults.length ? { ...v, defaults } : v);
  if (operands.some((o) => o.k === 'oneOf')) {
    const first = operands.findIndex((o) => o.k === 'oneOf');
    const opts = (operands[first] as Extract<Value, { k: 'oneOf' }>).options;
    return oneOf(opts.map((o) => operation(op, operands.map((x, i) => (i === first ? o : x)), origin)), origin);
  }
  if (operands.some((o) => o.k === 'unknown')) {
    const refs = [...new Set(operands.flatMap((o) => (o.k === 'unknown' ? (o.refs ?? []) : [])))];
    return unknown(origin, refs.length ? `depends on ${refs.join(', ')}` : 'an operation on values not known before apply', { nullable: false, ...(refs.length ? { refs } : {}) });
  }
  const [a, b] = operands as [Value, Value | undefined];
  if (b === undefined) {
    if (op === '!') {
      const x = asBool(a);
      return x === undefined ? { k: 'error', message: '`!` needs a bool', at: origin } : mark({ k: 'bool', v: !x, at: origin });
    }
    if (op === '-') {
      const x = asNumber(a);
      return x === undefined ? { k: 'error', message: '`-` needs a number', at: origin } : mark({ k: 'number', v: -x, at: origin });
    }
    return unknown(origin, `the operator \`${op}\``, { nullable: false });
  }
  switch (op) {
    case '==':
    case '!=': {
      const pa = toPlain(a);
      const pb = toPlain(b);
      if (pa === undefined || pb === undefined) return unknown(origin, 'a comparison of values not known before apply', { nullable: false });
      const eq = JSON.stringify(pa) === JSON.stringify(pb) && a.k === b.k;
      return mark({ k: 'bool', v: op === '==' ? eq : !eq, at: origin });
    }
    case '&&':
    case '||': {
      const x = asBool(a);
      const y = asBool(b);
      if (x === undefined || y === undefined) return { k: 'error', message: `\`${op}\` needs bools`, at: origin };
      return mark({ k: 'bool', v: op === '&&' ? x && y : x || y, at: origin });
    }
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '<':
    case '>':
    case '<=':
    case '>=': {
      const x = asNumber(a);
      const y = asNumber(b);
      if (x === undefined || y === undefined) return { k: 'error', message: `\`${op}\` needs numbers`, at: origin };
      const r =
        op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : op === '%' ? x % y : op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
      return mark(typeof r === 'boolean' ? { k: 'bool', v: r, at: origin } : { k: 'number', v: r, at: origin });
    }
    default:
      return unknown(origin, `the operator \`${op}\``, { nullable: false });
  }
}

function forExpr(expr: Extract<Expression, { kind: 'for' }>, env: FullEnv): Value {
  const origin = at(env, expr.span);
  const coll = evalIn(expr.collection, env);
  if (coll.k === 'error') return coll;
  let pairs: [Value, Value][];
  if (coll.k === 'list') {
    if (coll.items.some((i) => i.k === 'unknown' && i.rest)) return unknown(origin, 'a `for` over a list whose length is not known', { nullable: false });
    pairs = coll.items.map((v, i) => [{ k: 'number', v: i, at: v.at }, v]);
  } else if (coll.k === 'object') {
    if (coll.entries.some((e) => e.key === undefined)) return unknown(origin, 'a `for` over keys not known before apply', { nullable: false });
    // Terraform iterates maps and objects in key order.
    pairs = [...coll.entries].sort((x, y) => (x.key! < y.key! ? -1 : x.key! > y.key! ? 1 : 0)).map((e) => [{ k: 'string', v: e.key!, at: e.keyAt }, e.value]);
  } else {
    const refs = coll.k === 'unknown' ? coll.refs : undefined;
    return unknown(origin, refs?.length ? `depends on ${refs.join(', ')}` : 'a `for` over a collection not known before apply', { nullable: false, ...(refs ? { refs } : {}) });
  }
  const items: Value[] = [];
  const entries: ObjectEntry[] = [];
  const groups = new Map<string, Value[]>();
  for (const [k, v] of pairs) {
    if (env.budget.values <= 0) return unknown(origin, 'too large to evaluate', { nullable: false });
    const names = new Map(env.names ?? []);
    if (expr.keyVar) names.set(expr.keyVar, k);
    names.set(expr.valueVar, v);
    const scope: FullEnv = { ...env, names };
    if (expr.condition) {
      const c = asBool(evalIn(expr.condition, scope));
      if (c === undefined) return unknown(origin, 'a `for` condition not known before apply', { nullable: false });
      if (!c) continue;
    }
    const value = evalIn(expr.valueExpr, scope);
    if (!expr.object) {
      items.push(value);
      continue;
    }
    const kv = evalIn(expr.keyExpr!, scope);
    const key = kv.k === 'null' ? undefined : asString(kv);
    if (key === undefined) return unknown(origin, 'a `for` key not known before apply', { nullable: false });
    if (expr.grouping) {
      const g = groups.get(key);
      if (g) g.push(value);
      else groups.set(key, [value]);
    } else {
      if (entries.some((e) => e.key === key)) return { k: 'error', message: `duplicate key \`${key}\` in a \`for\` expression`, at: origin };
      entries.push({ key, keyAt: kv.at, value, span: expr.span });
    }
  }
  if (!expr.object) return { k: 'list', items, at: origin } satisfies ListValue;
  if (expr.grouping) for (const [key, vs] of groups) entries.push({ key, keyAt: origin, value: { k: 'list', items: vs, at: origin }, span: expr.span });
  return { k: 'object', entries, at: origin };
}

/** The value of a scalar for messages and checks: undefined unless known. */
export function knownScalar(v: Value): string | number | boolean | undefined {
  return isKnownScalar(v) ? v.v : undefined;
}
