/** Completion of Terraform structure for aws_kms_* blocks: type names, argument and nested-block names. */
import type { CompletionItem, CompletionRequest } from '../completion';
import type { CursorFrame } from '../hcl/cursor';
import type { Body, Span } from '../hcl/model';
import { blockSchemaOf, isConfigurable, typeLabel, typeNames, type AttributeSchema, type BlockSchema, type SchemaKind } from '../schema';
import { attributeFacts, typeFacts } from '../schema/facts';
import { META_ARGUMENTS, META_BLOCKS, nestedSchema, topLevelBlockAt } from './kmsBlocks';

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

export function completeBlocks(req: CompletionRequest): CompletionItem[] | undefined {
  const { cursor } = req;
  const frames = cursor.frames;
  if (frames.some((f) => f.kind !== 'block')) return undefined; // inside an expression: values come later
  const blocks = frames as readonly BlockFrame[];

  if (blocks.length === 0) {
    if (cursor.string) return completeTypeName(req);
    if (cursor.attributeName === undefined && cursor.statementTokens.length <= 1) return completeTopLevelKeywords(req);
    return [];
  }

  const outer = blocks[0]!;
  if (outer.type !== 'resource' && outer.type !== 'data') return undefined;
  const kind: SchemaKind = outer.type === 'resource' ? 'resource' : 'data';
  const typeName = outer.labels[0];
  if (!typeName) return undefined;
  const path = blocks.slice(1).map((b) => b.type);
  const schema = nestedSchema(blockSchemaOf(kind, typeName), path);
  if (!schema) return undefined;
  if (cursor.string || cursor.heredoc || cursor.attributeName !== undefined) return [];
  if (cursor.statementTokens.length > 1) return [];
  return completeBodyNames(req, kind, typeName, path, schema, presentNames(req, path));
}

function completeTypeName(req: CompletionRequest): CompletionItem[] {
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
    const schema = blockSchemaOf(kind, t)!;
    const removed = kind === 'data' && t === 'aws_kms_secret';
    return {
      label: t,
      kind: 'type' as const,
      detail: removed ? 'removed: use aws_kms_secrets' : kind === 'resource' ? 'resource' : 'data source',
      documentation: typeFacts(kind, t)?.description,
      replace,
      sortText: (removed ? '9' : '1') + t,
      ...(schema.deprecated ? {} : {}),
    };
  });
}

function completeTopLevelKeywords(req: CompletionRequest): CompletionItem[] {
  const replace = identifierSpan(req.doc.text, req.offset);
  return [
    { label: 'resource', kind: 'keyword', detail: 'resource block', insertText: 'resource "${1:aws_kms_key}" "${2:name}" {\n\t$0\n}', snippet: true, replace, sortText: '0resource' },
    { label: 'data', kind: 'keyword', detail: 'data source block', insertText: 'data "${1:aws_kms_key}" "${2:name}" {\n\t$0\n}', snippet: true, replace, sortText: '0data' },
  ];
}

/** Names already written in the body at the cursor, from the HCL model. */
function presentNames(req: CompletionRequest, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  const top = topLevelBlockAt(req.doc, req.offset);
  let body: Body | undefined = top?.body;
  for (const p of path) {
    body = body?.blocks.find((b) => b.type === p && req.offset >= b.span.start && req.offset <= b.span.end)?.body;
  }
  if (!body) return names;
  const word = identifierSpan(req.doc.text, req.offset);
  for (const a of body.attributes) if (a.nameSpan.start !== word.start) names.add(a.name);
  return names;
}

function attributeSnippet(name: string, a: AttributeSchema): string {
  const t = a.type;
  if (t === 'string') return `${name} = "$1"`;
  if (t === 'bool') return `${name} = \${1|true,false|}`;
  if (t === 'number') return `${name} = $1`;
  if (Array.isArray(t) && t[0] === 'map') return `${name} = {\n\t$1\n}`;
  if (Array.isArray(t) && (t[0] === 'list' || t[0] === 'set')) return `${name} = [$1]`;
  return `${name} = $1`;
}

function completeBodyNames(
  req: CompletionRequest,
  kind: SchemaKind,
  type: string,
  path: readonly string[],
  schema: BlockSchema,
  present: Set<string>,
): CompletionItem[] {
  const replace = identifierSpan(req.doc.text, req.offset);
  const items: CompletionItem[] = [];
  for (const [name, a] of Object.entries(schema.attributes)) {
    if (!isConfigurable(name, a) || present.has(name) || name === 'tags_all') continue;
    const facts = attributeFacts(kind, type, path, name);
    items.push({
      label: name,
      kind: 'attribute',
      detail: `${typeLabel(a.type)}${a.required ? ', required' : ''}`,
      documentation: facts?.description,
      insertText: attributeSnippet(name, a),
      snippet: true,
      replace,
      sortText: (a.required ? '0' : '1') + name,
    });
  }
  for (const [name, b] of Object.entries(schema.blockTypes)) {
    items.push({
      label: name,
      kind: 'block',
      detail: `block${b.minItems ? ', required' : ''}`,
      insertText: `${name} {\n\t$0\n}`,
      snippet: true,
      replace,
      sortText: (b.minItems ? '0' : '1') + name,
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
      items.push({ label: name, kind: 'keyword', detail: 'meta-argument block', documentation: doc, insertText: `${name} {\n\t$0\n}`, snippet: true, replace, sortText: '2' + name });
    }
  }
  return items;
}
