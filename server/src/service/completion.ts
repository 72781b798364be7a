/**
 * doComplete: what may be typed at an offset. The cursor context comes from a tolerant scan of the text
 * (hcl/cursor.ts), so completion works in half-typed, unparseable code. Policy documents are asked first,
 * then aws_kms_* blocks, then the top level of the file.
 */
import { cursorContextFrom, type CursorContext } from './hcl/cursor';
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import type { CompletionItem, CompletionKind } from './types';
import { completionContext, type CompletionContext } from './context';
import { completeBlocks } from './blocks/completion';
import { completePolicy } from './policy/completion';
import { completeReferences } from './model/completion';
import { declaredDataSources, expandWithDefaults, kmsPatterns, omitDeclaredDataSources, type KmsPattern } from './patterns';

export type { CompletionItem, CompletionKind, CompletionRequest } from './types';

export interface CompletionOptions {
  /**
   * Offer the KMS patterns (snippets of the guide) at the top level of a file. VS Code reads the snippets file
   * itself, so its client turns this off; other editors get the patterns from here.
   */
  readonly patterns?: boolean;
  /**
   * HashiCorp's Terraform extension is installed and already completes block types, argument and block names
   * from the provider schema: leave those to it, keep values, references and policy documents.
   */
  readonly besideHashicorp?: boolean;
}

const SCHEMA_NAME_KINDS: ReadonlySet<CompletionKind> = new Set(['type', 'attribute', 'block', 'keyword']);

export function doComplete(workspace: Workspace, doc: ParsedDocument, offset: number, options: CompletionOptions = {}): CompletionItem[] {
  const req = completionContext(workspace, doc, offset, cursorContextFrom(doc.text, offset, topLevelStart(doc, offset)));
  if (req.cursor.inComment) return [];
  const refs = completeReferences(req, { names: !options.besideHashicorp });
  if (refs) return refs;
  const policy = completePolicy(req);
  let items = policy ?? completeBlocks(req) ?? [];
  if (!policy && options.besideHashicorp) items = items.filter((i) => !SCHEMA_NAME_KINDS.has(i.kind));
  if (options.patterns !== false && atTopLevelStatement(req.cursor)) items.push(...patternItems(req));
  return items;
}

/**
 * A top-level offset at or before `offset` from which the cursor scan can start: the start of the top-level
 * block holding the cursor, or the end of the last block before it. The scan is then proportional to one block.
 */
function topLevelStart(doc: ParsedDocument, offset: number): number {
  const blocks = doc.hcl.body.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) return 0;
  const b = blocks[found]!;
  return offset <= b.span.end ? b.span.start : b.span.end;
}

function atTopLevelStatement(c: CursorContext): boolean {
  return c.frames.length === 0 && !c.string && !c.heredoc && c.attributeName === undefined && c.statementTokens.length <= 1;
}

const previews = new WeakMap<KmsPattern, string>();

/** The pattern as it reads with every default, for the completion's documentation (computed once). */
function preview(p: KmsPattern): string {
  let text = previews.get(p);
  if (text === undefined) {
    text = `${p.description}\n\n\`\`\`terraform\n${expandWithDefaults(p.body)}\n\`\`\``;
    previews.set(p, text);
  }
  return text;
}

/** The guide's patterns as snippet completions, replacing the word being typed. */
function patternItems(req: CompletionContext): CompletionItem[] {
  let start = req.offset;
  while (start > 0 && /[A-Za-z0-9_-]/.test(req.doc.text[start - 1]!)) start--;
  const replace = { start, end: req.offset };
  const declared = declaredDataSources(req.doc.text);
  return kmsPatterns().map((p) => ({
    label: p.prefix,
    kind: 'snippet' as const,
    detail: p.name,
    documentation: preview(p),
    insertText: omitDeclaredDataSources(p.body, declared),
    snippet: true,
    replace,
    sortText: '3' + p.prefix,
  }));
}
