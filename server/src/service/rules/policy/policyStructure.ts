import type { Rule } from '../rule';
import type { Fix } from '../../findings';
import { closest } from '../../text/closest';
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../../iam/grammar';
import { DOCUMENT_STATEMENT_ATTRIBUTES, DOCUMENT_STATEMENT_BLOCKS } from '../../policy/fromHcl';
import { renameKey } from '../../policy/edits';
import { entry, type Policy, type PolicyEntry, type PolicyNode, type PolicyObject } from '../../policy/model';
import { eachPolicy, elementName, type PolicyReport } from './each';

const STATEMENT_KEYS = Object.keys(STATEMENT_ELEMENTS);
const TOP_KEYS = Object.keys(POLICY_ELEMENTS);
const DOCUMENT_KEYS = [...Object.keys(DOCUMENT_STATEMENT_ATTRIBUTES), ...Object.keys(DOCUMENT_STATEMENT_BLOCKS), 'dynamic'];

const opening = (n: PolicyNode) => ({ start: n.span.start, end: n.span.start + 1 });

const describe = (n: PolicyNode) => (n.kind === 'array' ? 'a list' : n.kind === 'object' ? 'an object' : n.kind === 'string' ? 'a string' : n.kind === 'number' ? 'a number' : n.kind === 'bool' ? 'a boolean' : 'null');

function isStringOrList(n: PolicyNode): boolean {
  if (n.kind === 'string' || n.kind === 'unknown') return true;
  return n.kind === 'array' && n.items.every((i) => i.kind === 'string' || i.kind === 'unknown');
}

function isScalarOrList(n: PolicyNode): boolean {
  const scalar = (x: PolicyNode) => x.kind === 'string' || x.kind === 'number' || x.kind === 'bool' || x.kind === 'unknown';
  return scalar(n) || (n.kind === 'array' && n.items.every(scalar));
}

export const policyStructure: Rule = {
  id: 'policy-structure',
  severity: 'error',
  category: 'policy',
  summary: 'Unknown or misplaced policy elements, wrong value shapes, and statements missing a required element.',
  docs:
    'A policy is an object with `Version`, an optional `Id` and `Statement`; each statement has `Effect`, `Action` or `NotAction`, ' +
    '`Resource` or `NotResource`, optional `Sid` and `Condition`, and, in key policies, `Principal` or `NotPrincipal`. Identity policies ' +
    '(aws_iam_policy and the inline role, user and group policies) must not name a principal: the identity they are attached to is the principal. ' +
    'Element names are case-sensitive. KMS accepts a statement without `Action` or `Resource` but it has no effect, so it is almost always a mistake.',
  examples: {
    fires: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdmin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "AppUse"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/app" }
        Resource  = "*"
      },
    ]
  })
}
`,
    fixed: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdmin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "AppUse"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/app" }
        Action    = ["kms:Decrypt", "kms:Encrypt"]
        Resource  = "*"
      },
    ]
  })
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (policy, view, report) => {
      const root = policy.source.root;
      if (root.kind !== 'object') {
        if (root.kind !== 'unknown') report({ span: root.span, message: `A policy document is an object with \`Version\` and \`Statement\`, not ${describe(root)}.` });
        return;
      }
      duplicateKeys(policy, root, report);
      for (const e of root.entries) {
        if (e.key === undefined || TOP_KEYS.includes(e.key)) continue;
        if (STATEMENT_KEYS.includes(e.key)) report({ span: e.keySpan, message: `\`${e.key}\` belongs inside a statement, not at the top of the policy.` });
        else unknownKey(ctx.doc, policy, e, TOP_KEYS, 'policy', report);
      }
      const version = entry(root, 'Version');
      if (version && version.value.kind !== 'string' && version.value.kind !== 'unknown') report({ span: version.value.span, message: '`Version` must be a string, `"2012-10-17"`.' });
      const st = view.statementEntry;
      if (!st) {
        if (!root.entries.some((e) => e.key === undefined) && !policy.source.partial) report({ span: opening(root), message: 'The policy has no `Statement`.' });
        return;
      }
      if (st.value.kind !== 'object' && st.value.kind !== 'array' && st.value.kind !== 'unknown') {
        report({ span: st.value.span, message: `\`Statement\` must be a statement object or a list of them, not ${describe(st.value)}.` });
        return;
      }
      if (st.value.kind === 'array') {
        for (const item of st.value.items) {
          if (item.kind !== 'object' && item.kind !== 'unknown') report({ span: item.span, message: `A statement must be an object, not ${describe(item)}.` });
        }
      }
      for (const s of view.statements) {
        const obj = s.node;
        duplicateKeys(policy, obj, report);
        const keys = policy.source.form === 'document' ? DOCUMENT_KEYS : STATEMENT_KEYS;
        // A misspelt element explains the missing one: say it once, at the misspelling.
        const meant = new Set<string>();
        for (const e of obj.entries) {
          if (e.key === undefined || STATEMENT_KEYS.includes(e.key)) continue;
          if (TOP_KEYS.includes(e.key)) report({ span: e.keySpan, message: `\`${e.key}\` belongs at the top of the policy, not inside a statement.` });
          else {
            const s = unknownKey(ctx.doc, policy, e, keys, 'statement', report);
            if (s) meant.add(policy.source.form === 'document' ? (DOCUMENT_STATEMENT_ATTRIBUTES[s] ?? DOCUMENT_STATEMENT_BLOCKS[s] ?? s) : s);
          }
        }
        if (obj.entries.some((e) => e.key === undefined)) continue;
        const has = (k: string) => !!entry(obj, k) || meant.has(k);
        const at = policy.source.form === 'document' ? s.node.span : opening(obj);
        const docAt = policy.source.form === 'document' ? { start: s.node.span.start, end: s.node.span.start + 'statement'.length } : at;
        if (!has('Effect')) report({ span: docAt, message: 'The statement has no `Effect` (`"Allow"` or `"Deny"`).' });
        for (const [a, b] of [['Action', 'NotAction'], ['Resource', 'NotResource']] as const) {
          if (!has(a) && !has(b)) {
            // Every statement needs an action. A resource: identity policies (IAM rejects the statement), key policies
            // (KMS accepts it, but the statement does nothing); trust policies have none, other services vary.
            if (a === 'Action') report({ span: docAt, message: `The statement has no \`${elementName(policy, a)}\` or \`${elementName(policy, b)}\`.` });
            else if (policy.type === 'identity') report({ span: docAt, message: `The statement has no \`${elementName(policy, a)}\` or \`${elementName(policy, b)}\`.` });
            else if (policy.type === 'key') report({ span: docAt, severity: 'warning', message: `The statement has no \`${elementName(policy, a)}\` or \`${elementName(policy, b)}\`: KMS accepts it, but it has no effect.` });
          }
          if (has(a) && has(b)) report({ span: entry(obj, b)!.keySpan, message: `\`${elementName(policy, a)}\` and \`${elementName(policy, b)}\` cannot both be in one statement.` });
        }
        if (policy.type === 'trust') {
          const r = entry(obj, 'Resource') ?? entry(obj, 'NotResource');
          if (r) report({ span: r.keySpan, message: `A trust policy names no resource (the role is the resource); IAM rejects \`${elementName(policy, r.key!)}\` here.` });
        }
        if (has('Principal') && has('NotPrincipal')) report({ span: entry(obj, 'NotPrincipal')!.keySpan, message: `\`${elementName(policy, 'Principal')}\` and \`${elementName(policy, 'NotPrincipal')}\` cannot both be in one statement.` });
        const p = entry(obj, 'Principal') ?? entry(obj, 'NotPrincipal');
        if (policy.type === 'key' && !p) report({ span: docAt, message: `A key policy statement must name a principal (\`${elementName(policy, 'Principal')}\`).` });
        if ((policy.type === 'trust' || (policy.type === 'resource' && policy.label !== 'VPC endpoint policy')) && !p) {
          report({ span: docAt, message: `A statement of a ${policy.type === 'trust' ? 'trust' : 'resource'} policy must name a principal (\`${elementName(policy, 'Principal')}\`).` });
        }
        if (policy.type === 'identity' && p) report({ span: p.keySpan, message: `An identity policy cannot name a principal: it applies to the user, group or role it is attached to. Remove \`${elementName(policy, p.key!)}\`.` });
        for (const k of ['Sid', 'Effect'] as const) {
          const e = entry(obj, k);
          if (e && e.value.kind !== 'string' && e.value.kind !== 'unknown') report({ span: e.value.span, message: `\`${k}\` must be a string.` });
        }
        for (const k of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
          const e = entry(obj, k);
          if (e && !isStringOrList(e.value)) report({ span: e.value.span, message: `\`${elementName(policy, k)}\` must be a string or a list of strings.` });
        }
        if (p) principalShape(p, report);
        const c = entry(obj, 'Condition');
        if (c) conditionShape(c, report);
      }
    });
  },
};

