import type { Rule } from '../rule';
import { keyConfig } from '../../blocks/keyModel';
import { setArgument } from '../../blocks/edits';
import { blockRuleInput, typeLabelSpan } from './support';

export const keyRotationDisabled: Rule = {
  id: 'key-rotation-disabled',
  severity: 'warning',
  category: 'security',
  summary: 'A symmetric encryption key without automatic rotation.',
  docs:
    'Rotating key material limits how much data one key version protects; CIS AWS 3.6 and most compliance baselines ' +
    'ask for it on customer managed symmetric keys. Rotation is free of downtime: old material stays available for ' +
    'decryption. The quick fix sets `enable_key_rotation = true`.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
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
      if (k.type !== 'aws_kms_key') continue;
      const key = keyConfig(k);
      if (!key || key.customKeyStore) continue;
      if (key.spec.value !== 'SYMMETRIC_DEFAULT' || key.usage.value !== 'ENCRYPT_DECRYPT') continue;
      if (key.rotation.value !== false) continue;
      ctx.report({
        span: key.rotation.attr ? key.rotation.attr.value.span : typeLabelSpan(k),
        address: k.address,
        message: 'Automatic key rotation is off for this symmetric encryption key.',
        fixes: [{ title: 'Set `enable_key_rotation = true`', edits: [setArgument(ctx.doc.text, k.block, 'enable_key_rotation', 'true')], preferred: true }],
      });
    }
  },
};
