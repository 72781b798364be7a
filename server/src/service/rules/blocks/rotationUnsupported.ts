import type { Rule } from '../rule';
import { keyConfig } from '../../blocks/keyModel';
import { specCanRotate } from '../../schema/facts';
import { blockRuleInput } from './support';

export const rotationUnsupported: Rule = {
  id: 'rotation-unsupported',
  severity: 'error',
  category: 'apply',
  summary: '`enable_key_rotation = true` on a key that cannot rotate: asymmetric, HMAC, or in a custom key store.',
  docs:
    'KMS rotates only symmetric encryption keys whose material it generated: not asymmetric or HMAC keys, keys with ' +
    'imported material, or keys in a custom key store. The provider accepts the setting and calls EnableKeyRotation ' +
    'after CreateKey, so the apply fails with the key already created and the resource tainted. The quick fix sets ' +
    '`enable_key_rotation = false`.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
  enable_key_rotation      = true
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (k.type !== 'aws_kms_key') continue;
      const key = keyConfig(k);
      if (!key || key.rotation.value !== true || !key.rotation.attr) continue;
      const spec = key.spec.value;
      let why: string | undefined;
      if (spec !== undefined && !specCanRotate(spec)) why = `${spec} keys are not symmetric encryption keys`;
      else if (key.customKeyStore) why = 'keys in a custom key store cannot rotate automatically';
      if (!why) continue;
      const attr = key.rotation.attr;
      ctx.report({
        span: attr.value.span,
        address: k.address,
        message: `Automatic rotation will fail at apply: ${why}. Only symmetric encryption keys with KMS-generated material rotate.`,
        fixes: [{ title: 'Set `enable_key_rotation = false`', edits: [{ span: attr.value.span, newText: 'false' }], preferred: true }],
      });
    }
  },
};
