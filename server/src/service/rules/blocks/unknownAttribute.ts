import type { Rule } from '../rule';
import { kmsBlocks, walkBodies, META_ARGUMENTS, META_BLOCKS } from '../../blocks/kmsBlocks';
import { isConfigurable } from '../../schema';
import { closest } from '../../text/closest';

export const unknownAttribute: Rule = {
  id: 'unknown-attribute',
  severity: 'error',
  category: 'schema',
  summary: 'An argument or nested block the resource type does not have, or a computed-only attribute set in configuration.',
  docs:
    '`terraform validate` rejects an argument that the provider schema does not define ("Unsupported argument") and ' +
    'an attribute that the provider only computes. The quick fix renames a likely typo to the closest real name.',
  check(ctx) {
    for (const k of kmsBlocks(ctx.doc)) {
      if (!k.schema) continue;
      walkBodies(k.block.body, k.schema, (body, schema, path) => {
        const top = path.length === 0;
        const settable = Object.entries(schema.attributes).filter(([n, a]) => isConfigurable(n, a)).map(([n]) => n);
        for (const a of body.attributes) {
          const s = schema.attributes[a.name];
          if (s && isConfigurable(a.name, s)) continue;
          if (top && Object.prototype.hasOwnProperty.call(META_ARGUMENTS, a.name)) continue;
          if (s && a.name === 'id') continue;
          const where = path.length ? `${k.type} block \`${path.join('.')}\`` : k.type;
          if (s) {
            ctx.report({ span: a.nameSpan, address: k.address, message: `\`${a.name}\` is computed by the provider; it cannot be set in ${where}.` });
            continue;
          }
          const suggestion = closest(a.name, [...settable, ...Object.keys(schema.blockTypes)]);
          ctx.report({
            span: a.nameSpan,
            address: k.address,
            message: `${where} has no argument \`${a.name}\`.` + (suggestion ? ` Did you mean \`${suggestion}\`?` : ''),
            fixes: suggestion && schema.attributes[suggestion]
              ? [{ title: `Change to \`${suggestion}\``, edits: [{ span: a.nameSpan, newText: suggestion }], preferred: true }]
              : [],
          });
        }
        for (const b of body.blocks) {
          if (schema.blockTypes[b.type]) continue;
          if (top && Object.prototype.hasOwnProperty.call(META_BLOCKS, b.type) && (k.kind === 'resource' || b.type === 'lifecycle')) continue;
          const suggestion = closest(b.type, Object.keys(schema.blockTypes));
          ctx.report({
            span: b.typeSpan,
            address: k.address,
            message: `${k.type} has no block \`${b.type}\`.` + (suggestion ? ` Did you mean \`${suggestion}\`?` : ''),
            fixes: suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span: b.typeSpan, newText: suggestion }], preferred: true }] : [],
          });
        }
      });
    }
  },
};
