import type { Rule } from '../rule';
import type { Fix } from '../../findings';
import { replaceString } from '../../policy/edits';
import { eachPolicy } from './each';

export const policyEffect: Rule = {
  id: 'policy-effect',
  severity: 'error',
  category: 'policy',
  summary: '`Effect` other than `Allow` or `Deny` (case matters).',
  docs: 'A statement\'s `Effect` is exactly `"Allow"` or `"Deny"`. IAM and KMS reject any other value, including `"allow"` in lower case.',
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
        Effect    = "allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/app" }
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
      for (const s of view.statements) {
        const v = s.effectEntry?.value;
        if (v?.kind !== 'string' || v.value === undefined || s.effect) continue;
        const fixed = ['allow', 'deny'].includes(v.value.trim().toLowerCase()) ? (v.value.trim().toLowerCase() === 'allow' ? 'Allow' : 'Deny') : undefined;
        const fixes: Fix[] = fixed ? [{ title: `Change to "${fixed}"`, edits: [replaceString(policy.source, v, fixed)], preferred: true }] : [];
        report({ span: v.span, message: `Effect must be "Allow" or "Deny"${fixed ? ` (case matters): write "${fixed}"` : `, not ${JSON.stringify(v.value)}`}.`, fixes });
      }
    });
  },
};
