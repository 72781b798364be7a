/**
 * Completion for aws_kms_* blocks: type names, argument and nested-block names (required first), meta-arguments,
 * allowed values (enums filtered by the block's other settings, booleans, grant operations), and references
 * (`aws_kms_key.` -> declared names -> exported attributes) in any expression of the file.
 */
import type { CompletionItem } from '../types';
import { bindBody, factsOf, type BoundBody, type CompletionContext } from '../context';
import type { CursorFrame } from '../hcl/cursor';
import type { Body, Span } from '../hcl/model';
import { blockSchemaOf, existsIn, isConfigurableIn, isRequired, typeLabel, typeNames, type AttributeSchema, type SchemaKind } from '../schema';
import { GRANT_OPERATIONS, USAGES_BY_SPEC, attributeFacts, grantOperationsFor, specsForUsage, typeFacts, valueAllowed, type AttributeFacts } from '../schema/facts';
import { META_ARGUMENTS, META_BLOCKS, asKmsBlock } from './kmsBlocks';
import { keyConfig } from './keyModel';
import { declarationsIn, findDeclaration } from './references';
import { knownString } from './values';

const isIdentChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;

/** The identifier around the cursor: from its start to the end of the word after the cursor. */
export function identifierSpan(text: string, offset: number): Span {
  let s = offset;
  while (s > 0 && isIdentChar(text.charCodeAt(s - 1))) s--;
  let e = offset;
  while (e < text.length && isIdentChar(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

type BlockFrame = Extract<CursorFrame, { kind: 'block' }>;

/**
 * Attributes completion offers for a body: those settable in the target version, except the ones the facts say
 * not to set (`tags_all`). Shared with the test that walks every block type.
 */
export function offeredAttributes(body: BoundBody, version: string | undefined): string[] {
  return Object.entries(body.schema.attributes)
    .filter(([name, a]) => isConfigurableIn(name, a, version) && !factsOf(body, name)?.doNotSet)
    .map(([name]) => name);
}

export function completeBlocks(req: CompletionContext): CompletionItem[] | undefined {
  const { cursor } = req;
  if (cursor.heredoc) return undefined;
  if (!cursor.string) {
    const refs = completeReference(req);
    if (refs) return refs;
  }
  const frames = cursor.frames;
  const blockDepth = frames.findIndex((f) => f.kind !== 'block');
  const blocks = (blockDepth === -1 ? frames : frames.slice(0, blockDepth)) as readonly BlockFrame[];
  const inner = blockDepth === -1 ? [] : frames.slice(blockDepth);

  if (blocks.length === 0) {
    if (inner.length) return undefined;
    if (cursor.string) return completeTypeName(req);
    if (cursor.attributeName === undefined && cursor.statementTokens.length <= 1) return completeTopLevelKeywords(req);
    return [];
  }

  const outer = blocks[0]!;
  if (outer.type !== 'resource' && outer.type !== 'data') return undefined;
  const kind: SchemaKind = outer.type === 'resource' ? 'resource' : 'data';
  const typeName = outer.labels[0];
  if (!typeName) return undefined;
  const body = bindBody(kind, typeName, blocks.slice(1).map((b) => b.type));
  if (!body) return undefined;
  const last = blocks[blocks.length - 1]!;

  // A value: `name = $0`, `name = "$0"`, or an element of `name = [..., $0`.
  const valueOf = inner.length ? last.attribute : cursor.attributeName;
  if (valueOf !== undefined) {
    const elementOnly = inner.length === 1 && inner[0]!.kind === 'tuple';
    if (inner.length && !elementOnly) return undefined;
    return completeValue(req, body, valueOf, elementOnly);
  }
  if (inner.length || cursor.string) return undefined;
  if (cursor.statementTokens.length > 1) return [];
  return completeBodyNames(req, body);
}

// --- type names and keywords ---

function completeTypeName(req: CompletionContext): CompletionItem[] {
  const { cursor, doc } = req;
  const tokens = cursor.statementTokens;
  if (tokens.length !== 1 || (tokens[0] !== 'resource' && tokens[0] !== 'data')) return [];
  const kind: SchemaKind = tokens[0] === 'resource' ? 'resource' : 'data';
  const str = cursor.string!;
  const typed = str.textBefore;
  if (typed.length > 0 && !'aws_kms_'.startsWith(typed) && !typed.startsWith('aws_kms_') && !'aws_'.startsWith(typed) && !typed.startsWith('aws')) {
    return [];
  }
  const replace = { start: str.contentStart, end: identifierSpan(doc.text, req.offset).end };
  return typeNames(kind).map((t) => {
    const removed = typeFacts(kind, t)?.removed !== undefined;
    return {
      label: t,
      kind: 'type' as const,
      detail: removed ? 'removed: use aws_kms_secrets' : kind === 'resource' ? 'resource' : 'data source',
      documentation: typeFacts(kind, t)?.description,
      replace,
      sortText: (removed ? '9' : '1') + t,
    };
  });
}

function completeTopLevelKeywords(req: CompletionContext): CompletionItem[] {
  const replace = identifierSpan(req.doc.text, req.offset);
  return [
    { label: 'resource', kind: 'keyword', detail: 'resource block', insertText: 'resource "${1:aws_kms_key}" "${2:name}" {\n\t$0\n}', snippet: true, replace, sortText: '0resource' },
    { label: 'data', kind: 'keyword', detail: 'data source block', insertText: 'data "${1:aws_kms_key}" "${2:name}" {\n\t$0\n}', snippet: true, replace, sortText: '0data' },
  ];
}

// --- argument and block names ---

/** The body at the cursor, from the HCL model. */
function bodyAt(req: CompletionContext, path: readonly string[]): Body | undefined {
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

function completeBodyNames(req: CompletionContext, body: BoundBody): CompletionItem[] {
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

// --- values ---

/** The values to offer for an argument, narrowed by the other settings of the block. */
function allowedValuesFor(req: CompletionContext, at: BoundBody, name: string, facts: AttributeFacts): readonly string[] {
  const { kind, type, path } = at;
  const all = (facts.allowedValues ?? []).filter((v) => valueAllowed(facts, v, req.major));
  if (kind !== 'resource' || path.length) return all;
  const top = req.top;
  const body = top?.body;
  const other = (n: string) => knownString(body?.attributes.find((a) => a.name === n)?.value);
  if ((type === 'aws_kms_key' && name === 'customer_master_key_spec') || (type === 'aws_kms_external_key' && name === 'key_spec')) {
    const usage = other('key_usage');
    return all.filter((s) => specsForUsage(usage).includes(s));
  }
  if ((type === 'aws_kms_key' || type === 'aws_kms_external_key') && name === 'key_usage') {
    const spec = other(type === 'aws_kms_key' ? 'customer_master_key_spec' : 'key_spec');
    const allowed = spec ? USAGES_BY_SPEC[spec] : undefined;
    return allowed ? all.filter((u) => allowed.includes(u)) : all;
  }
  if (type === 'aws_kms_grant' && name === 'operations' && top) {
    // Narrow to what the granted key can do, when `key_id` refers to a key declared in the folder.
    const keyId = body?.attributes.find((a) => a.name === 'key_id')?.value;
    if (keyId?.kind === 'traversal' && keyId.root === 'aws_kms_key' && keyId.steps[0]?.name) {
      const decl = findDeclaration(req.folder, 'resource', 'aws_kms_key', keyId.steps[0].name);
      const k = decl && asKmsBlock(decl.block);
      const cfg = k && keyConfig(k);
      if (cfg?.spec.value !== undefined && cfg.usage.value !== undefined) {
        const can = grantOperationsFor(cfg.spec.value, cfg.usage.value);
        return all.filter((o) => can.includes(o));
      }
    }
    return all.length ? all : GRANT_OPERATIONS;
  }
  return all;
}

function completeValue(req: CompletionContext, at: BoundBody, name: string, inTuple: boolean): CompletionItem[] {
  const a = at.schema.attributes[name];
  if (!a) return [];
  const facts = factsOf(at, name);
  const { cursor, doc } = req;
  const isList = Array.isArray(a.type) && (a.type[0] === 'list' || a.type[0] === 'set');
  if (inTuple !== isList) return [];
  if (a.type === 'bool' && !cursor.string) {
    const replace = identifierSpan(doc.text, req.offset);
    return ['true', 'false'].map((v) => ({
      label: v,
      kind: 'value' as const,
      replace,
      ...(facts?.default !== undefined && String(facts.default) === v ? { detail: 'default' } : {}),
    }));
  }
  if (!facts?.allowedValues) return [];
  let values = allowedValuesFor(req, at, name, facts);
  if (inTuple) {
    const body = bodyAt(req, at.path);
    const written = body?.attributes.find((x) => x.name === name)?.value;
    const present = new Set(written?.kind === 'tuple' ? written.items.map((e) => knownString(e)).filter((v): v is string => v !== undefined) : []);
    const current = cursor.string?.textBefore;
    values = values.filter((v) => !present.has(v) || v === current);
  }
  let replace: Span;
  let quote: boolean;
  if (cursor.string) {
    const end = identifierSpan(doc.text, req.offset).end;
    replace = { start: cursor.string.contentStart, end };
    quote = false;
  } else {
    replace = identifierSpan(doc.text, req.offset);
    quote = true;
  }
  return values.map((v, i) => ({
    label: v,
    kind: 'enum' as const,
    ...(facts.default === v ? { detail: 'default' } : {}),
    insertText: quote ? `"${v}"` : v,
    replace,
    sortText: String(i).padStart(3, '0'),
  }));
}

// --- references ---

const REFERENCE_WORD = /^(data\.)?(aws(?:_[a-z0-9_]*)?)(?:\.([A-Za-z_][A-Za-z0-9_-]*)?)?(?:\.([A-Za-z_][A-Za-z0-9_-]*)?)?$/;

/**
 * `aws_kms_` -> type names; `aws_kms_key.` -> names declared in the folder; `aws_kms_key.main.` -> exported
 * attributes. The same after `data.`. Undefined when the word at the cursor is not a reference being typed.
 */
function completeReference(req: CompletionContext): CompletionItem[] | undefined {
  const { cursor, doc } = req;
  const wordText = doc.text.slice(cursor.word.start, cursor.word.end);
  if (!wordText.startsWith('aws_kms') && !wordText.startsWith('data.aws')) {
    if (wordText === 'data.') return dataRoots(req, cursor.word.start + 5);
    return undefined;
  }
  // Only in an expression: after `=`, inside brackets, calls or interpolations.
  const t = cursor.frames[cursor.frames.length - 1];
  if (cursor.attributeName === undefined && (!t || t.kind === 'block')) return undefined;
  const m = REFERENCE_WORD.exec(wordText);
  if (!m) return undefined;
  const isData = m[1] !== undefined;
  const kind: SchemaKind = isData ? 'data' : 'resource';
  const typeStart = cursor.word.start + (isData ? 5 : 0);
  const dots = wordText.slice(isData ? 5 : 0).split('.').length - 1;
  const type = m[2]!;
  if (dots === 0) {
    const replace = { start: typeStart, end: identifierSpan(doc.text, req.offset).end };
    return typeNames(kind).map((t2) => ({ label: t2, kind: 'reference' as const, detail: kind === 'data' ? 'data source' : 'resource', insertText: `${t2}.`, replace, retrigger: true }));
  }
  if (!blockSchemaOf(kind, type)) return [];
  const folder = req.folder;
  if (dots === 1) {
    const nameStart = typeStart + type.length + 1;
    const replace = { start: nameStart, end: identifierSpan(doc.text, req.offset).end };
    const seen = new Set<string>();
    const items: CompletionItem[] = [];
    for (const d of declarationsIn(folder)) {
      if (d.kind !== kind || d.type !== type || seen.has(d.name)) continue;
      seen.add(d.name);
      const file = d.doc.uri.slice(d.doc.uri.lastIndexOf('/') + 1);
      items.push({ label: d.name, kind: 'reference', detail: `${d.address} (${file})`, insertText: `${d.name}.`, replace, retrigger: true });
    }
    return items;
  }
  const name = m[3];
  if (!name || !findDeclaration(folder, kind, type, name)) return [];
  const schema = blockSchemaOf(kind, type)!;
  const attrStart = typeStart + type.length + 1 + name.length + 1;
  const replace = { start: attrStart, end: identifierSpan(doc.text, req.offset).end };
  const version = req.version;
  return [...Object.entries(schema.attributes), ...Object.entries(schema.blockTypes)]
    .filter(([, s]) => existsIn(s, version))
    .map(([attr, s]) => {
      const facts = attributeFacts(kind, type, [], attr);
      const isAttr = 'type' in s;
      return {
        label: attr,
        kind: 'property' as const,
        detail: isAttr ? `${typeLabel((s as AttributeSchema).type)}${(s as AttributeSchema).computed && !(s as AttributeSchema).optional && !(s as AttributeSchema).required ? ', computed' : ''}` : 'block',
        ...(facts?.description ? { documentation: facts.description } : {}),
        replace,
        sortText: (['arn', 'id', 'key_id'].includes(attr) ? '0' : '1') + attr,
      };
    });
}

function dataRoots(req: CompletionContext, start: number): CompletionItem[] | undefined {
  const t = req.cursor.frames[req.cursor.frames.length - 1];
  if (req.cursor.attributeName === undefined && (!t || t.kind === 'block')) return undefined;
  const replace = { start, end: identifierSpan(req.doc.text, req.offset).end };
  return typeNames('data').map((t2) => ({ label: t2, kind: 'reference' as const, detail: 'data source', insertText: `${t2}.`, replace, retrigger: true }));
}
