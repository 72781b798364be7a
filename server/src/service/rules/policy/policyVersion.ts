import type { Rule } from '../rule';
import { addFirstEntry, replaceWithString } from '../../policy/edits';
import { entry } from '../../policy/model';
import { eachPolicy } from './each';

const CURRENT = '2012-10-17';

export const policyVersion: Rule = {
  id: 'policy-version',
  severity: 'warning',
  category: 'policy',
  summary: '`Version` missing or other than `2012-10-17`.',
  docs:
    'Without `Version`, or with the old `2008-10-17`, IAM evaluates the policy with the old language: policy variables such as `${aws:username}` ' +
    'are taken literally and newer features are missing. Always write `Version = "2012-10-17"`. ' +
    '(`aws_iam_policy_document` writes it for you when `version` is not set.)',
  examples: {
    fires: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2008-10-17"
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
    eachPolicy(ctx, (policy, _view, report) => {
      const root = policy.source.root;
      if (root.kind !== 'object' || root.entries.some((e) => e.key === undefined)) return;
      const v = entry(root, 'Version');
      if (!v) {
        if (policy.source.partial) return;
        report({
          span: { start: root.span.start, end: root.span.start + 1 },
          message: `The policy has no \`Version\`; add \`"${CURRENT}"\`.`,
          fixes: [{ title: `Set Version to "${CURRENT}"`, edits: [addFirstEntry(ctx.doc, policy.source, root, 'Version', CURRENT)], preferred: true }],
        });
        return;
      }
      if (v.value.kind === 'unknown' || (v.value.kind === 'string' && v.value.value === undefined)) return;
      if (v.value.kind === 'string' && v.value.value === CURRENT) return;
      const shown = v.value.kind === 'string' ? `\`"${v.value.value}"\`` : 'that value';
      report({
        span: v.value.span,
        message: `Version ${shown} is not the current policy language; use \`"${CURRENT}"\`.`,
        fixes: [{ title: `Set Version to "${CURRENT}"`, edits: [replaceWithString(policy.source, v.value, CURRENT)], preferred: true }],
      });
    });
  },
};
