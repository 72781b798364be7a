import type { Rule } from '../rule';
import { presentAttribute, walkBodies } from '../../blocks/kmsBlocks';
import { attributeFacts, typeFacts } from '../../schema/facts';
import { blockRuleInput, typeLabelSpan } from './support';

export const deprecated: Rule = {
  id: 'deprecated',
  severity: 'warning',
  category: 'schema',
  summary: 'A deprecated or removed argument or data source.',
  docs:
    'Some types and arguments remain in the provider schema but are deprecated or no longer work. `data "aws_kms_secret"` ' +
    'was removed: every read fails with an error; use `data "aws_kms_secrets"` with the same `secret` blocks.',
  examples: {
    fires: `data "aws_kms_secret" "db" {
  secret {
    name    = "password"
    payload = "AQECAHgaPa0J8WadplGCqqVAr4HNvDaFSQ+NaiwIBhmm6qDSFwAAAGIwYAYJKoZIhvcNAQcGoFMwUQIBADBMBgkqhkiG9w0BBwEwHgYJYIZIAWUDBAEuMBEEDI+LoLdvYv8l41OhAAIBEIAfx49FFJCLeYrkfMfAw6XlnxP23MmDBdqP8dPp28OoAQ=="
  }
}
`,
    fixed: `data "aws_kms_secrets" "db" {
  secret {
    name    = "password"
    payload = "AQECAHgaPa0J8WadplGCqqVAr4HNvDaFSQ+NaiwIBhmm6qDSFwAAAGIwYAYJKoZIhvcNAQcGoFMwUQIBADBMBgkqhkiG9w0BBwEwHgYJYIZIAWUDBAEuMBEEDI+LoLdvYv8l41OhAAIBEIAfx49FFJCLeYrkfMfAw6XlnxP23MmDBdqP8dPp28OoAQ=="
  }
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (!k.schema) continue;
      const tf = typeFacts(k.kind, k.type);
      if (tf?.removed || k.schema.deprecated) {
        const use = k.type === 'aws_kms_secret' ? 'aws_kms_secrets' : undefined;
        const span = typeLabelSpan(k);
        ctx.report({
          span,
          address: k.address,
          message: tf?.removed ?? `\`${k.type}\` is deprecated.`,
          tags: ['deprecated'],
          fixes: use ? [{ title: `Change to \`${use}\``, edits: [{ span, newText: use }], preferred: true }] : [],
        });
      }
      walkBodies(k.block.body, k.schema, (body, schema, path) => {
        for (const a of body.attributes) {
          const s = schema.attributes[a.name];
          if (!s || !presentAttribute(body, a.name)) continue;
          const f = attributeFacts(k.kind, k.type, path, a.name);
          if (!s.deprecated && !f?.deprecated) continue;
          ctx.report({ span: a.nameSpan, address: k.address, message: f?.deprecated ?? `\`${a.name}\` is deprecated.`, tags: ['deprecated'] });
        }
      });
    }
  },
};