/** Reports an unknown element; returns the suggested name, if any. */
function unknownKey(doc: Parameters<typeof renameKey>[0], policy: Policy, e: PolicyEntry, candidates: readonly string[], where: string, report: (r: PolicyReport) => void): string | undefined {
  const suggestion = closest(e.key!, candidates);
  const fixes: Fix[] = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [renameKey(doc, policy.source, e, suggestion)], preferred: true }] : [];
  const what = policy.source.form === 'document' && where === 'statement' ? 'A `statement` block has no argument or block' : `Unknown ${where} element`;
  report({ span: e.keySpan, message: `${what} \`${e.key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`, fixes });
  return suggestion;
}

function duplicateKeys(policy: Policy, obj: PolicyObject, report: (r: PolicyReport) => void): void {
  if (policy.source.form !== 'json') return;
  const seen = new Set<string>();
  for (const e of obj.entries) {
    if (e.key === undefined) continue;
    if (seen.has(e.key)) report({ span: e.keySpan, message: `\`${e.key}\` appears twice in the same object; only one is kept.` });
    seen.add(e.key);
  }
}

function principalShape(p: PolicyEntry, report: (r: PolicyReport) => void): void {
  const v = p.value;
  if (v.kind === 'string' || v.kind === 'unknown') return;
  if (v.kind !== 'object') {
    report({ span: v.span, message: `\`${p.key}\` must be \`"*"\` or an object such as \`{ AWS = [...] }\`, not ${describe(v)}.` });
    return;
  }
  for (const e of v.entries) if (!isStringOrList(e.value)) report({ span: e.value.span, message: `Principals of type \`${e.key}\` must be a string or a list of strings.` });
}

function conditionShape(c: PolicyEntry, report: (r: PolicyReport) => void): void {
  const v = c.value;
  if (v.kind === 'unknown') return;
  if (v.kind !== 'object') {
    report({ span: v.span, message: '`Condition` must be an object of operators, such as `{ StringEquals = { "kms:ViaService" = "..." } }`.' });
    return;
  }
  for (const op of v.entries) {
    if (op.value.kind === 'unknown') continue;
    if (op.value.kind !== 'object') {
      report({ span: op.value.span, message: `The value of \`${op.key}\` must be an object of condition keys and their values.` });
      continue;
    }
    for (const k of op.value.entries) {
      if (!isScalarOrList(k.value)) report({ span: k.value.span, message: `The value of \`${k.key}\` must be a string, number, boolean or a list of them.` });
    }
  }
}
