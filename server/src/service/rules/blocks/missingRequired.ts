import type { Rule } from '../rule';
import { nestedBlocks, presentAttribute, walkBodies } from '../../blocks/kmsBlocks';
import { insertInBody, placeholder } from '../../blocks/edits';
import { existsIn, isRequired } from '../../schema';
import { attributeFacts } from '../../schema/facts';
import type { Block } from '../../hcl/model';
import { blockRuleInput, typeLabelSpan } from './support';

export const missingRequired: Rule = {
  id: 'missing-required',
  severity: 'error',
  category: 'schema',
  summary: 'A required argument or nested block is absent.',
  docs:
    '`terraform validate` fails with "Missing required argument" when a required argument is absent, and "Insufficient ' +
    'blocks" when a required nested block is. The quick fix adds the argument with a placeholder value to fill in.',
  examples: {
    fires: `resource "aws_kms_alias" "app" {
  name = "alias/app"
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
        const owner: Block | undefined = path.length === 0 ? k.block : findBlock(k.block, body);
        if (!owner) return;
        const span = path.length === 0 ? typeLabelSpan(k) : owner.typeSpan;
        const where = path.length ? `block \`${path.join('.')}\` of ${k.type}` : k.type;
        for (const [name, a] of Object.entries(schema.attributes)) {
          if (!isRequired(a, version) || !existsIn(a, version)) continue;
          if (presentAttribute(body, name)) continue;
          const value = placeholder(a, attributeFacts(k.kind, k.type, path, name));
          ctx.report({
            span,
            address: k.address,
            message: `${where} needs the argument \`${name}\`.`,
            fixes: [{ title: `Add \`${name}\``, edits: [insertInBody(ctx.doc.text, owner, `${name} = ${value}`)], preferred: true }],
          });
        }
        for (const [name, b] of Object.entries(schema.blockTypes)) {
          if (!b.minItems || !existsIn(b, version)) continue;
          const n = nestedBlocks(body, name);
          if (n.dynamic || n.blocks.length >= b.minItems) continue;
          const required = Object.entries(b.block.attributes).filter(([, x]) => isRequired(x, version));
          const inner = required.map(([an, x]) => `  ${an} = ${placeholder(x, attributeFacts(k.kind, k.type, [...path, name], an))}`).join('\n');
          ctx.report({
            span,
            address: k.address,
            message: `${where} needs at least ${b.minItems} \`${name}\` block${b.minItems > 1 ? 's' : ''}.`,
            fixes: [{ title: `Add a \`${name}\` block`, edits: [insertInBody(ctx.doc.text, owner, `${name} {\n${inner}\n}`)], preferred: true }],
          });
        }
      });
    }
  },
};

/** The nested block whose body is `body`. */
function findBlock(root: Block, body: Block['body']): Block | undefined {
  for (const b of root.body.blocks) {
    if (b.body === body) return b;
    const inner = findBlock(b, body);
    if (inner) return inner;
  }
  return undefined;
}
