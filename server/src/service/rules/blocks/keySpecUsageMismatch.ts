import type { Rule } from '../rule';
import { keyConfig } from '../../blocks/keyModel';
import { insertAfter, replaceStringContent } from '../../blocks/edits';
import { KEY_USAGES, USAGES_BY_SPEC, keySpecAllowsUsage } from '../../schema/facts';
import { blockRuleInput, quoted } from './support';

export const keySpecUsageMismatch: Rule = {
  id: 'key-spec-usage-mismatch',
  severity: 'error',
  category: 'apply',
  summary: 'A key spec and key usage KMS does not accept together, including a non-symmetric spec with `key_usage` left to its default.',
  docs:
    'Each key spec allows some usages: SYMMETRIC_DEFAULT only ENCRYPT_DECRYPT, HMAC specs GENERATE_VERIFY_MAC, RSA ' +
    'ENCRYPT_DECRYPT or SIGN_VERIFY, ECC NIST curves SIGN_VERIFY or KEY_AGREEMENT, ML-DSA SIGN_VERIFY, ML-KEM ' +
    'ENCAPSULATE_DECAPSULATE. The provider does not check the pair, and sends ENCRYPT_DECRYPT when `key_usage` is ' +
    'absent, so CreateKey fails at apply time. The quick fix sets a usage the spec allows.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  customer_master_key_spec = "ECC_NIST_P256"
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const k of blocks) {
      const key = keyConfig(k);
      if (!key) continue;
      const spec = key.spec.value;
      const usage = key.usage.value;
      if (spec === undefined || usage === undefined) continue;
      // KMS decides the usage of an imported key when it is absent.
      if (k.type === 'aws_kms_external_key' && key.usageDefaulted) continue;
      const allowed = USAGES_BY_SPEC[spec];
      // An unknown usage value is invalid-value's finding, not a pairing problem.
      if (!allowed || !(KEY_USAGES as readonly string[]).includes(usage) || keySpecAllowsUsage(spec, usage)) continue;
      const first = allowed[0]!;
      if (key.usageDefaulted) {
        const specAttr = key.spec.attr!;
        ctx.report({
          span: specAttr.value.span,
          address: k.address,
          message: `A ${spec} key needs \`key_usage\` set to ${quoted(allowed)}; left out, it defaults to ENCRYPT_DECRYPT, which KMS rejects for this spec at apply time.`,
          fixes: allowed.map((u, i) => ({
            title: `Set \`key_usage = "${u}"\``,
            edits: [insertAfter(ctx.doc.text, specAttr, `key_usage = "${u}"`)],
            preferred: i === 0,
          })),
        });
        continue;
      }
      const usageAttr = key.usage.attr!;
      ctx.report({
        span: usageAttr.value.span,
        address: k.address,
        message: `KMS rejects \`key_usage = "${usage}"\` for a ${spec} key at apply time; it allows ${quoted(allowed)}.`,
        fixes: allowed.map((u) => ({ title: `Set \`key_usage = "${u}"\``, edits: [replaceStringContent(usageAttr.value, u)], preferred: u === first })),
      });
    }
  },
};
