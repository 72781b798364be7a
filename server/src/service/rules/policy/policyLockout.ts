import type { Rule } from '../rule';
import type { TextEdit } from '../../findings';
import { addStatement } from '../../policy/edits';
import { mayCoverAction } from '../../policy/statements';
import { callerIdentityName, eachPolicy } from './each';

export const policyLockout: Rule = {
  id: 'policy-lockout',
  severity: 'error',
  category: 'policy',
  policyKinds: ['key'],
  summary: 'No statement lets a non-service principal call `kms:PutKeyPolicy`: KMS refuses the policy, or the key becomes unmanageable.',
  docs:
    'KMS requires that the principal setting a key policy can change it again, unless `bypass_policy_lockout_safety_check` is true; then the key ' +
    'can no longer be managed by anyone (only AWS Support can help). A key policy needs a statement allowing `kms:PutKeyPolicy` (directly, through ' +
    '`kms:*` or a wildcard) to an account root, user or role. The quick fix adds the standard statement giving the account root `kms:*`, which ' +
    'delegates key access to IAM policies.',
  examples: {
    fires: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
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
    eachPolicy(ctx, (policy, view, report) => {
      if (policy.type !== 'key' || view.incomplete || !view.statementEntry) return;
      const ok = view.statements.some((s) => {
        if (s.effect === undefined && s.effectEntry) return true; // unknown effect: cannot tell
        if (s.effect !== 'Allow' || s.principal?.name !== 'Principal') return false;
        if (!mayCoverAction(s, 'PutKeyPolicy')) return false;
        if (s.principal.unknown) return true;
        return s.principal.principals.some((p) => p.type === 'AWS' || (p.type === '*' && p.identity.kind === 'everyone'));
      });
      if (ok) return;
      const name = callerIdentityName(ctx) ?? 'current';
      const edits: TextEdit[] = [];
      const add = addStatement(ctx.doc, policy.source, {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::\${data.aws_caller_identity.${name}.account_id}:root` },
        Action: 'kms:*',
        Resource: '*',
      });
      if (add) {
        edits.push(add);
        if (!callerIdentityName(ctx)) edits.push({ span: { start: ctx.doc.text.length, end: ctx.doc.text.length }, newText: `${ctx.doc.text.endsWith('\n') ? '' : '\n'}\ndata "aws_caller_identity" "current" {}\n` });
      }
      report({
        span: view.statementEntry.keySpan,
        message: 'No statement allows an account root, user or role to call kms:PutKeyPolicy: KMS refuses this policy, or (with the lockout safety check bypassed) nobody can manage the key.',
        fixes: edits.length ? [{ title: 'Add the account-root statement (kms:* for this account)', edits, preferred: true }] : [],
      });
    });
  },
};
