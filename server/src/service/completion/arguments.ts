/**
 * Completion of the argument and nested-block names of an aws_kms_* block body: those settable in the target
 * provider version and not written yet, required first, as snippets; at the top level, the meta-arguments.
 */
import type { CompletionItem } from '../types';
import { factsOf, type BoundBody, type CompletionContext } from '../context';
import type { Body } from '../hcl/model';
import { existsIn, isConfigurableIn, isRequired, typeLabel, type AttributeSchema } from '../schema';
import type { AttributeFacts } from '../schema/facts';
import { META_ARGUMENTS, META_BLOCKS } from '../blocks/kmsBlocks';
import { identifierSpan } from './words';

/**
 * Attributes completion offers for a body: those settable in the target version, except the ones the facts say
 * not to set (`tags_all`). Shared with the test that walks every block type.
 */
export function offeredAttributes(body: BoundBody, version: string | undefined): string[] {
  return Object.entries(body.schema.attributes)
    .filter(([name, a]) => isConfigurableIn(name, a, version) && !factsOf(body, name)?.doNotSet)
    .map(([name]) => name);
}

/** The body at the cursor, from the HCL model. */
export function bodyAt(req: CompletionContext, path: readonly string[]): Body | undefined {
  let body: Body | undefined = req.top?.body;
  for (const p of path) {
    body = body?.blocks.find((b) => b.type === p && req.offset >= b.span.start && req.offset <= b.span.end)?.body;
  }
  return body;
}

/** Names already written in the body at the cursor (the word being typed excluded). */
function presentNames(req: CompletionContext, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  const body = bodyAt(req, path);
  if (!body) return names;
  const word = identifierSpan(req.doc.text, req.offset);
  for (const a of body.attributes) if (a.nameSpan.start !== word.start) names.add(a.name);
  for (const b of body.blocks) if (b.typeSpan.start !== word.start) names.add(b.type);
  return names;
}

function attributeSnippet(name: string, a: AttributeSchema, facts: AttributeFacts | undefined): string {
  const t = a.type;
  if (t === 'string' && facts?.allowedValues?.length) return `${name} = "\${1|${facts.allowedValues.join(',')}|}"`;
  if (t === 'string') return `${name} = "$1"`;
  if (t === 'bool') return facts?.default === true ? `${name} = \${1|false,true|}` : `${name} = \${1|true,false|}`;
  if (t === 'number') return facts?.range ? `${name} = \${1:${facts.range.min}}` : `${name} = $1`;
  if (Array.isArray(t) && t[0] === 'map') return `${name} = {\n\t$1\n}`;
  if (Array.isArray(t) && (t[0] === 'list' || t[0] === 'set')) return facts?.allowedValues?.length ? `${name} = ["$1"]` : `${name} = [$1]`;
  return `${name} = $1`;
}

export function completeArguments(req: CompletionContext, body: BoundBody): CompletionItem[] {
  const { kind, path, schema } = body;
  const present = presentNames(req, path);
  const version = req.version;
  const replace = identifierSpan(req.doc.text, req.offset);
  const items: CompletionItem[] = [];
  for (const name of offeredAttributes(body, version)) {
    if (present.has(name)) continue;
    const a = schema.attributes[name]!;
    const facts = factsOf(body, name);
    const required = isRequired(a, version);
    items.push({
      label: name,
      kind: 'attribute',
      detail: `${typeLabel(a.type)}${required ? ', required' : ''}${facts?.forceNew ? ', forces replacement' : ''}`,
      ...(facts?.description ? { documentation: facts.description } : {}),
      insertText: attributeSnippet(name, a, facts),
      snippet: true,
      replace,
      sortText: (required ? '0' : '1') + name,
      ...(required ? { preselect: true } : {}),
    });
  }
  for (const [name, b] of Object.entries(schema.blockTypes)) {
    if (!existsIn(b, version)) continue;
    if (present.has(name) && (b.nesting === 'single' || b.maxItems === 1)) continue;
    const requiredAttrs = Object.entries(b.block.attributes).filter(([, x]) => isRequired(x, version));
    const snippetBody = requiredAttrs.length ? requiredAttrs.map(([n, x], i) => `\t${n} = ${x.type === 'string' ? `"$${i + 1}"` : `$${i + 1}`}`).join('\n') : '\t$0';
    items.push({
      label: name,
      kind: 'block',
      detail: `block${b.minItems ? ', required' : ''}`,
      insertText: `${name} {\n${snippetBody}\n}`,
      snippet: true,
      replace,
      sortText: (b.minItems && !present.has(name) ? '0' : '1') + name,
    });
  }
  if (path.length === 0) {
    for (const [name, doc] of Object.entries(META_ARGUMENTS)) {
      if (present.has(name)) continue;
      items.push({ label: name, kind: 'keyword', detail: 'meta-argument', documentation: doc, insertText: `${name} = $1`, snippet: true, replace, sortText: '2' + name });
    }
    for (const [name, doc] of Object.entries(META_BLOCKS)) {
      if (kind === 'data' && name !== 'lifecycle') continue;
      if (name === 'provisioner' || name === 'connection' || name === 'dynamic') continue;
      if (present.has(name)) continue;
      items.push({ label: name, kind: 'keyword', detail: 'meta-argument block', documentation: doc, insertText: `${name} {\n\t$0\n}`, snippet: true, replace, sortText: '2' + name });
    }
  }
  return items;
}
