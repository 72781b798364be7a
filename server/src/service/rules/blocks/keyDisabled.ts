import type { Rule } from '../rule';
import { presentAttribute } from '../../blocks/kmsBlocks';
import { knownBool } from '../../blocks/values';
import { blockRuleInput } from './support';

/** The argument that enables or disables a key, by resource type. */
const ENABLED_ARG: Readonly<Record<string, string>> = {
  aws_kms_key: 'is_enabled',
  aws_kms_external_key: 'enabled',
  aws_kms_replica_key: 'enabled',
  aws_kms_replica_external_key: 'enabled',
};

export const keyDisabled: Rule = {
  id: 'key-disabled',
  severity: 'warning',
  category: 'apply',
  summary: 'A key created disabled (`is_enabled = false` or `enabled = false`).',
  docs:
    'A disabled key cannot be used: every Encrypt, Decrypt, GenerateDataKey or Sign with it fails, and services that ' +
    'use it (S3, EBS, RDS...) fail to read or write. Intended when retiring a key; otherwise remove the setting.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation = true
  is_enabled          = false
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
      const arg = k.kind === 'resource' ? ENABLED_ARG[k.type] : undefined;
      const a = arg ? presentAttribute(k.block.body, arg) : undefined;
      if (!a || knownBool(a.value) !== false) continue;
      ctx.report({
        span: a.value.span,
        address: k.address,
        message: 'This key is disabled: every cryptographic operation with it will fail.',
        fixes: [{ title: `Set \`${arg} = true\``, edits: [{ span: a.value.span, newText: 'true' }], preferred: true }],
      });
    }
  },
};
