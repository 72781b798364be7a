import type { Rule } from '../rule';
import { certainlySet, presentAttribute, walkBodies } from '../../blocks/kmsBlocks';
import { insertInBody, placeholder, removeAttribute } from '../../blocks/edits';
import { existsIn, isConfigurableIn } from '../../schema';
import { attributeFacts, typeFacts } from '../../schema/facts';
import { blockRuleInput, typeLabelSpan } from './support';

export const conflictingAttributes: Rule = {
  id: 'conflicting-attributes',
  severity: 'error',
  category: 'schema',
  summary: 'Arguments that may not be set together, one of which must be set, or that need another argument.',
  docs:
    'The provider rejects at plan time: `name` with `name_prefix` on `aws_kms_alias` (conflicts-with); ' +
    '`rotation_period_in_days` without `enable_key_rotation` and `xks_key_id` without `custom_key_store_id` on ' +
    '`aws_kms_key` (required-with); neither or both of `plaintext` and `plaintext_wo` on `aws_kms_ciphertext` in ' +
    'provider 6.x (exactly-one-of). The quick fix removes the conflicting argument.',
  examples: {
    fires: `resource "aws_kms_alias" "app" {
  name          = "alias/app"
  name_prefix   = "alias/app-"
  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    fixed: `resource "aws_kms_alias" "app" {
  name          = "alias/app"
  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
  },
  check(ctx) {
    const { blocks, version } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (!k.schema) continue;
      walkBodies(k.block.body, k.schema, (body, schema, path) => {
        for (const a of body.attributes) {
          // Only what is certain: an argument that may be null may be unset.
          if (!certainlySet(body, a.name) || !schema.attributes[a.name]) continue;
          const f = attributeFacts(k.kind, k.type, path, a.name);
          for (const other of f?.conflictsWith ?? []) {
            if (!certainlySet(body, other)) continue;
            ctx.report({
              span: a.nameSpan,
              address: k.address,
              message: `\`${a.name}\` and \`${other}\` cannot both be set.`,
              fixes: [{ title: `Remove \`${a.name}\``, edits: [removeAttribute(ctx.doc.text, a)], preferred: true }],
            });
          }
          for (const need of f?.requiredWith ?? []) {
            const ns = schema.attributes[need];
            if (!ns || !existsIn(ns, version) || presentAttribute(body, need)) continue; // absent or certainly null
            ctx.report({
              span: a.nameSpan,
              address: k.address,
              message: `\`${a.name}\` needs \`${need}\` to be set too.`,
              fixes: path.length === 0
                ? [
                    { title: `Remove \`${a.name}\``, edits: [removeAttribute(ctx.doc.text, a)], preferred: false },
                    { title: `Add \`${need}\``, edits: [insertInBody(ctx.doc.text, k.block, `${need} = ${need === 'enable_key_rotation' ? 'true' : placeholder(ns, attributeFacts(k.kind, k.type, path, need))}`)], preferred: true },
                  ]
                : [],
            });
          }
        }
        if (path.length) return;
        for (const group of typeFacts(k.kind, k.type)?.exactlyOneOf ?? []) {
          const known = group.filter((n) => k.schema!.attributes[n] && isConfigurableIn(n, k.schema!.attributes[n]!, version));
          if (known.length < 2) continue; // the other member does not exist in this version: missing-required covers it
          const set = known.map((n) => certainlySet(body, n)).filter((x) => x !== undefined);
          const maybe = known.filter((n) => presentAttribute(body, n) && !certainlySet(body, n));
          if (set.length === 1 || (set.length === 0 && maybe.length > 0)) continue;
          if (set.length === 0) {
            ctx.report({ span: typeLabelSpan(k), address: k.address, message: `${k.type} needs exactly one of ${known.map((n) => `\`${n}\``).join(', ')}.` });
          } else {
            for (const a of set.slice(1)) {
              ctx.report({
                span: a.nameSpan,
                address: k.address,
                message: `Only one of ${known.map((n) => `\`${n}\``).join(', ')} may be set.`,
                fixes: [{ title: `Remove \`${a.name}\``, edits: [removeAttribute(ctx.doc.text, a)], preferred: true }],
              });
            }
          }
        }
      });
    }
  },
};
