import type { Rule } from '../rule';
import { eachPolicy } from './each';

export const notPrincipalAllow: Rule = {
  id: 'notprincipal-allow',
  severity: 'warning',
  category: 'policy',
  policyKinds: ['key', 'trust', 'resource', 'unknown'],
  summary: '`Allow` with `NotPrincipal`.',
  docs: '`NotPrincipal` with `Allow` grants access to every principal in the world except the listed ones, anonymous callers included. Name the principals to allow with `Principal` instead; keep `NotPrincipal` for `Deny`.',
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
        Sid          = "AllButAuditors"
        Effect       = "Allow"
        NotPrincipal = { AWS = "arn:aws:iam::111122223333:role/auditor" }
        Action       = "kms:Decrypt"
        Resource     = "*"
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
        Action    = "kms:Decrypt"
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
        if (s.effect === 'Allow' && s.principal?.name === 'NotPrincipal') report({ span: s.principal.entry.keySpan, message: 'Allow with NotPrincipal grants access to everyone except the listed principals; use Principal.' });
      }
    });
  },
};
