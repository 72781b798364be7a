import type { Rule } from '../rule';
import { walkBodies } from '../../blocks/kmsBlocks';
import { typeMismatch } from '../../blocks/values';
import { blockRuleInput } from './support';

export const attributeType: Rule = {
  id: 'attribute-type',
  severity: 'error',
  category: 'schema',
  summary: 'A literal value of a type the argument does not accept.',
  docs:
    '`terraform validate` fails with "Incorrect attribute value type" when a literal cannot convert to the argument\'s ' +
    'type. Terraform converts numbers and bools to strings, and strings that spell a number or `true`/`false` to those ' +
    'types, so only values no conversion can fix are reported. References and expressions are not checked.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation     = true
  deletion_window_in_days = "a week"
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation     = true
  deletion_window_in_days = 7
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (!k.schema) continue;
      walkBodies(k.block.body, k.schema, (body, schema) => {
        for (const a of body.attributes) {
          const s = schema.attributes[a.name];
          if (!s) continue;
          const why = typeMismatch(a.value, s.type);
          if (why) ctx.report({ span: a.value.span, address: k.address, message: `\`${a.name}\`: ${why}.` });
        }
      });
    }
  },
};
