/**
 * Completion for aws_kms_* blocks: finds the completion context from the cursor scan (the blocks around the
 * cursor, whether it is in a value, an element of a list, a string) and hands it to its module under
 * completion/: type names and keywords (blockTypes), argument and nested-block names (arguments), allowed values
 * (values), references to aws_kms_* resources and data sources (references).
 */
import type { CompletionItem } from '../types';
import { bindBody, type CompletionContext } from '../context';
import type { CursorFrame } from '../hcl/cursor';
import type { SchemaKind } from '../schema';
import { completeArguments } from '../completion/arguments';
import { completeTopLevelKeywords, completeTypeName } from '../completion/blockTypes';
import { completeKmsReference } from '../completion/references';
import { completeArgumentValue } from '../completion/values';

type BlockFrame = Extract<CursorFrame, { kind: 'block' }>;

export function completeBlocks(req: CompletionContext): CompletionItem[] | undefined {
  const { cursor } = req;
  if (cursor.heredoc) return undefined;
  if (!cursor.string) {
    const refs = completeKmsReference(req);
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
    return completeArgumentValue(req, body, valueOf, elementOnly);
  }
  if (inner.length || cursor.string) return undefined;
  if (cursor.statementTokens.length > 1) return [];
  return completeArguments(req, body);
}
