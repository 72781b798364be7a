/** Hover on aws_kms_* block type labels and argument names. */
import type { Hover, HoverRequest } from '../hover';
import type { Body, Span } from '../hcl/model';
import { typeLabel, type BlockSchema } from '../schema';
import { attributeFacts, docUrl, typeFacts, type AttributeFacts } from '../schema/facts';
import { asKmsBlock, topLevelBlockAt, META_ARGUMENTS } from './kmsBlocks';

const within = (s: Span, o: number) => o >= s.start && o <= s.end;

export function hoverBlocks(req: HoverRequest): Hover | undefined {
  const top = topLevelBlockAt(req.doc, req.offset);
  if (!top) return undefined;
  const k = asKmsBlock(top);
  if (!k) return undefined;
  const typeLabelNode = top.labels[0]!;
  if (within(typeLabelNode.span, req.offset)) {
    const facts = typeFacts(k.kind, k.type);
    const head = `**${k.kind === 'data' ? 'data source' : 'resource'}** \`${k.type}\``;
    if (!k.schema) return { span: typeLabelNode.span, contents: `${head}\n\nThe AWS provider has no such type.` };
    return { span: typeLabelNode.span, contents: [head, facts?.description, `[Provider documentation](${docUrl(k.kind, k.type)})`].filter(Boolean).join('\n\n') };
  }
  if (!k.schema) return undefined;
  return hoverInBody(req.offset, k.block.body, k.schema, [], (path, name) => attributeFacts(k.kind, k.type, path, name), k.type);
}

function hoverInBody(
  offset: number,
  body: Body,
  schema: BlockSchema,
  path: readonly string[],
  factsOf: (path: readonly string[], name: string) => AttributeFacts | undefined,
  type: string,
): Hover | undefined {
  for (const a of body.attributes) {
    if (!within(a.nameSpan, offset)) continue;
    const s = schema.attributes[a.name];
    if (!s) {
      const meta = path.length === 0 ? META_ARGUMENTS[a.name] : undefined;
      return meta ? { span: a.nameSpan, contents: `**meta-argument** \`${a.name}\`\n\n${meta}` } : undefined;
    }
    const facts = factsOf(path, a.name);
    const mode = s.required ? 'required' : s.optional ? (s.computed ? 'optional, computed if unset' : 'optional') : 'computed';
    const lines = [`**\`${[...path, a.name].join('.')}\`** — \`${typeLabel(s.type)}\`, ${mode}${s.sensitive ? ', sensitive' : ''}`];
    if (facts?.description) lines.push(facts.description);
    const extras: string[] = [];
    if (facts?.default !== undefined) extras.push(`Default: \`${String(facts.default)}\``);
    if (facts?.range) extras.push(`Range: ${facts.range.min} to ${facts.range.max}`);
    if (facts?.allowedValues) extras.push(`Allowed: ${facts.allowedValues.map((v) => `\`${v}\``).join(', ')}`);
    if (facts?.forceNew) extras.push('Changing it replaces the resource.');
    if (extras.length) lines.push(extras.join(' · '));
    lines.push(`\`${type}\``);
    return { span: a.nameSpan, contents: lines.join('\n\n') };
  }
  for (const b of body.blocks) {
    if (!within(b.span, offset)) continue;
    const t = schema.blockTypes[b.type];
    if (!t) return undefined;
    if (within(b.typeSpan, offset)) return { span: b.typeSpan, contents: `**block** \`${[...path, b.type].join('.')}\` (${t.nesting})` };
    return hoverInBody(offset, b.body, t.block, [...path, b.type], factsOf, type);
  }
  return undefined;
}
