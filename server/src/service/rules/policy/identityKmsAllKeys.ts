import type { Rule } from '../rule';
import { DECRYPTING_ACTIONS } from '../../iam/catalog';
import { statementActions } from '../../policy/describe';
import { eachPolicy } from './each';

export const identityKmsAllKeys: Rule = {
  id: 'identity-kms-all-keys',
  severity: 'warning',
  category: 'policy',
  policyKinds: ['identity'],
  summary: 'An identity policy allowing KMS write or decrypt actions on `Resource = "*"`.',
  docs:
    'In an identity policy, `Resource = "*"` means every KMS key in every account whose key policy trusts this account. Allowing `kms:Decrypt` ' +
    'or other write actions there lets the identity use keys it was never meant to. Name the keys (`aws_kms_key.x.arn`), or add a condition ' +
    '(`kms:ViaService`, `aws:ResourceTag/...`). List and Read actions such as `kms:ListKeys`, and actions that take no key (`kms:CreateKey`, `kms:GenerateRandom`), need `"*"` and are not reported.',
  examples: {
    fires: `resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DecryptAppData"
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource = "*"
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
        Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      },
    ]
  })
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (policy, view, report) => {
      if (policy.type !== 'identity') return;
      for (const s of view.statements) {
        if (s.effect !== 'Allow' || s.conditionEntry || s.resource?.name !== 'Resource') continue;
        const star = s.resource.items.find((r) => r.value === '*' || r.value === 'arn:aws:kms:*:*:key/*');
        if (!star) continue;
        const { kms } = statementActions(s);
        // Actions without a key resource (CreateKey, GenerateRandom, custom key stores) need "*": they are not about keys.
        const onKeys = kms.filter((a) => a.resourceTypes.some((r) => r.name === 'key'));
        const risky = onKeys.filter((a) => a.accessLevel === 'Write' || a.accessLevel === 'Permissions management' || DECRYPTING_ACTIONS.has(a.name));
        if (!risky.length) continue;
        const names = risky.length > 3 ? `${risky.slice(0, 3).map((a) => `kms:${a.name}`).join(', ')} and ${risky.length - 3} more` : risky.map((a) => `kms:${a.name}`).join(', ');
        report({ span: star.span, message: `Allows ${names} on every KMS key ("${star.value}"): name the keys or add a condition.` });
      }
    });
  },
};
