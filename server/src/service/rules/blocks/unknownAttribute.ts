import type { Rule } from '../rule';
import { walkBodies, META_ARGUMENTS, META_BLOCKS } from '../../blocks/kmsBlocks';
import { existsIn, isConfigurable, isConfigurableIn } from '../../schema';
import { MISTAKEN_ARGUMENTS } from '../../schema/facts';
import { closest } from '../../text/closest';
import { blockRuleInput } from './support';

export const unknownAttribute: Rule = {
  id: 'unknown-attribute',
  severity: 'error',
  category: 'schema',
  summary: 'An argument or nested block the resource type does not have, or a computed-only attribute set in configuration.',
  docs:
    '`terraform validate` rejects an argument that the provider schema does not define ("Unsupported argument") and ' +
    'an attribute that the provider only computes. Arguments new in provider 6.x (such as `region`) are reported when ' +
    'the folder pins hashicorp/aws 5.x. The quick fix renames a likely typo to the closest real name.',
  examples: {
    fires: `resource "aws_kms_alias" "app" {
  name          = "alias/app"
  description   = "Application key"
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
        const top = path.length === 0;
        const settable = Object.entries(schema.attributes).filter(([n, a]) => isConfigurableIn(n, a, version)).map(([n]) => n);
        const where = path.length ? `${k.type} block \`${path.join('.')}\`` : k.type;
        for (const a of body.attributes) {
          const s = schema.attributes[a.name];
          if (s && isConfigurableIn(a.name, s, version)) continue;
          if (top && Object.prototype.hasOwnProperty.call(META_ARGUMENTS, a.name)) continue;
          if (s && a.name === 'id') continue;
          if (s && isConfigurable(a.name, s) && !existsIn(s, version)) {
            const since = s.versions?.join(', ') ?? '';
            ctx.report({ span: a.nameSpan, address: k.address, message: `\`${a.name}\` exists only in hashicorp/aws ${since}; this folder targets ${version}.` });
            continue;
          }
          if (s) {
            ctx.report({ span: a.nameSpan, address: k.address, message: `\`${a.name}\` is computed by the provider; it cannot be set in ${where}.` });
            continue;
          }
          const hint = top ? MISTAKEN_ARGUMENTS[`${k.type}.${a.name}`] : undefined;
          const suggestion = closest(a.name, [...settable, ...Object.keys(schema.blockTypes)]);
          const isBlock = suggestion !== undefined && schema.blockTypes[suggestion] !== undefined;
          ctx.report({
            span: a.nameSpan,
            address: k.address,
            message:
              `${where} has no argument \`${a.name}\`.` +
              (hint ? ` ${hint.charAt(0).toUpperCase()}${hint.slice(1)}` : suggestion ? (isBlock && suggestion === a.name ? ` \`${a.name}\` is a block: write \`${a.name} { ... }\`.` : ` Did you mean \`${suggestion}\`?`) : ''),
            fixes: !hint && suggestion && schema.attributes[suggestion] ? [{ title: `Change to \`${suggestion}\``, edits: [{ span: a.nameSpan, newText: suggestion }], preferred: true }] : [],
          });
        }
        for (const b of body.blocks) {
          const bt = schema.blockTypes[b.type];
          if (bt && existsIn(bt, version)) continue;
          if (top && Object.prototype.hasOwnProperty.call(META_BLOCKS, b.type) && (k.kind === 'resource' || b.type === 'lifecycle')) continue;
          if (b.type === 'dynamic') continue;
          if (schema.attributes[b.type] && isConfigurableIn(b.type, schema.attributes[b.type]!, version)) {
            ctx.report({ span: b.typeSpan, address: k.address, message: `\`${b.type}\` is an argument, not a block: write \`${b.type} = ...\`.` });
            continue;
          }
          const suggestion = closest(b.type, Object.keys(schema.blockTypes));
          ctx.report({
            span: b.typeSpan,
            address: k.address,
            message: `${where} has no block \`${b.type}\`.` + (suggestion ? ` Did you mean \`${suggestion}\`?` : ''),
            fixes: suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span: b.typeSpan, newText: suggestion }], preferred: true }] : [],
          });
        }
      });
    }
  },
};
