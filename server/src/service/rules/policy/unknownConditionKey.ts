import type { Rule } from '../rule';
import type { Fix } from '../../findings';
import { closest } from '../../text/closest';
import { allConditionKeyNames, conditionKey, isJudgedKeyPrefix } from '../../iam/catalog';
import { renameKey } from '../../policy/edits';
import { UNKNOWN_MARK } from '../../policy/model';
import { eachPolicy } from './each';

const keyNames = allConditionKeyNames().filter((k) => !k.includes('${') && !k.endsWith('/tag-key'));

export const unknownConditionKey: Rule = {
  id: 'unknown-condition-key',
  severity: 'warning',
  category: 'policy',
  summary: 'A `kms:` or `aws:` condition key that does not exist.',
  docs:
    'A condition on a key that is never in the request is never true (or, with negated operators and `IfExists`, always true), so a typo ' +
    'quietly changes who gets access. `kms:` and `aws:` keys are checked against the IAM catalog; keys written with a variable part ' +
    '(`kms:EncryptionContext:<key>`, `aws:ResourceTag/<tag>`, `aws:PrincipalTag/<tag>`) match by prefix. Other services\' keys are not judged.',
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
        Condition = {
          StringEquals = { "kms:ViaServices" = "s3.us-east-1.amazonaws.com" }
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
          StringEquals = { "kms:ViaService" = "s3.us-east-1.amazonaws.com" }
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
        for (const c of s.conditions) {
          const k = c.keyEntry.key;
          if (k === undefined || k.includes(UNKNOWN_MARK) || !isJudgedKeyPrefix(k) || conditionKey(k)) continue;
          const guess = closest(k, keyNames);
          const fixes: Fix[] = guess ? [{ title: `Change to ${guess}`, edits: [renameKey(ctx.doc, policy.source, c.keyEntry, guess)], preferred: true }] : [];
          report({ span: c.keyEntry.keySpan, message: `Unknown condition key "${k}"${guess ? `; did you mean "${guess}"?` : '.'}`, fixes });
        }
      }
    });
  },
};
