/**
 * Does a key policy let a request through? A three-valued answer over the policy as written: `yes` when a
 * statement certainly allows it and none may deny it, `no` when no statement can allow it (or one certainly
 * denies it), and `maybe` whenever a value known only at apply time could change the answer. Requests are
 * described by who makes them, which KMS actions they need and the condition keys they carry, some of whose
 * values are themselves partly unknown (UNKNOWN_MARK for the Region or account of an ARN).
 */
import { UNKNOWN_MARK, stringItems, hasUnknownItems, type PolicyNode } from '../policy/model';
import type { PolicyView, StatementView } from '../policy/statements';
import { statementActions } from '../policy/describe';

export type Tri = 'yes' | 'no' | 'maybe';

export interface KmsRequest {
  /** A service principal's first label (`logs`), or `caller` for any IAM principal of the account. */
  readonly service?: string;
  /** KMS actions without `kms:`, all needed. */
  readonly actions: readonly string[];
  /** Condition keys the request carries, lower-cased, with their value (UNKNOWN_MARK for unknown parts). */
  readonly context: Readonly<Record<string, string>>;
}

export function and(...xs: Tri[]): Tri {
  return xs.includes('no') ? 'no' : xs.includes('maybe') ? 'maybe' : 'yes';
}

function or(...xs: Tri[]): Tri {
  return xs.includes('yes') ? 'yes' : xs.includes('maybe') ? 'maybe' : 'no';
}

function not(x: Tri): Tri {
  return x === 'yes' ? 'no' : x === 'no' ? 'yes' : 'maybe';
}

function glob(pattern: string, value: string, ignoreCase = false): boolean {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, ignoreCase ? 'is' : 's').test(value);
}

/** Whether a literal run of `p` (wildcards and unknowns excluded) can line up with `v`, from one end. */
function literalRun(s: string, fromEnd: boolean, wildcards: boolean): string {
  const stop = wildcards ? /[*?\uE000]/ : /\uE000/;
  if (!fromEnd) {
    const m = stop.exec(s);
    return m ? s.slice(0, m.index) : s;
  }
  let i = s.length;
  while (i > 0 && !stop.test(s[i - 1]!)) i--;
  return s.slice(i);
}

/** A string pattern (wildcards when the operator has them) against a value, either with unknown parts. */
export function matchString(pattern: string, value: string, wildcards: boolean, ignoreCase = false): Tri {
  const pu = pattern.includes(UNKNOWN_MARK);
  const vu = value.includes(UNKNOWN_MARK);
  if (!pu && !vu) return (wildcards ? glob(pattern, value, ignoreCase) : ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value) ? 'yes' : 'no';
  // Necessary conditions: the known beginnings agree, and the known ends agree.
  const norm = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  const [p, v] = [norm(pattern), norm(value)];
  const pHead = literalRun(p, false, wildcards);
  const vHead = literalRun(v, false, false);
  const pTail = literalRun(p, true, wildcards);
  const vTail = literalRun(v, true, false);
  const headOk = pHead.startsWith(vHead) || vHead.startsWith(pHead);
  const tailOk = pTail.endsWith(vTail) || vTail.endsWith(pTail);
  // A pattern without wildcards or unknowns must be matched by the value's known parts in full.
  if (!pu && !wildcards && !p.includes(UNKNOWN_MARK)) {
    const known = v.split(UNKNOWN_MARK);
    if (!known.every((k) => p.includes(k))) return 'no';
  }
  return headOk && tailOk ? 'maybe' : 'no';
}

/** ARNs part by part (an unknown Region or account matches its unknown counterpart: both are the deployment's). */
export function matchArn(pattern: string, value: string, wildcards: boolean): Tri {
  const pp = pattern.split(':');
  const vp = value.split(':');
  if (pp.length < 6 || vp.length < 6 || pp[0] !== 'arn' || vp[0] !== 'arn') return matchString(pattern, value, wildcards);
  const results: Tri[] = [];
  for (let i = 1; i < 5; i++) {
    const a = pp[i]!;
    const b = vp[i]!;
    if (b.includes(UNKNOWN_MARK) && a.includes(UNKNOWN_MARK)) results.push('yes');
    else if (b.includes(UNKNOWN_MARK)) results.push(wildcards && a === '*' ? 'yes' : 'maybe');
    else results.push(matchString(a, b, wildcards));
  }
  results.push(matchString(pp.slice(5).join(':'), vp.slice(5).join(':'), wildcards));
  return and(...results);
}

