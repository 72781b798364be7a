/**
 * The statements of a policy, read from the policy tree into the parts the rules, hover and the access summary
 * ask about: effect, principals, actions, resources, conditions. Computed once per source (cached).
 */
import { conditionKey, matchKmsActions, type KmsAction } from '../iam/catalog';
import { parseOperator, type ParsedOperator } from '../iam/grammar';
import { UNKNOWN_MARK, entry, hasUnknownItems, stringItems, type PolicyEntry, type PolicyNode, type PolicyObject, type PolicySource, type PolicyString } from './model';

export interface PrincipalRef {
  /** `AWS`, `Service`, `Federated`, `CanonicalUser`, `*` (for `Principal = "*"`), or undefined when unknown. */
  readonly type: string | undefined;
  readonly node: PolicyString;
  readonly identity: PrincipalIdentity;
}

export type PrincipalIdentity =
  | { readonly kind: 'everyone' }
  /** `account` is the 12 digits, or UNKNOWN_MARK when computed (`${data.aws_caller_identity.x.account_id}`). */
  | { readonly kind: 'account-root'; readonly account: string }
  | { readonly kind: 'iam'; readonly account: string; readonly resource: string }
  | { readonly kind: 'service'; readonly name: string }
  | { readonly kind: 'federated'; readonly name: string }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'malformed'; readonly reason: string };

export interface ListElement {
  readonly name: 'Action' | 'NotAction' | 'Resource' | 'NotResource';
  readonly entry: PolicyEntry;
  readonly items: readonly PolicyString[];
  /** Some items are not known (a reference, a function call, an interpolated whole item). */
  readonly unknown: boolean;
}

export interface PrincipalElement {
  readonly name: 'Principal' | 'NotPrincipal';
  readonly entry: PolicyEntry;
  readonly principals: readonly PrincipalRef[];
  /** Some principals are not known. */
  readonly unknown: boolean;
}

export interface ConditionClause {
  readonly operatorEntry: PolicyEntry;
  readonly operator: ParsedOperator | undefined;
  readonly keyEntry: PolicyEntry;
  readonly values: PolicyNode;
}

export interface StatementView {
  readonly node: PolicyObject;
  readonly index: number;
  readonly sid: PolicyEntry | undefined;
  readonly effectEntry: PolicyEntry | undefined;
  /** 'Allow' or 'Deny' when known and valid. */
  readonly effect: 'Allow' | 'Deny' | undefined;
  readonly principal: PrincipalElement | undefined;
  readonly action: ListElement | undefined;
  readonly resource: ListElement | undefined;
  readonly conditionEntry: PolicyEntry | undefined;
  readonly conditions: readonly ConditionClause[];
  /** The Condition element holds parts that are not known. */
  readonly conditionUnknown: boolean;
}

export interface PolicyView {
  readonly statementEntry: PolicyEntry | undefined;
  readonly statements: readonly StatementView[];
  /** Statements may exist that we cannot see (an unknown Statement value or item, a merged document). */
  readonly incomplete: boolean;
}

const cache = new WeakMap<PolicySource, PolicyView>();

export function policyView(source: PolicySource): PolicyView {
  let v = cache.get(source);
  if (!v) {
    v = buildView(source);
    cache.set(source, v);
  }
  return v;
}

function buildView(source: PolicySource): PolicyView {
  const root = source.root;
  if (root.kind !== 'object') return { statementEntry: undefined, statements: [], incomplete: true };
  const st = entry(root, 'Statement');
  const unknownKey = root.entries.some((e) => e.key === undefined);
  let nodes: PolicyNode[] = [];
  let incomplete = source.partial || unknownKey || !st;
  if (st) {
    if (st.value.kind === 'object') nodes = [st.value];
    else if (st.value.kind === 'array') nodes = [...st.value.items];
    else incomplete = true;
  }
  const statements: StatementView[] = [];
  nodes.forEach((n, index) => {
    if (n.kind === 'object') statements.push(statementView(n, index));
    else incomplete = true;
  });
  return { statementEntry: st, statements, incomplete };
}

function listElement(obj: PolicyObject, a: 'Action' | 'Resource'): ListElement | undefined {
  const notName = `Not${a}` as 'NotAction' | 'NotResource';
  const e = entry(obj, a) ?? entry(obj, notName);
  if (!e) return undefined;
  const items = stringItems(e.value);
  const unknown = e.value.kind === 'unknown' || hasUnknownItems(e.value) || items.some((i) => i.value === undefined && i.text === UNKNOWN_MARK);
  return { name: e.key as ListElement['name'], entry: e, items, unknown };
}

