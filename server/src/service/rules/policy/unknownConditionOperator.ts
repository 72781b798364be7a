import type { Rule } from '../rule';
import type { Fix } from '../../findings';
import { closest } from '../../text/closest';
import { allOperatorNames } from '../../iam/grammar';
import { renameKey } from '../../policy/edits';
import type { PolicyEntry } from '../../policy/model';
import { eachPolicy } from './each';

const operatorNames = allOperatorNames();

export const unknownConditionOperator: Rule = {
  id: 'unknown-condition-operator',
  severity: 'error',
  category: 'policy',
  summary: 'A condition operator that does not exist.',
  docs:
    'Condition operators are a fixed set: `StringEquals`, `StringLike`, `ArnLike`, `Bool`, `NumericLessThan`, `DateGreaterThan`, `IpAddress`, `Null` and their ' +
    'negated forms, each optionally with an `IfExists` suffix (not `Null`) and a `ForAnyValue:`/`ForAllValues:` prefix for multivalued keys. ' +
    'IAM and KMS reject a policy with any other operator.',
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
          StringEqual = { "kms:ViaService" = "s3.us-east-1.amazonaws.com" }
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
        const seen = new Set<PolicyEntry>();
        for (const c of s.conditions) {
          const e = c.operatorEntry;
          if (seen.has(e) || e.key === undefined || c.operator) continue;
          seen.add(e);
          const guess = closest(e.key, operatorNames);
          const fixes: Fix[] = guess ? [{ title: `Change to ${guess}`, edits: [renameKey(ctx.doc, policy.source, e, guess)], preferred: true }] : [];
          report({ span: e.keySpan, message: `Unknown condition operator "${e.key}"${guess ? `; did you mean "${guess}"?` : '.'}`, fixes });
        }
      }
    });
  },
};
