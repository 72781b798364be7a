import type { Rule } from '../rule';
import { keyConfig } from '../../blocks/keyModel';
import { blockRuleInput } from './support';

export const rotationPeriodWithoutRotation: Rule = {
  id: 'rotation-period-without-rotation',
  severity: 'warning',
  category: 'apply',
  summary: '`rotation_period_in_days` while `enable_key_rotation` is false.',
  docs:
    'The rotation period is sent to KMS only when rotation is enabled, so with `enable_key_rotation = false` it does ' +
    'nothing. (With `enable_key_rotation` absent the provider rejects the configuration: see conflicting-attributes.) ' +
    'The quick fix sets `enable_key_rotation = true`.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation     = false
  rotation_period_in_days = 180
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation     = true
  rotation_period_in_days = 180
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (k.type !== 'aws_kms_key') continue;
      const key = keyConfig(k);
      const period = key?.rotationPeriod;
      if (!key || !period || !key.rotation.attr || key.rotation.value !== false) continue;
      ctx.report({
        span: period.nameSpan,
        address: k.address,
        message: '`rotation_period_in_days` has no effect: `enable_key_rotation` is false.',
        fixes: [{ title: 'Set `enable_key_rotation = true`', edits: [{ span: key.rotation.attr.value.span, newText: 'true' }], preferred: true }],
      });
    }
  },
};
