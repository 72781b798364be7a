import type { Rule } from '../rule';
import { eachPolicy } from './each';

export const duplicateSid: Rule = {
  id: 'duplicate-sid',
  severity: 'warning',
  category: 'policy',
  summary: 'Two statements of one policy share a `Sid`.',
  docs: 'A `Sid` names a statement; IAM rejects duplicates in identity policies, and in a key policy they make statements impossible to tell apart in reviews and logs. Give each statement its own.',
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
        Resource  = "*"
      },
      {
        Sid       = "AppUse"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/app" }
        Action    = "kms:DescribeKey"
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
      {
        Sid       = "AppDescribe"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/app" }
        Action    = "kms:DescribeKey"
        Resource  = "*"
      },
    ]
  })
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (_policy, view, report) => {
      const seen = new Map<string, number>();
      for (const s of view.statements) {
        const v = s.sid?.value;
        if (v?.kind !== 'string' || v.value === undefined || v.value === '') continue;
        const first = seen.get(v.value);
        if (first !== undefined) report({ span: v.span, message: `Sid "${v.value}" is already used by statement ${first + 1}.` });
        else seen.set(v.value, s.index);
      }
    });
  },
};
