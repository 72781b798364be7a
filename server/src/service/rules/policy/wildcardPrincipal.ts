import type { Rule } from '../rule';
import type { Fix, TextEdit } from '../../findings';
import { addEntry, indentAt, renderConditionBlock } from '../../policy/edits';
import { hasNarrowingCondition } from '../../policy/statements';
import { callerIdentityName, eachPolicy, organizationName } from './each';

export const wildcardPrincipal: Rule = {
  id: 'wildcard-principal',
  severity: 'warning',
  category: 'policy',
  policyKinds: ['key', 'trust', 'resource', 'unknown'],
  summary: '`Allow` to `"*"` or `AWS = "*"` without a condition that narrows who.',
  docs:
    'A principal of `"*"` is everyone: every AWS account and, for some operations, anonymous callers. In a key policy that is only safe with a ' +
    'condition that narrows who can use the statement: `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `kms:CallerAccount`, `kms:ViaService`, ' +
    '`aws:SourceAccount`/`aws:SourceArn`, `aws:SourceVpce`... (condition key names are case-insensitive). Trust policies and other ' +
    "services' resource policies are checked too. The quick fix adds, in a key policy, a `kms:CallerAccount` condition limited to this " +
    'account; elsewhere an `aws:PrincipalOrgID` condition limited to this organization.',
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
        Principal = "*"
        Action    = ["kms:Decrypt", "kms:Encrypt"]
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
        Principal = "*"
        Action    = ["kms:Decrypt", "kms:Encrypt"]
        Resource  = "*"
        Condition = {
          StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" }
        }
      },
    ]
  })
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (policy, view, report) => {
      for (const s of view.statements) {
        if (s.effect !== 'Allow' || s.principal?.name !== 'Principal' || hasNarrowingCondition(s)) continue;
        const star = s.principal.principals.find((p) => p.identity.kind === 'everyone');
        if (!star) continue;
        const fixes: Fix[] = [];
        // A key policy: callers of this account (kms:CallerAccount). Other kinds: principals of this organization.
        const isKey = policy.type === 'key';
        const name = isKey ? (callerIdentityName(ctx) ?? 'current') : (organizationName(ctx) ?? 'current');
        const conditionKey = isKey ? 'kms:CallerAccount' : 'aws:PrincipalOrgID';
        const value = isKey ? `\${data.aws_caller_identity.${name}.account_id}` : `\${data.aws_organizations_organization.${name}.id}`;
        const edits: TextEdit[] = [];
        if (policy.source.form === 'document') {
          // A statement block may hold several condition blocks: add one.
          const block = policy.source.block.body.blocks.find((b) => b.span.start === s.node.span.start);
          if (block) {
            const last = [...block.body.attributes, ...block.body.blocks].sort((a, b) => b.span.end - a.span.end)[0];
            const at = last ? last.span.end : block.body.span.start;
            const indent = last ? indentAt(ctx.doc.text, last.span.start) : indentAt(ctx.doc.text, block.span.start) + '  ';
            edits.push({ span: { start: at, end: at }, newText: `\n\n${indent}${renderConditionBlock('StringEquals', conditionKey, [value], indent)}` });
          }
        } else if (!s.conditionEntry) {
          const e = addEntry(ctx.doc, policy.source, s.node, 'Condition', { StringEquals: { [conditionKey]: value } });
          if (e) edits.push(e);
        } else if (s.conditionEntry.value.kind === 'object') {
          // Conditions exist but none narrows who: add the key beside them.
          const cond = s.conditionEntry.value;
          const equals = cond.entries.find((x) => x.key === 'StringEquals');
          const e = equals
            ? equals.value.kind === 'object'
              ? addEntry(ctx.doc, policy.source, equals.value, conditionKey, value)
              : undefined
            : addEntry(ctx.doc, policy.source, cond, 'StringEquals', { [conditionKey]: value });
          if (e) edits.push(e);
        }
        const declared = isKey ? callerIdentityName(ctx) : organizationName(ctx);
        const dataBlock = isKey ? 'data "aws_caller_identity" "current" {}' : 'data "aws_organizations_organization" "current" {}';
        if (edits.length && !declared) edits.push({ span: { start: ctx.doc.text.length, end: ctx.doc.text.length }, newText: `${ctx.doc.text.endsWith('\n') ? '' : '\n'}\n${dataBlock}\n` });
        if (edits.length) fixes.push({ title: isKey ? 'Add a condition limiting callers to this account (kms:CallerAccount)' : 'Add a condition limiting principals to this organization (aws:PrincipalOrgID)', edits });
        report({ span: star.node.span, message: 'Allows everyone ("*") without a condition that narrows who (aws:PrincipalOrgID, kms:CallerAccount, kms:ViaService, aws:SourceAccount...).', fixes });
      }
    });
  },
};
