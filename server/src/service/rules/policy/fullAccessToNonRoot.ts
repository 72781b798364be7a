import type { Rule } from '../rule';
import { eachPolicy } from './each';
import { describePrincipal } from '../../policy/describe';

export const fullAccessToNonRoot: Rule = {
  id: 'full-access-to-non-root',
  severity: 'warning',
  category: 'policy',
  policyKinds: ['key'],
  summary: '`kms:*` allowed to a principal other than an account root.',
  docs:
    '`kms:*` includes `kms:PutKeyPolicy`, `kms:ScheduleKeyDeletion` and `kms:CreateGrant`: whoever has it can take the key over or destroy it. ' +
    'The usual pattern gives `kms:*` only to the account root (which delegates to IAM policies) and lists the actions each other principal needs.',
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
        Action    = "kms:*"
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
    eachPolicy(ctx, (_policy, view, report) => {
      for (const s of view.statements) {
        if (s.effect !== 'Allow' || s.principal?.name !== 'Principal' || s.action?.name !== 'Action') continue;
        const all = s.action.items.find((i) => i.value === 'kms:*' || i.value === '*');
        if (!all) continue;
        for (const p of s.principal.principals) {
          const k = p.identity.kind;
          if (k === 'account-root' || k === 'unknown' || k === 'malformed') continue;
          report({ span: all.span, message: `Grants ${all.value} to ${describePrincipal(p)}, not an account root: list only the actions it needs.` });
        }
      }
    });
  },
};
