import type { Rule } from '../rule';
import type { Fix, TextEdit } from '../../findings';
import { addEntry, indentAt, renderConditionBlock } from '../../policy/edits';
import { hasNarrowingCondition } from '../../policy/statements';
import { callerIdentityName, eachPolicy } from './each';

export const wildcardPrincipal: Rule = {
  id: 'wildcard-principal',
  severity: 'warning',
  category: 'policy',
  summary: '`Allow` to `"*"` or `AWS = "*"` without a condition that narrows who.',
  docs:
    'A principal of `"*"` is everyone: every AWS account and, for some operations, anonymous callers. In a key policy that is only safe with a ' +
    'condition that narrows who can use the statement: `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `kms:CallerAccount`, `kms:ViaService`, ' +
    '`aws:SourceAccount`/`aws:SourceArn`, `aws:SourceVpce`... The quick fix adds a `kms:CallerAccount` condition limited to this account.',
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
        const name = callerIdentityName(ctx) ?? 'current';
        const account = `\${data.aws_caller_identity.${name}.account_id}`;
        const edits: TextEdit[] = [];
        if (policy.source.form === 'document') {
          // A statement block may hold several condition blocks: add one.
          const block = policy.source.block.body.blocks.find((b) => b.span.start === s.node.span.start);
          if (block) {
            const last = [...block.body.attributes, ...block.body.blocks].sort((a, b) => b.span.end - a.span.end)[0];
            const at = last ? last.span.end : block.body.span.start;
            const indent = last ? indentAt(ctx.doc.text, last.span.start) : indentAt(ctx.doc.text, block.span.start) + '  ';
            edits.push({ span: { start: at, end: at }, newText: `\n\n${indent}${renderConditionBlock('StringEquals', 'kms:CallerAccount', [account], indent)}` });
          }
        } else if (!s.conditionEntry) {
          const e = addEntry(ctx.doc, policy.source, s.node, 'Condition', { StringEquals: { 'kms:CallerAccount': account } });
          if (e) edits.push(e);
        } else if (s.conditionEntry.value.kind === 'object') {
          // Conditions exist but none narrows who: add kms:CallerAccount beside them.
          const cond = s.conditionEntry.value;
          const equals = cond.entries.find((x) => x.key === 'StringEquals');
          const e = equals
            ? equals.value.kind === 'object'
              ? addEntry(ctx.doc, policy.source, equals.value, 'kms:CallerAccount', account)
              : undefined
            : addEntry(ctx.doc, policy.source, cond, 'StringEquals', { 'kms:CallerAccount': account });
          if (e) edits.push(e);
        }
        if (edits.length && !callerIdentityName(ctx)) edits.push({ span: { start: ctx.doc.text.length, end: ctx.doc.text.length }, newText: `${ctx.doc.text.endsWith('\n') ? '' : '\n'}\ndata "aws_caller_identity" "current" {}\n` });
        if (edits.length) fixes.push({ title: 'Add a condition limiting callers to this account (kms:CallerAccount)', edits });
        report({ span: star.node.span, message: 'Allows everyone ("*") without a condition that narrows who (aws:PrincipalOrgID, kms:CallerAccount, kms:ViaService, aws:SourceAccount...).', fixes });
      }
    });
  },
};