function principalElement(obj: PolicyObject): PrincipalElement | undefined {
  const e = entry(obj, 'Principal') ?? entry(obj, 'NotPrincipal');
  if (!e) return undefined;
  const principals: PrincipalRef[] = [];
  let unknown = e.value.kind === 'unknown';
  if (e.value.kind === 'string') {
    principals.push({ type: '*', node: e.value, identity: e.value.value === '*' ? { kind: 'everyone' } : e.value.value === undefined ? { kind: 'unknown' } : { kind: 'malformed', reason: 'A principal given as a string must be `"*"`; name others as `{ AWS = ... }`, `{ Service = ... }` or `{ Federated = ... }`.' } });
  } else if (e.value.kind === 'object') {
    for (const pe of e.value.entries) {
      if (pe.key === undefined || pe.value.kind === 'unknown' || hasUnknownItems(pe.value)) unknown = true;
      for (const s of stringItems(pe.value)) principals.push({ type: pe.key, node: s, identity: classifyPrincipal(pe.key, s.text) });
    }
  }
  if (principals.some((p) => p.identity.kind === 'unknown')) unknown = true;
  return { name: e.key as PrincipalElement['name'], entry: e, principals, unknown };
}

function statementView(obj: PolicyObject, index: number): StatementView {
  const effectEntry = entry(obj, 'Effect');
  const ev = effectEntry?.value;
  const effect = ev?.kind === 'string' && (ev.value === 'Allow' || ev.value === 'Deny') ? ev.value : undefined;
  const conditionEntry = entry(obj, 'Condition');
  const conditions: ConditionClause[] = [];
  let conditionUnknown = false;
  if (conditionEntry) {
    const c = conditionEntry.value;
    if (c.kind === 'object') {
      for (const oe of c.entries) {
        if (oe.key === undefined) conditionUnknown = true;
        const operator = oe.key !== undefined ? parseOperator(oe.key) : undefined;
        if (oe.value.kind === 'object') {
          for (const ke of oe.value.entries) {
            if (ke.key === undefined) conditionUnknown = true;
            conditions.push({ operatorEntry: oe, operator, keyEntry: ke, values: ke.value });
          }
        } else conditionUnknown = true;
      }
    } else conditionUnknown = true;
  }
  return {
    node: obj,
    index,
    sid: entry(obj, 'Sid'),
    effectEntry,
    effect,
    principal: principalElement(obj),
    action: listElement(obj, 'Action'),
    resource: listElement(obj, 'Resource'),
    conditionEntry,
    conditions,
    conditionUnknown,
  };
}

const ACCOUNT = `(\\d{12}|[^:]*${UNKNOWN_MARK}[^:]*)`;
const ARN = new RegExp(`^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$`);

/** What an `AWS`, `Service` or `Federated` principal value names. Text with unknown parts is never malformed. */
export function classifyPrincipal(type: string | undefined, text: string): PrincipalIdentity {
  const hasUnknown = text.includes(UNKNOWN_MARK);
  if (type === undefined) return { kind: 'unknown' };
  if (type === '*') return text === '*' ? { kind: 'everyone' } : hasUnknown ? { kind: 'unknown' } : { kind: 'malformed', reason: 'Only `"*"` may be given without a principal type.' };
  if (type === 'AWS') {
    if (text === '*') return { kind: 'everyone' };
    if (/^\d{12}$/.test(text)) return { kind: 'account-root', account: text };
    const m = ARN.exec(text);
    if (m) {
      const [, partition, service, region, account, resource] = m as unknown as [string, string, string, string, string, string];
      if (!new RegExp(`^${ACCOUNT}$`).test(account!)) {
        if (hasUnknown) return { kind: 'unknown' };
        return { kind: 'malformed', reason: /^\d+$/.test(account!) ? `The account ID \`${account}\` must be 12 digits.` : `\`${account}\` is not an account ID (12 digits).` };
      }
      if (!hasUnknown || !partition!.includes(UNKNOWN_MARK)) {
        if (!/^aws(-cn|-us-gov|-iso[a-z-]*)?$/.test(partition!) && !partition!.includes(UNKNOWN_MARK)) return { kind: 'malformed', reason: `\`${partition}\` is not an AWS partition (aws, aws-cn, aws-us-gov...).` };
        if (!['iam', 'sts'].includes(service!) && !service!.includes(UNKNOWN_MARK)) return { kind: 'malformed', reason: `An AWS principal ARN must be an IAM or STS ARN, not \`${service}\`.` };
        if (region !== '' && !region!.includes(UNKNOWN_MARK)) return { kind: 'malformed', reason: 'IAM and STS ARNs have an empty Region part (`arn:aws:iam::<account>:...`).' };
      }
      if (resource === 'root') return { kind: 'account-root', account: account!.includes(UNKNOWN_MARK) ? UNKNOWN_MARK : account! };
      if (resource!.includes(UNKNOWN_MARK)) return { kind: 'iam', account: account!.includes(UNKNOWN_MARK) ? UNKNOWN_MARK : account!, resource: resource! };
      if (!/^(user|role|assumed-role|federated-user|group)\/./.test(resource!)) return { kind: 'malformed', reason: `\`${resource}\` is not a principal: use \`root\`, \`user/<name>\`, \`role/<name>\` or \`assumed-role/<role>/<session>\`.` };
      return { kind: 'iam', account: account!.includes(UNKNOWN_MARK) ? UNKNOWN_MARK : account!, resource: resource! };
    }
    if (hasUnknown) return { kind: 'unknown' };
    // Unique IDs of users and roles (what a policy shows after the principal was deleted).
    if (/^(AIDA|AROA)[A-Z0-9]{12,}$/.test(text)) return { kind: 'iam', account: UNKNOWN_MARK, resource: text };
    if (/^\d+$/.test(text)) return { kind: 'malformed', reason: `The account ID \`${text}\` must be 12 digits.` };
    return { kind: 'malformed', reason: `\`${text}\` is neither an account ID, an IAM ARN nor \`"*"\`.` };
  }
  if (type === 'Service') {
    if (hasUnknown) return /^[^\s]*$/.test(text) ? { kind: 'service', name: text } : { kind: 'unknown' };
    if (/^([0-9a-z-]+\.){1,4}(amazonaws|amazon)\.com(\.cn)?$/.test(text)) return { kind: 'service', name: text };
    return { kind: 'malformed', reason: `\`${text}\` is not a service principal such as \`logs.amazonaws.com\`.` };
  }
  if (type === 'Federated') {
    if (hasUnknown) return { kind: 'federated', name: text };
    if (/^arn:aws[a-z-]*:iam::\d{12}:(saml-provider|oidc-provider)\/.+$/.test(text) || /^[a-z0-9.-]+\.[a-z]{2,}$/.test(text)) return { kind: 'federated', name: text };
    return { kind: 'malformed', reason: `\`${text}\` is not an identity provider: use a domain such as \`cognito-identity.amazonaws.com\` or an \`arn:aws:iam::<account>:saml-provider/...\` ARN.` };
  }
  if (type === 'CanonicalUser') return /^[0-9a-f]{64}$/.test(text) || hasUnknown ? { kind: 'unknown' } : { kind: 'malformed', reason: 'A canonical user ID is 64 hexadecimal characters.' };
  return { kind: 'unknown' };
}

