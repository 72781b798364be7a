/**
 * Completion of references to aws_kms_* resources and data sources in any expression of the file:
 * `aws_kms_` -> type names, `aws_kms_key.` -> names declared in the folder, `aws_kms_key.main.` -> exported
 * attributes; the same after `data.`.
 */
import type { CompletionItem } from '../types';
import type { CompletionContext } from '../context';
import { blockSchemaOf, existsIn, typeLabel, typeNames, type AttributeSchema, type SchemaKind } from '../schema';
import { attributeFacts } from '../schema/facts';
import { declarationsIn, findDeclaration } from '../blocks/references';
import { identifierSpan } from './words';

const REFERENCE_WORD = /^(data\.)?(aws(?:_[a-z0-9_]*)?)(?:\.([A-Za-z_][A-Za-z0-9_-]*)?)?(?:\.([A-Za-z_][A-Za-z0-9_-]*)?)?$/;

/**
 * `aws_kms_` -> type names; `aws_kms_key.` -> names declared in the folder; `aws_kms_key.main.` -> exported
 * attributes. The same after `data.`. Undefined when the word at the cursor is not a reference being typed.
 */
export function completeKmsReference(req: CompletionContext): CompletionItem[] | undefined {
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
