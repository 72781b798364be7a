import type { Rule } from '../rule';
import { declarationsIn, referencesIn, exportedAttributes } from '../../blocks/references';
import { blockSchemaOf, typeNames } from '../../schema';
import { blockAddress, type Block } from '../../hcl/model';
import { closest } from '../../text/closest';
import { perFolder } from '../../folderMemo';

/** The top-level block (sorted by start) whose span holds [start, end], by binary search. */
function blockHolding(blocks: readonly Block[], start: number, end: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (b.span.end < start) lo = mid + 1;
    else if (b.span.start > start) hi = mid - 1;
    else return end <= b.span.end ? b : undefined;
  }
  return undefined;
}

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
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation = true
}

resource "aws_kms_alias" "app" {
  name          = "alias/app"
  target_key_id = aws_kms_key.ap.key_id
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation = true
}

resource "aws_kms_alias" "app" {
  name          = "alias/app"
  target_key_id = aws_kms_key.app.key_id
}
`,
  },
  check(ctx) {
    const refs = referencesIn(ctx.doc);
    if (!refs.length) return;
    const skip = ctx.doc.hcl.body.blocks.filter((b) => HISTORY_BLOCKS.has(b.type)).map((b) => b.span);
    // Names declared in the folder, by `kind type`: one pass, so the check stays linear in the references.
    const folderNames = perFolder('declared names', ctx.folder(), () => {
      const out = new Map<string, Set<string>>();
      for (const d of declarationsIn(ctx.folder())) {
        const key = `${d.kind} ${d.type}`;
        (out.get(key) ?? out.set(key, new Set()).get(key)!).add(d.name);
      }
      return out;
    });
    const json = ctx.workspace.folderJsonDeclarations(ctx.doc.uri);
    let names = folderNames;
    if (json.length) {
      names = new Map([...folderNames].map(([k, v]) => [k, new Set(v)]));
      for (const d of json) {
        const key = `${d.kind} ${d.type}`;
        (names.get(key) ?? names.set(key, new Set()).get(key)!).add(d.name);
      }
    }
    // A block the parser could not read may be the one declaring it: only the syntax error is certain then.
    const broken = perFolder('broken chunks', ctx.folder(), () => ctx.folder().flatMap((d) => d.chunks.filter((c) => c.localModel.problems.length > 0).map((c) => c.text)));
    const maybeInBroken = (label: string) => broken.some((t) => t.includes(`"${label}"`));
    const blocks = ctx.doc.hcl.body.blocks;
    for (const r of refs) {
      if (skip.some((s) => r.span.start >= s.start && r.span.end <= s.end)) continue;
      const owner = blockHolding(blocks, r.span.start, r.span.end);
      const address = owner ? blockAddress(owner) : undefined;
      if (!blockSchemaOf(r.kind, r.type)) {
        // `aws_kms_external.primary.arn`: Terraform rejects a reference to a resource type no block declares.
        const declared = names.get(`${r.kind} ${r.type}`);
        if (declared?.size || r.name === undefined || maybeInBroken(r.type)) continue;
        const near = closest(r.type, typeNames(r.kind));
        const what = r.kind === 'data' ? 'data source' : 'resource';
        ctx.report({
          span: r.typeSpan,
          address,
          message: `No ${what} type \`${r.type}\` exists, and no block of it is declared in this folder.` + (near ? ` Did you mean \`${near}\`?` : ''),
          fixes: near ? [{ title: `Change to \`${near}\``, edits: [{ span: r.typeSpan, newText: near }], preferred: true }] : [],
        });
        continue;
      }
      if (r.name === undefined || !r.nameSpan) continue;
      const what = `${r.kind === 'data' ? 'data.' : ''}${r.type}`;
      const same = names.get(`${r.kind} ${r.type}`) ?? new Set<string>();
      if (!same.has(r.name)) {
        if (maybeInBroken(r.name)) continue;
        const near = closest(r.name, same);
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