/** The KMS actions an Action element covers (`*` and `kms:*` all of them); undefined when not fully known. */
export function coveredKmsActions(action: ListElement | undefined): KmsAction[] | undefined {
  if (!action || action.unknown || action.name !== 'Action') return undefined;
  const out = new Set<KmsAction>();
  for (const item of action.items) {
    if (item.value === undefined) return undefined;
    const v = item.value;
    if (v === '*') return matchKmsActions('*');
    const m = /^([^:]+):(.*)$/.exec(v);
    if (!m || m[1]!.toLowerCase() !== 'kms') continue;
    for (const a of matchKmsActions(m[2]!)) out.add(a);
  }
  return [...out];
}

/** Whether the statement may allow `kms:<name>`: true when its actions (or unknown ones) could include it. */
export function mayCoverAction(s: StatementView, name: string): boolean {
  const a = s.action;
  if (!a) return false;
  if (a.unknown) return true;
  const matches = (v: string | undefined) => {
    if (v === undefined) return true;
    if (v === '*') return true;
    const m = /^([^:]+):(.*)$/.exec(v);
    if (!m || m[1]!.toLowerCase() !== 'kms') return false;
    return matchKmsActions(m[2]!).some((x) => x.name === name) || /\u{E000}/u.test(m[2]!);
  };
  if (a.name === 'NotAction') return !a.items.some((i) => i.value !== undefined && matches(i.value));
  return a.items.some((i) => (i.value === undefined ? true : matches(i.value)));
}

/** Keys that narrow who may act through a statement with a wide principal. */
const NARROWING_KEYS = [
  'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:sourceaccount', 'aws:sourcearn',
  'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceip', 'aws:vpcsourceip', 'aws:userid', 'aws:username',
  'aws:principalservicename', 'aws:principalisawsservice', 'aws:calledvia', 'aws:calledviafirst', 'aws:calledvialast', 'aws:vpceaccount',
  'aws:vpceorgid', 'aws:vpceorgpaths', 'kms:calleraccount', 'kms:viaservice', 'kms:granteeprincipal', 'aws:resourceaccount',
  'aws:sourceowner',
  // S3 access-point delegation: the bucket lets in only requests made through the account's access points.
  's3:dataaccesspointaccount', 's3:dataaccesspointarn',
];

/** True when the statement has a condition that limits who can use it (or conditions we cannot read). */
export function hasNarrowingCondition(s: StatementView): boolean {
  if (s.conditionUnknown) return true;
  return s.conditions.some((c) => {
    if (c.keyEntry.key === undefined) return true;
    if (c.operator && (c.operator.operator.negated || c.operator.operator.family === 'Null')) return false;
    return NARROWING_KEYS.includes(c.keyEntry.key.toLowerCase());
  });
}

/** The catalog key of a condition clause, if known. */
export function clauseKey(c: ConditionClause) {
  return c.keyEntry.key !== undefined ? conditionKey(c.keyEntry.key) : undefined;
}
