import type { Rule } from '../rule';
import { declarationsIn, referencesIn, exportedAttributes } from '../../blocks/references';
import { blockSchemaOf } from '../../schema';
import { blockAddress } from '../../hcl/model';
import { closest } from '../../text/closest';

/** Blocks whose references name things that need not exist (`moved { from = ... }`). */
const HISTORY_BLOCKS = new Set(['moved', 'removed', 'import']);

export const unresolvedReference: Rule = {
  id: 'unresolved-reference',
  severity: 'error',
  category: 'schema',
  summary: 'A reference to an `aws_kms_*` resource or data source not declared in the folder, or to an attribute it does not export.',
  docs:
    'Terraform resolves `aws_kms_key.main.arn` against the blocks of every `.tf` file of the module\'s folder; ' +
    '`terraform validate` fails with "Reference to undeclared resource" or "Unsupported attribute" otherwise. ' +
    'The quick fix renames a near miss to a declared name or exported attribute.',
  check(ctx) {
    const refs = referencesIn(ctx.doc);
    if (!refs.length) return;
    const skip = ctx.doc.hcl.body.blocks.filter((b) => HISTORY_BLOCKS.has(b.type)).map((b) => b.span);
    const decls = declarationsIn(ctx.folder());
    for (const r of refs) {
      if (skip.some((s) => r.span.start >= s.start && r.span.end <= s.end)) continue;
      if (!blockSchemaOf(r.kind, r.type) || r.name === undefined || !r.nameSpan) continue;
      const owner = ctx.doc.hcl.body.blocks.find((b) => r.span.start >= b.span.start && r.span.end <= b.span.end);
      const address = owner ? blockAddress(owner) : undefined;
      const what = `${r.kind === 'data' ? 'data.' : ''}${r.type}`;
      const same = decls.filter((d) => d.kind === r.kind && d.type === r.type);
      if (!same.some((d) => d.name === r.name)) {
        const near = closest(r.name, same.map((d) => d.name));
        ctx.report({
          span: r.nameSpan,
          address,
          message: `No ${r.kind === 'data' ? 'data source' : 'resource'} \`${what}.${r.name}\` is declared in this folder.` + (near ? ` Did you mean \`${what}.${near}\`?` : ''),
          fixes: near ? [{ title: `Change to \`${near}\``, edits: [{ span: r.nameSpan, newText: near }], preferred: true }] : [],
        });
        continue;
      }
      if (r.attribute === undefined || !r.attributeSpan) continue;
      const exported = exportedAttributes(r.kind, r.type) ?? [];
      if (exported.includes(r.attribute)) continue;
      const near = closest(r.attribute, exported);
      ctx.report({
        span: r.attributeSpan,
        address,
        message: `\`${what}\` has no attribute \`${r.attribute}\`.` + (near ? ` Did you mean \`${near}\`?` : ''),
        fixes: near ? [{ title: `Change to \`${near}\``, edits: [{ span: r.attributeSpan, newText: near }], preferred: true }] : [],
      });
    }
  },
};
