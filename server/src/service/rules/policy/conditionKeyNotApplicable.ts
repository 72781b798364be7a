import type { Rule } from '../rule';
import { actionSupportsKey } from '../../iam/catalog';
import { clauseKey, coveredKmsActions } from '../../policy/statements';
import { eachPolicy } from './each';

export const conditionKeyNotApplicable: Rule = {
  id: 'condition-key-not-applicable',
  severity: 'warning',
  category: 'policy',
  summary: 'A KMS condition key that none of the statement\'s actions supports.',
  docs:
    'KMS sets a condition key only in requests for the actions that support it: `kms:EncryptionContext:*` for cryptographic operations, ' +
    '`kms:GrantOperations` for CreateGrant, and so on. A condition on a key none of the statement\'s actions supports is never met with a ' +
    'positive operator (the statement never applies) and always met with a negated one. Checked only when every action of the statement is known.',
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
        Action    = "kms:DescribeKey"
        Resource  = "*"
        Condition = {
          StringEquals = { "kms:EncryptionContext:app" = "billing" }
        }
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
        Condition = {
          StringEquals = { "kms:EncryptionContext:app" = "billing" }
        }
      },
    ]
  })
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (_policy, view, report) => {
      for (const s of view.statements) {
        const actions = coveredKmsActions(s.action);
        if (!actions || actions.length === 0) continue;
        for (const c of s.conditions) {
          const key = clauseKey(c);
          if (!key || !key.name.toLowerCase().startsWith('kms:')) continue;
          if (actions.some((a) => actionSupportsKey(a, key))) continue;
          const listed = actions.length <= 3 ? actions.map((a) => `kms:${a.name}`).join(', ') : `${actions.length} actions`;
          report({ span: c.keyEntry.keySpan, message: `${c.keyEntry.key} is not set in requests for ${listed}: no action of this statement supports it.` });
        }
      }
    });
  },
};
