/**
 * What the policy completion contexts share: the request with the cursor's place in the policy and the policy's
 * type, and the builders of value and key items in the policy's form (JSON text, possibly in a quoted string;
 * a jsonencode() object; an aws_iam_policy_document block).
 */
import type { CompletionItem, CompletionKind, Span } from '../types';
import type { CompletionContext } from '../context';
import { policiesInBlock } from '../policy/find';
import type { PolicyType } from '../policy/model';
import type { PolicyPosition } from '../policy/position';

export interface PolicyCompletion {
  readonly req: CompletionContext;
  readonly pos: PolicyPosition;
  readonly type: PolicyType | undefined;
}

export function stringReplace(ctx: PolicyCompletion): Span {
  const { req, pos } = ctx;
  const text = req.doc.text;
  const s = pos.string!;
  let e = req.offset;
  while (e < text.length && !/["\n\\,\]}\s]/.test(text[e]!)) e++;
  if (text[e] === '"' || (pos.quoted && text.startsWith('\\"', e))) return { start: s.contentStart, end: e };
  return { start: s.contentStart, end: req.offset };
}

/** The span of an entire key string, quotes included (JSON `"Eff|"` or jsonencode `"Eff|"`). */
function keyStringSpan(ctx: PolicyCompletion): Span {
  const r = stringReplace(ctx);
  const q = ctx.pos.quoted ? 2 : 1;
  const text = ctx.req.doc.text;
  const closed = text.startsWith(ctx.pos.quoted ? '\\"' : '"', r.end);
  return { start: r.start - q, end: closed ? r.end + q : r.end };
}

export function escapeForForm(ctx: PolicyCompletion, s: string): string {
  return ctx.pos.quoted ? s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : s;
}

/** What an item shows beside its label, and how it sorts and filters; empty fields are left out. */
export interface ItemText {
  readonly detail?: string | undefined;
  readonly documentation?: string | undefined;
  readonly sortText?: string | undefined;
}

/** A value, quoted and escaped for the policy's form; `filterText` applies inside a string only. */
export function valueItem(ctx: PolicyCompletion, value: string, kind: CompletionKind, shown: ItemText & { readonly filterText?: string | undefined } = {}): CompletionItem {
  const { detail, documentation, sortText, filterText } = shown;
  if (ctx.pos.string) {
    return { label: value, kind, replace: stringReplace(ctx), ...(detail ? { detail } : {}), ...(documentation ? { documentation } : {}), ...(sortText ? { sortText } : {}), ...(filterText ? { filterText } : {}) };
  }
  return { label: value, kind, insertText: escapeForForm(ctx, JSON.stringify(value)), replace: ctx.req.cursor.word, ...(detail ? { detail } : {}), ...(documentation ? { documentation } : {}), ...(sortText ? { sortText } : {}) };
}

/** A key with what follows it; `value` is snippet text, `keySnippet` the key as snippet text when it has placeholders. */
export function keyItem(ctx: PolicyCompletion, key: string, value: string, shown: ItemText & { readonly keySnippet?: string | undefined } = {}): CompletionItem {
  const { detail, documentation, sortText, keySnippet } = shown;
  const json = ctx.pos.form === 'json';
  const ident = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key);
  const k = keySnippet ?? key;
  const keyText = json ? `"${k}"` : ident ? k : `"${k}"`;
  const sep = json ? ': ' : ' = ';
  const text = escapeForForm(ctx, `${keyText}${sep}${value}`);
  const replace = ctx.pos.string ? keyStringSpan(ctx) : ctx.req.cursor.word;
  return {
    label: key,
    kind: 'property',
    insertText: text,
    snippet: true,
    replace,
    ...(detail ? { detail } : {}),
    ...(documentation ? { documentation } : {}),
    ...(sortText ? { sortText } : {}),
    ...(ctx.pos.string ? { filterText: json ? `"${key}` : `"${key}` } : {}),
  };
}

/** The policy (as parsed, possibly with errors) under the cursor, read from its top-level block only. */
export function policyAtCursor(req: CompletionContext) {
  const top = req.top;
  if (!top) return undefined;
  return policiesInBlock(req.doc, req.folder, top).find((p) => req.offset >= p.source.span.start && req.offset <= p.source.span.end);
}
