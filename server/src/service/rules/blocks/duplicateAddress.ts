import type { Rule } from '../rule';
import { folderModel } from '../../model/folder';
import { blockAddress } from '../../hcl/model';


/** Block types whose address must be unique in a module (see blockAddress). */
const ADDRESSED = new Set(['resource', 'data', 'ephemeral', 'module', 'variable', 'output']);

export const duplicateAddress: Rule = {
  id: 'duplicate-address',
  severity: 'error',
  category: 'schema',
  summary: 'Two blocks with the same address in one folder (a resource, data source, module, variable or output declared twice), or a local value defined twice.',
  docs:
    'Terraform reads every `.tf` file of a folder as one module, in which each resource, data source, module call, variable, ' +
    'output and local value has one definition. `terraform validate` fails with "Duplicate resource configuration" (or ' +
    '"Duplicate data", "Duplicate local value definition"...) at the second one. Rename one of them, or remove the copy.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
}

resource "aws_kms_key" "app" {
  description         = "Application logs"
  enable_key_rotation = true
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
}

resource "aws_kms_key" "logs" {
  description         = "Application logs"
  enable_key_rotation = true
}
`,
  },
  check(ctx) {
    const folder = ctx.folder();
    const fm = folderModel(folder.some((d) => d.uri === ctx.doc.uri) ? folder : [...folder, ctx.doc]);
    const where = (uri: string, offset: number) => {
      const d = fm.docs.find((x) => x.uri === uri);
      const file = uri.slice(uri.lastIndexOf('/') + 1);
      return d ? `${file}:${d.lineMap.positionAt(offset).line + 1}` : file;
    };
    for (const block of ctx.doc.hcl.body.blocks) {
      if (!ADDRESSED.has(block.type)) continue;
      const address = blockAddress(block);
      const all = address ? fm.declarations.get(address) : undefined;
      if (!all || all.length < 2 || all[0]!.node === block) continue;
      const first = all[0]!;
      ctx.report({
        span: block.labels[block.labels.length - 1]?.span ?? block.typeSpan,
        address,
        message: `\`${address}\` is already declared at ${where(first.doc.uri, first.node.span.start)}; Terraform allows one block per address.`,
        related: [{ uri: first.doc.uri, span: first.node.labels[first.node.labels.length - 1]?.span ?? first.node.typeSpan, message: `\`${address}\` is first declared here.` }],
      });
    }
    for (const locals of ctx.doc.hcl.body.blocks.filter((b) => b.type === 'locals')) {
      for (const a of locals.body.attributes) {
        const first = fm.locals.get(a.name);
        if (!first || first.node === a) continue;
        ctx.report({
          span: a.nameSpan,
          address: `local.${a.name}`,
          message: `The local value \`${a.name}\` is already defined at ${where(first.doc.uri, first.node.span.start)}; Terraform allows one definition.`,
          related: [{ uri: first.doc.uri, span: first.node.nameSpan, message: `\`local.${a.name}\` is first defined here.` }],
        });
      }
    }
  },
};
