import type { Rule } from '../rule';
import { presentAttribute } from '../../blocks/kmsBlocks';
import { knownBool } from '../../blocks/values';
import { removeAttribute } from '../../blocks/edits';
import { blockRuleInput } from './support';

export const lockoutCheckBypassed: Rule = {
  id: 'lockout-check-bypassed',
  severity: 'warning',
  category: 'security',
  summary: '`bypass_policy_lockout_safety_check = true`: KMS will not stop a policy that locks everyone out of the key.',
  docs:
    'KMS normally refuses a key policy that would stop the caller from changing it again. With the check bypassed, ' +
    'a mistaken policy can make the key unmanageable for good, short of an AWS Support case. Leave it false unless ' +
    'a principal other than the caller is meant to be the only administrator.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation                = true
  bypass_policy_lockout_safety_check = true
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation = true
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (k.kind !== 'resource') continue;
      const a = presentAttribute(k.block.body, 'bypass_policy_lockout_safety_check');
      if (!a || knownBool(a.value) !== true) continue;
      ctx.report({
        span: a.value.span,
        address: k.address,
        message: 'The policy lockout safety check is bypassed: a wrong key policy could make this key unmanageable.',
        fixes: [{ title: 'Remove `bypass_policy_lockout_safety_check`', edits: [removeAttribute(ctx.doc.text, a)], preferred: true }],
      });
    }
  },
};
