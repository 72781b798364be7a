import type { Rule } from '../rule';
import { UNKNOWN_MARK } from '../../policy/model';
import { mayCoverAction, type StatementView } from '../../policy/statements';
import { describePrincipal } from '../../policy/describe';
import { eachPolicy } from './each';

/** Accounts of the principals that administer the key (allowed kms:PutKeyPolicy): the key's own account(s). */
function ownAccounts(statements: readonly StatementView[]): Set<string> {
  const own = new Set<string>();
  for (const s of statements) {
    if (s.effect !== 'Allow' || s.principal?.name !== 'Principal' || !s.action || s.action.unknown || !mayCoverAction(s, 'PutKeyPolicy')) continue;
    for (const p of s.principal.principals) if (p.identity.kind === 'account-root' || p.identity.kind === 'iam') own.add(p.identity.account);
  }
  return own;
}

export const crossAccountAccess: Rule = {
  id: 'cross-account-access',
  severity: 'info',
  category: 'policy',
  policyKinds: ['key'],
  summary: '`Allow` to a principal of another account without conditions (names the account).',
  docs:
    'A key policy statement that allows a principal of another account lets that account use the key (its IAM policies must also allow it). ' +
    'That is often intended; the note makes it visible and suggests conditions (`kms:ViaService`, `aws:PrincipalOrgID`, encryption context). ' +
    'The key\'s own account is the one whose principals may administer the key (`kms:PutKeyPolicy`, usually through `kms:*` for the account root).',
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
        Principal = { AWS = "arn:aws:iam::444455556666:root" }
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
        Principal = { AWS = "arn:aws:iam::444455556666:root" }
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
      if (policy.type !== 'key') return;
      const own = ownAccounts(view.statements);
      if (own.size === 0) return;
      for (const s of view.statements) {
        if (s.effect !== 'Allow' || s.principal?.name !== 'Principal' || s.conditionEntry) continue;
        for (const p of s.principal.principals) {
          const id = p.identity;
          if (id.kind !== 'account-root' && id.kind !== 'iam') continue;
          if (id.account === UNKNOWN_MARK || own.has(id.account)) continue;
          const who = id.kind === 'account-root' ? `account ${id.account}` : describePrincipal(p);
          report({ span: p.node.span, message: `Allows ${who} (another account than the key's) without conditions.` });
        }
      }
    });
  },
};
