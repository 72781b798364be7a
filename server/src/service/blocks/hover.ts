/**
 * Hover for aws_kms_* blocks: on a type label, what the type is; on an argument or nested block, its type, mode
 * (required/optional/computed), default, allowed values or range, whether a change replaces the resource, an
 * explanation and a documentation link; on a reference (`aws_kms_key.main.arn`), what it points to.
 */
import type { Hover } from '../types';
import { bindBody, factsOf, nestedBody, type BoundBody, type RequestContext } from '../context';
import type { Body, Span } from '../hcl/model';
import { blockSchemaOf, existsIn, isRequired, providerVersions, typeLabel, type AttributeSchema, type SchemaKind } from '../schema';
import { USAGES_BY_SPEC, docUrl, specCanRotate, specsForUsage, typeFacts, type AttributeFacts } from '../schema/facts';
import { META_ARGUMENTS } from './kmsBlocks';
import { findDeclaration, referenceAt } from './references';

const within = (s: Span, o: number) => o >= s.start && o <= s.end;

export function hoverBlocks(ctx: RequestContext): Hover | undefined {
  const ref = hoverReference(ctx);
  if (ref) return ref;
  const k = ctx.kms;
  if (!k) return undefined;
  const typeLabelNode = k.block.labels[0]!;
  if (within(typeLabelNode.span, ctx.offset)) return { span: typeLabelNode.span, contents: typeHover(k.kind, k.type) };
  const at = ctx.kmsBody;
  if (!at) return undefined;
  return hoverInBody(ctx, k.block.body, at);
}

