import type { Rule } from '../rule';
import { replaceString } from '../../policy/edits';
import { eachPolicy } from './each';

export const keyPolicyResource: Rule = {
  id: 'key-policy-resource',
  severity: 'warning',
  category: 'policy',
  policyKinds: ['key'],
  summary: 'A key policy `Resource` other than `"*"`.',
  docs: 'In a key policy, `Resource = "*"` means "this key": a key policy can only govern its own key. An ARN there (even the key\'s own) either matches this key or makes the statement apply to nothing; write `"*"`.',
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
        Action    = ["kms:Decrypt", "kms:Encrypt"]
        Resource  = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
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
      if (policy.type !== 'key') return;
      for (const s of view.statements) {
        if (s.resource?.name !== 'Resource') continue;
        for (const r of s.resource.items) {
          if (r.value === undefined && r.text.replace(/\uE000/g, '') === '') continue;
          if (r.value === '*') continue;
          report({ span: r.span, message: 'In a key policy the resource is always this key: write "*".', fixes: [{ title: 'Change to "*"', edits: [replaceString(policy.source, r, '*')], preferred: true }] });
        }
      }
    });
  },
};
