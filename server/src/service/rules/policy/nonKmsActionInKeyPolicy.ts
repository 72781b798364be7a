import type { Rule } from '../rule';
import { eachPolicy } from './each';

export const nonKmsActionInKeyPolicy: Rule = {
  id: 'non-kms-action-in-key-policy',
  severity: 'warning',
  category: 'policy',
  policyKinds: ['key'],
  summary: 'Actions of other services in a key policy (they grant nothing).',
  docs: 'A key policy controls access to one KMS key, so only `kms:` actions mean anything in it. `s3:GetObject` in a key policy grants nothing; put it in an identity or bucket policy instead.',
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
        Action    = ["kms:Decrypt", "s3:GetObject"]
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
        Action    = ["kms:Decrypt"]
        Resource  = "*"
      },
    ]
  })
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (policy, view, report) => {
      if (policy.type !== 'key') return;
      for (const s of view.statements) {
        if (s.action?.name !== 'Action') continue;
        for (const item of s.action.items) {
          const m = item.value !== undefined ? /^([^:]+):/.exec(item.value) : null;
          if (m && m[1]!.toLowerCase() !== 'kms' && !/[*?]/.test(m[1]!)) report({ span: item.span, message: `"${item.value}" is a ${m[1]} action: a key policy only controls KMS actions, so it grants nothing here.` });
        }
      }
    });
  },
};
