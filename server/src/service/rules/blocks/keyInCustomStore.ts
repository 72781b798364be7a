import type { Rule } from '../rule';
import { keyConfig } from '../../blocks/keyModel';
import { removeAttribute } from '../../blocks/edits';
import { blockRuleInput } from './support';

export const keyInCustomStore: Rule = {
  id: 'key-in-custom-store',
  severity: 'error',
  category: 'apply',
  summary: 'A key in a custom key store that is not a symmetric encryption key, or is multi-Region.',
  docs:
    'Keys in a CloudHSM or external key store must be single-Region symmetric encryption keys (SYMMETRIC_DEFAULT, ' +
    'ENCRYPT_DECRYPT). The provider does not check it; CreateKey fails at apply time. (Such keys cannot rotate ' +
    'either: rotation-unsupported reports that.)',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  custom_key_store_id = "cks-1234567890abcdef0"
  xks_key_id          = var.xks_key_id
  multi_region        = true
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  custom_key_store_id = "cks-1234567890abcdef0"
  xks_key_id          = var.xks_key_id
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (k.type !== 'aws_kms_key') continue;
      const key = keyConfig(k);
      if (!key?.customKeyStore) continue;
      const spec = key.spec.value;
      if (spec !== undefined && spec !== 'SYMMETRIC_DEFAULT' && key.spec.attr) {
        ctx.report({
          span: key.spec.attr.value.span,
          address: k.address,
          message: `A key in a custom key store must be SYMMETRIC_DEFAULT, not ${spec}; KMS rejects it at apply time.`,
          fixes: [{ title: 'Remove `customer_master_key_spec`', edits: [removeAttribute(ctx.doc.text, key.spec.attr)], preferred: true }],
        });
      } else if (key.usage.value !== undefined && key.usage.value !== 'ENCRYPT_DECRYPT' && key.usage.attr) {
        ctx.report({ span: key.usage.attr.value.span, address: k.address, message: `A key in a custom key store must be an ENCRYPT_DECRYPT key, not ${key.usage.value}.` });
      }
      if (key.multiRegion.value === true && key.multiRegion.attr) {
        ctx.report({
          span: key.multiRegion.attr.value.span,
          address: k.address,
          message: 'A multi-Region key cannot be in a custom key store; KMS rejects it at apply time.',
          fixes: [{ title: 'Set `multi_region = false`', edits: [{ span: key.multiRegion.attr.value.span, newText: 'false' }], preferred: true }],
        });
      }
    }
  },
};
