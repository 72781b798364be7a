import type { Rule } from '../rule';
import { replaceString } from '../../policy/edits';
import { eachPolicy } from './each';

export const invalidSid: Rule = {
  id: 'invalid-sid',
  severity: 'error',
  category: 'policy',
  summary: 'A `Sid` the policy type rejects (identity policies allow only letters and digits).',
  docs:
    'IAM identity policies accept only ASCII letters and digits in a `Sid`: no spaces, hyphens or underscores. Key policies are more lenient ' +
    '(the standard "Enable IAM User Permissions" has spaces), so only identity policies are checked, plus control characters anywhere.',
  examples: {
    fires: `resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Decrypt app data"
        Effect   = "Allow"
        Action   = "kms:Decrypt"
        Resource = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      },
    ]
  })
}
`,
    fixed: `resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DecryptAppData"
        Effect   = "Allow"
        Action   = "kms:Decrypt"
        Resource = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      },
    ]
  })
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (policy, view, report) => {
      for (const s of view.statements) {
        const v = s.sid?.value;
        if (v?.kind !== 'string' || v.value === undefined) continue;
        if (/[\u0000-\u001f]/.test(v.value)) report({ span: v.span, message: 'A Sid cannot contain control characters.' });
        else if (policy.type === 'identity' && !/^[A-Za-z0-9]*$/.test(v.value)) {
          // "Allow KMS use" -> "AllowKMSUse": keep the words readable.
          const fixed = v.value.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
          report({
            span: v.span,
            message: `Identity policies allow only letters and digits in a Sid: ${JSON.stringify(v.value)} is rejected.`,
            fixes: fixed ? [{ title: `Change to "${fixed}"`, edits: [replaceString(policy.source, v, fixed)], preferred: true }] : [],
          });
        }
      }
    });
  },
};
