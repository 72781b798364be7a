/**
 * Hover on the arguments and nested blocks of an aws_kms_* block: an argument's type, mode (required, optional,
 * computed), default, allowed values or range, whether a change replaces the resource, an explanation and a
 * documentation link; a nested block's nesting and arguments; a meta-argument.
 */
import type { Hover } from '../types';
import { factsOf, nestedBody, type BoundBody, type RequestContext } from '../context';
import type { Body, Span } from '../hcl/model';
import { existsIn, isRequired, providerVersions, typeLabel, type AttributeSchema } from '../schema';
import { docUrl, type AttributeFacts } from '../schema/facts';
import { META_ARGUMENTS } from '../blocks/kmsBlocks';
import { valueHover } from './values';

const within = (s: Span, o: number) => o >= s.start && o <= s.end;

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

/** In a block body: an argument's name, a nested block's type, an enum value, a meta-argument; nested bodies in turn. */
export function hoverInBody(ctx: RequestContext, body: Body, at: BoundBody): Hover | undefined {
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