function clauseResult(op: string, key: string, values: PolicyNode, request: KmsRequest): Tri {
  const m = /^(ForAnyValue:|ForAllValues:)?(.*?)(IfExists)?$/i.exec(op);
  if (!m || m[1]) return 'maybe';
  const base = m[2]!.toLowerCase();
  const ifExists = !!m[3];
  const present = Object.prototype.hasOwnProperty.call(request.context, key.toLowerCase());
  const items = stringItems(values);
  const unknownItems = values.kind === 'unknown' || hasUnknownItems(values) || items.some((i) => i.value === undefined && i.text === UNKNOWN_MARK);
  if (base === 'null') {
    if (!present) return 'maybe';
    const v = items[0]?.value ?? (values.kind === 'bool' ? String(values.value) : undefined);
    return v === 'false' ? 'yes' : v === 'true' ? 'no' : 'maybe';
  }
  if (!present) return ifExists ? 'yes' : 'maybe';
  const actual = request.context[key.toLowerCase()]!;
  const table: Record<string, { wildcards: boolean; negated: boolean; arn: boolean; ignoreCase?: boolean }> = {
    stringequals: { wildcards: false, negated: false, arn: false },
    stringnotequals: { wildcards: false, negated: true, arn: false },
    stringequalsignorecase: { wildcards: false, negated: false, arn: false, ignoreCase: true },
    stringnotequalsignorecase: { wildcards: false, negated: true, arn: false, ignoreCase: true },
    stringlike: { wildcards: true, negated: false, arn: false },
    stringnotlike: { wildcards: true, negated: true, arn: false },
    arnequals: { wildcards: true, negated: false, arn: true },
    arnlike: { wildcards: true, negated: false, arn: true },
    arnnotequals: { wildcards: true, negated: true, arn: true },
    arnnotlike: { wildcards: true, negated: true, arn: true },
  };
  const t = table[base];
  if (!t) return 'maybe';
  const each = items.map((i) => (t.arn ? matchArn(i.text, actual, t.wildcards) : matchString(i.text, actual, t.wildcards, t.ignoreCase)));
  let any = or(...each);
  if (unknownItems && any === 'no') any = 'maybe';
  return t.negated ? not(any) : any;
}

/** Whether a principal element names the requester. */
function principalMatches(s: StatementView, request: KmsRequest): Tri {
  const p = s.principal;
  if (!p) return 'no'; // a key policy statement without a principal grants nothing
  if (p.name === 'NotPrincipal') return 'maybe';
  const each: Tri[] = p.principals.map((ref) => {
    const id = ref.identity;
    if (id.kind === 'everyone') return 'yes';
    if (id.kind === 'unknown') return 'maybe';
    if (request.service) {
      if (id.kind !== 'service') return 'no';
      const name = id.name;
      const label = name.split('.')[0]!;
      if (label.includes(UNKNOWN_MARK)) return 'maybe';
      if (label !== request.service) return 'no';
      return /^[^.]+(\.[^.]+)?\.amazonaws\.com(\.cn)?$/.test(name.replace(new RegExp(UNKNOWN_MARK, 'g'), 'x')) ? 'yes' : 'maybe';
    }
    // A caller of the account: an account root delegates to IAM; a named user or role may be the caller.
    if (id.kind === 'account-root' || id.kind === 'iam') return 'maybe';
    return 'no';
  });
  const r = or(...each);
  return p.unknown && r === 'no' ? 'maybe' : r;
}

function actionsCover(s: StatementView, needed: string): Tri {
  const { kms, unknown } = statementActions(s);
  if (kms.some((a) => a.name === needed)) return 'yes';
  return unknown ? 'maybe' : 'no';
}

/** Whether one statement applies to one action of the request. */
export function statementApplies(s: StatementView, request: KmsRequest, action: string): Tri {
  const principal = principalMatches(s, request);
  if (principal === 'no') return 'no';
  const act = actionsCover(s, action);
  if (act === 'no') return 'no';
  const clauses = s.conditions.map((c) => (c.operatorEntry.key === undefined || c.keyEntry.key === undefined ? 'maybe' : clauseResult(c.operatorEntry.key, c.keyEntry.key, c.values, request)));
  let cond = and(...clauses);
  if (s.conditionUnknown && cond === 'yes') cond = 'maybe';
  if (s.conditionEntry && s.conditions.length === 0 && cond === 'yes') cond = 'maybe';
  return and(principal, act, cond);
}

export interface Decision {
  readonly result: Tri;
  /** Statements that allow (or may allow) the request, for messages and hover. */
  readonly allowing: readonly StatementView[];
  /** Statements that allow the principal and actions but whose conditions cannot match this request. */
  readonly conditionMisses: readonly StatementView[];
}

/** The key policy's answer to a request (all of its actions). */
export function decide(view: PolicyView, request: KmsRequest): Decision {
  const results: Tri[] = [];
  const allowing = new Set<StatementView>();
  const misses = new Set<StatementView>();
  for (const action of request.actions) {
    let allow: Tri = 'no';
    let deny: Tri = 'no';
    for (const s of view.statements) {
      if (s.effect === undefined) {
        if (s.effectEntry) allow = or(allow, statementApplies(s, request, action) === 'no' ? 'no' : 'maybe');
        continue;
      }
      const r = statementApplies(s, request, action);
      if (s.effect === 'Deny') deny = or(deny, r);
      else {
        allow = or(allow, r);
        if (r !== 'no') allowing.add(s);
        else if (principalMatches(s, request) !== 'no' && actionsCover(s, action) !== 'no') misses.add(s);
      }
    }
    if (view.incomplete && allow === 'no') allow = 'maybe';
    results.push(and(allow, not(deny)));
  }
  return { result: and(...results), allowing: [...allowing], conditionMisses: [...misses] };
}
