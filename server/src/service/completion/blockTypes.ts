/**
 * Completion at the top level of a file: the `resource` and `data` keywords as block snippets, and in the type
 * label of `resource "..."` / `data "..."`, the aws_kms_* type names (removed ones last).
 */
import type { CompletionItem } from '../types';
import type { CompletionContext } from '../context';
import { typeNames, type SchemaKind } from '../schema';
import { typeFacts } from '../schema/facts';
import { identifierSpan } from './words';

/** In the type label of a `resource` or `data` block: the type names. */
export function completeTypeName(req: CompletionContext): CompletionItem[] {
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

export function completeTopLevelKeywords(req: CompletionContext): CompletionItem[] {
  const replace = identifierSpan(req.doc.text, req.offset);
  return [
    { label: 'resource', kind: 'keyword', detail: 'resource block', insertText: 'resource "${1:aws_kms_key}" "${2:name}" {\n\t$0\n}', snippet: true, replace, sortText: '0resource' },
    { label: 'data', kind: 'keyword', detail: 'data source block', insertText: 'data "${1:aws_kms_key}" "${2:name}" {\n\t$0\n}', snippet: true, replace, sortText: '0data' },
  ];
}