function typeHover(kind: SchemaKind, type: string): string {
  const head = `**${kind === 'data' ? 'data source' : 'resource'}** \`${type}\``;
  const schema = blockSchemaOf(kind, type);
  if (!schema) return `${head}\n\nThe AWS provider has no such type.`;
  const facts = typeFacts(kind, type);
  const required = Object.entries(schema.attributes).filter(([, a]) => isRequired(a)).map(([n]) => `\`${n}\``);
  return [
    head,
    facts?.description,
    facts?.removed ? `**Removed:** ${facts.removed}` : undefined,
    required.length ? `Required: ${required.join(', ')}` : undefined,
    `[Provider documentation](${docUrl(kind, type)})`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function modeOf(s: AttributeSchema, version: string): string {
  if (isRequired(s, version)) return 'required';
  if (s.optional) return s.computed ? 'optional, computed when unset' : 'optional';
  return 'computed';
}

/** The Markdown of an argument or attribute, shared with reference hovers. */
export function attributeMarkdown(ctx: RequestContext, at: BoundBody, name: string, s: AttributeSchema): string {
  const { kind, type, path } = at;
  const version = ctx.version;
  const facts: AttributeFacts | undefined = factsOf(at, name);
  const lines = [`**\`${[...path, name].join('.')}\`** — \`${typeLabel(s.type)}\`, ${modeOf(s, version)}${s.sensitive ? ', sensitive' : ''}${s.writeOnly ? ', write-only' : ''}`];
  if (facts?.description) lines.push(facts.description);
  const extras: string[] = [];
  if (facts?.default !== undefined) extras.push(`Default: \`${String(facts.default)}\``);
  if (facts?.range) extras.push(`Range: ${facts.range.min} to ${facts.range.max}`);
  if (facts?.length) extras.push(`Length: ${facts.length.min} to ${facts.length.max} characters`);
  if (facts?.allowedValues) extras.push(`Allowed: ${facts.allowedValues.map((v) => `\`${v}\`${facts.valuesSince?.[v] ? ` (${facts.valuesSince[v]}.x)` : ''}`).join(', ')}`);
  if (facts?.pattern) extras.push(`Format: ${facts.pattern.text}`);
  if (facts?.conflictsWith?.length) extras.push(`Conflicts with ${facts.conflictsWith.map((c) => `\`${c}\``).join(', ')}`);
  if (facts?.requiredWith?.length) extras.push(`Needs ${facts.requiredWith.map((c) => `\`${c}\``).join(', ')}`);
  if (facts?.forceNew) extras.push('Changing it replaces the resource.');
  if (s.versions && s.versions.length < providerVersions.length) extras.push(`Only in hashicorp/aws ${s.versions.join(', ')}`);
  if (facts?.doNotSet) extras.push(`Do not set: ${facts.doNotSet}.`);
  if (extras.length) lines.push(extras.join(' · '));
  if (facts?.source) lines.push(`Source: ${facts.source}`);
  lines.push(`[\`${type}\` documentation](${docUrl(kind, type)}#${name})`);
  return lines.join('\n\n');
}

/** Hover on a literal enum value: what it means for the other settings (a key spec's usages, a usage's specs). */
function valueHover(at: BoundBody, name: string, value: string): string | undefined {
  const facts = factsOf(at, name);
  if (!facts?.allowedValues?.includes(value)) return undefined;
  const lines = [`\`${value}\` — an allowed value of \`${name}\`${facts.valuesSince?.[value] ? ` (hashicorp/aws ${facts.valuesSince[value]}.x and later)` : ''}`];
  if (name === 'customer_master_key_spec' || name === 'key_spec') {
    lines.push(`Key usages KMS accepts with it: ${(USAGES_BY_SPEC[value] ?? []).map((u) => `\`${u}\``).join(', ')}.`);
    lines.push(specCanRotate(value) ? 'Can rotate automatically.' : 'Cannot rotate automatically.');
  } else if (name === 'key_usage') {
    lines.push(`Key specs that allow it: ${specsForUsage(value).map((x) => `\`${x}\``).join(', ')}.`);
  }
  return lines.join('\n\n');
}

function hoverInBody(ctx: RequestContext, body: Body, at: BoundBody): Hover | undefined {
  const { offset } = ctx;
  const { kind, type, path, schema } = at;
  for (const a of body.attributes) {
    if (a.value.kind === 'string' && a.value.value !== undefined && within(a.value.span, offset)) {
      const v = valueHover(at, a.name, a.value.value);
      if (v) return { span: a.value.span, contents: v };
    }
    if (!within(a.nameSpan, offset)) continue;
    const s = schema.attributes[a.name];
    if (!s) {
      const meta = path.length === 0 ? META_ARGUMENTS[a.name] : undefined;
      return meta ? { span: a.nameSpan, contents: `**meta-argument** \`${a.name}\`\n\n${meta}` } : undefined;
    }
    return { span: a.nameSpan, contents: attributeMarkdown(ctx, at, a.name, s) };
  }
  for (const b of body.blocks) {
    if (!within(b.span, offset)) continue;
    const t = schema.blockTypes[b.type];
    if (!t) return undefined;
    if (within(b.typeSpan, offset)) {
      const count = t.minItems ? `at least ${t.minItems}` : 'optional';
      const max = t.maxItems ? `, at most ${t.maxItems}` : '';
      const args = Object.keys(t.block.attributes).map((n) => `\`${n}\``).join(', ');
      const only = t.versions && !existsIn(t, ctx.version) ? `\n\nOnly in hashicorp/aws ${t.versions.join(', ')}` : '';
      return { span: b.typeSpan, contents: `**block** \`${[...path, b.type].join('.')}\` — ${t.nesting}, ${count}${max}\n\nArguments: ${args}${only}\n\n[\`${type}\` documentation](${docUrl(kind, type)}#${b.type})` };
    }
    return hoverInBody(ctx, b.body, nestedBody(at, b.type)!);
  }
  return undefined;
}

function hoverReference(ctx: RequestContext): Hover | undefined {
  const r = referenceAt(ctx.doc, ctx.offset);
  if (!r) return undefined;
  const at = bindBody(r.kind, r.type);
  if (!at) return undefined;
  if (r.attributeSpan && r.attribute && within(r.attributeSpan, ctx.offset)) {
    const s = at.schema.attributes[r.attribute];
    if (!s) return { span: r.attributeSpan, contents: `\`${r.type}\` has no attribute \`${r.attribute}\`.` };
    return { span: r.attributeSpan, contents: `**${r.address}.${r.attribute}**\n\n${attributeMarkdown(ctx, at, r.attribute, s)}` };
  }
  if (r.nameSpan && r.name !== undefined && within(r.nameSpan, ctx.offset)) {
    const decl = findDeclaration(ctx.folder, r.kind, r.type, r.name);
    const where = decl
      ? `Declared in \`${decl.doc.uri.slice(decl.doc.uri.lastIndexOf('/') + 1)}\`, line ${decl.doc.lineMap.positionAt(decl.block.span.start).line + 1}.`
      : 'Not declared in this folder.';
    return { span: r.nameSpan, contents: `**${r.address}**\n\n${where}\n\n${typeHover(r.kind, r.type)}` };
  }
  if (within(r.typeSpan, ctx.offset)) return { span: r.typeSpan, contents: typeHover(r.kind, r.type) };
  return undefined;
}
