/**
 * Text edits on a policy in any of its forms: replace a string, rename a key, add an entry, add a statement.
 * New text is written in the form of the policy (HCL object syntax, JSON, or aws_iam_policy_document blocks)
 * and escaped for where it goes (JSON inside a quoted HCL string).
 */
import type { ParsedDocument } from '../document';
import type { TextEdit } from '../findings';
import type { Span } from '../hcl/model';
import type { PolicyEntry, PolicyNode, PolicyObject, PolicySource, PolicyString } from './model';

/** Escapes text for the inside of a quoted HCL string (a `${` stays an interpolation on purpose). */
function hclQuotedEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Text of a JSON fragment as it must be written in the source. */
function forJsonContext(source: PolicySource, json: string): string {
  // A quoted HCL string stays on one line: new JSON there is written compactly.
  return source.quoted ? hclQuotedEscape(json.replace(/\n[ \t]*/g, '')) : json;
}

/** Replaces the characters between the quotes of a string node. */
export function replaceString(source: PolicySource, node: PolicyString, value: string): TextEdit {
  if (source.form === 'json') return { span: node.contentSpan, newText: forJsonContext(source, JSON.stringify(value).slice(1, -1)) };
  return { span: node.contentSpan, newText: hclQuotedEscape(value) };
}

/** Replaces a whole value with a string. */
export function replaceWithString(source: PolicySource, node: PolicyNode, value: string): TextEdit {
  if (node.kind === 'string') return replaceString(source, node, value);
  return { span: node.span, newText: source.form === 'json' ? forJsonContext(source, JSON.stringify(value)) : `"${hclQuotedEscape(value)}"` };
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Renames an entry key, keeping its quoting style. */
export function renameKey(doc: ParsedDocument, source: PolicySource, e: PolicyEntry, key: string): TextEdit {
  if (source.form === 'json') return { span: e.keySpan, newText: forJsonContext(source, JSON.stringify(key)) };
  const quotedNow = doc.text.startsWith('"', e.keySpan.start);
  if (quotedNow || !IDENT.test(key)) {
    if (quotedNow && doc.text[e.keySpan.end - 1] === '"') return { span: { start: e.keySpan.start + 1, end: e.keySpan.end - 1 }, newText: hclQuotedEscape(key) };
    return { span: e.keySpan, newText: `"${hclQuotedEscape(key)}"` };
  }
  return { span: e.keySpan, newText: key };
}

/** Indentation of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const ls = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(ls))![0];
}

function sameLine(text: string, a: number, b: number): boolean {
  return !text.slice(Math.min(a, b), Math.max(a, b)).includes('\n');
}

/** A JS value as HCL object syntax (jsonencode argument). Strings may hold `${...}` references on purpose. */
export function renderHcl(v: unknown, indent: string, step = '  '): string {
  if (typeof v === 'string') return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => renderHcl(x, indent, step)).join(', ')}]`;
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj);
  const width = Math.max(...keys.map((k) => (IDENT.test(k) ? k.length : k.length + 2)));
  const inner = indent + step;
  const lines = keys.map((k) => {
    const name = IDENT.test(k) ? k : `"${k}"`;
    const val = obj[k];
    const pad = val !== null && typeof val === 'object' && !Array.isArray(val) ? '' : ' '.repeat(width - name.length);
    return `${inner}${name}${pad} = ${renderHcl(val, inner, step)}`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** A JS value as indented JSON. */
export function renderJson(v: unknown, indent: string, step = '  '): string {
  return JSON.stringify(v, null, step).replace(/\n/g, '\n' + indent);
}

/** A statement as an aws_iam_policy_document `statement` block. */
export function renderStatementBlock(st: StatementTemplate, indent: string): string {
  const i1 = indent + '  ';
  const i2 = i1 + '  ';
  const lines = [`statement {`];
  if (st.Sid) lines.push(`${i1}sid       = "${st.Sid}"`);
  lines.push(`${i1}effect    = "${st.Effect}"`);
  lines.push(`${i1}actions   = [${toList(st.Action).map((a) => `"${a}"`).join(', ')}]`);
  lines.push(`${i1}resources = [${toList(st.Resource).map((a) => `"${a}"`).join(', ')}]`);
  for (const [type, ids] of Object.entries(st.Principal ?? {})) {
    lines.push('', `${i1}principals {`, `${i2}type        = "${type}"`, `${i2}identifiers = [${toList(ids).map((a) => `"${a}"`).join(', ')}]`, `${i1}}`);
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

export function renderConditionBlock(test: string, variable: string, values: readonly string[], indent: string): string {
  const i1 = indent + '  ';
  return [`condition {`, `${i1}test     = "${test}"`, `${i1}variable = "${variable}"`, `${i1}values   = [${values.map((v) => `"${v}"`).join(', ')}]`, `${indent}}`].join('\n');
}

function toList(v: string | readonly string[]): readonly string[] {
  return typeof v === 'string' ? [v] : v;
}

export interface StatementTemplate {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: Readonly<Record<string, string | readonly string[]>>;
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
}

/** Adds `key = value` as the last entry of an object (a statement). Undefined for document-form objects. */
export function addEntry(doc: ParsedDocument, source: PolicySource, obj: PolicyObject, key: string, value: unknown): TextEdit | undefined {
  const text = doc.text;
  const last = obj.entries[obj.entries.length - 1];
  if (source.form === 'document') return undefined;
  if (!last) {
    const at = obj.span.start + 1;
    const indent = indentAt(text, obj.span.start) + '  ';
    const body = source.form === 'json' ? `${JSON.stringify(key)}: ${renderJson(value, indent)}` : `${IDENT.test(key) ? key : `"${key}"`} = ${renderHcl(value, indent)}`;
    return { span: { start: at, end: at }, newText: source.form === 'json' ? forJsonContext(source, `\n${indent}${body}\n`) : `\n${indent}${body}\n` };
  }
  const oneLine = sameLine(text, obj.span.start, last.span.end);
  const indent = oneLine ? '' : indentAt(text, last.span.start);
  const at: Span = { start: last.span.end, end: last.span.end };
  if (source.form === 'json') {
    const body = oneLine ? `, ${JSON.stringify(key)}: ${JSON.stringify(value)}` : `,\n${indent}${JSON.stringify(key)}: ${renderJson(value, indent)}`;
    return { span: at, newText: forJsonContext(source, body) };
  }
  const name = IDENT.test(key) ? key : `"${key}"`;
  // jsonencode: an item may be followed by a comma already.
  const afterComma = text[last.span.end] === ',';
  const pos = afterComma ? last.span.end + 1 : last.span.end;
  if (oneLine) return { span: { start: pos, end: pos }, newText: `${afterComma ? ' ' : ', '}${name} = ${renderHcl(value, '', '').replace(/\n/g, ' ')}` };
  return { span: { start: pos, end: pos }, newText: `\n${indent}${name} = ${renderHcl(value, indent)}` };
}

/** Adds `Version = "2012-10-17"` as the first entry of the root object. */
export function addFirstEntry(doc: ParsedDocument, source: PolicySource, obj: PolicyObject, key: string, value: string): TextEdit {
  const first = obj.entries[0];
  const text = doc.text;
  if (source.form === 'json') {
    if (!first) return { span: { start: obj.span.start + 1, end: obj.span.start + 1 }, newText: forJsonContext(source, `${JSON.stringify(key)}: ${JSON.stringify(value)}`) };
    const sep = sameLine(text, obj.span.start, first.span.start) ? ' ' : `\n${indentAt(text, first.span.start)}`;
    return { span: { start: first.span.start, end: first.span.start }, newText: forJsonContext(source, `${JSON.stringify(key)}: ${JSON.stringify(value)},`) + sep };
  }
  if (!first) return { span: { start: obj.span.start + 1, end: obj.span.start + 1 }, newText: ` ${key} = "${value}" ` };
  const oneLine = sameLine(text, obj.span.start, first.span.start);
  return { span: { start: first.span.start, end: first.span.start }, newText: oneLine ? `${key} = "${value}", ` : `${key} = "${value}"\n${indentAt(text, first.span.start)}` };
}

/** Adds a statement as the first one of the policy. */
export function addStatement(doc: ParsedDocument, source: PolicySource, st: StatementTemplate): TextEdit | undefined {
  const text = doc.text;
  if (source.form === 'document') {
    const first = source.block.body.blocks.find((b) => b.type === 'statement');
    if (first) {
      const indent = indentAt(text, first.span.start);
      return { span: { start: first.span.start, end: first.span.start }, newText: `${renderStatementBlock(st, indent)}\n\n${indent}` };
    }
    const indent = indentAt(text, source.block.span.start) + '  ';
    const at = source.block.body.span.end;
    return { span: { start: at, end: at }, newText: `\n${indent}${renderStatementBlock(st, indent)}\n` };
  }
  const root = source.root;
  if (root.kind !== 'object') return undefined;
  const stEntry = root.entries.find((e) => e.key === 'Statement');
  if (!stEntry) return undefined;
  if (stEntry.value.kind === 'object') {
    // A single statement written as an object: make it a list of the new statement and the old one.
    const obj = stEntry.value;
    const outer = indentAt(text, stEntry.span.start);
    const indent = outer + '  ';
    const rendered = source.form === 'json' ? renderJson(st, indent) : renderHcl(st, indent);
    const wrap = (t: string) => (source.form === 'json' ? forJsonContext(source, t) : t);
    return { span: obj.span, newText: `[${wrap(`\n${indent}${rendered},\n${indent}`)}${text.slice(obj.span.start, obj.span.end)}${wrap(`\n${outer}`)}]` };
  }
  if (stEntry.value.kind !== 'array') return undefined;
  const arr = stEntry.value;
  const first = arr.items[0];
  const indent = first ? indentAt(text, first.span.start) : indentAt(text, stEntry.span.start) + '  ';
  const rendered = source.form === 'json' ? renderJson(st, indent) : renderHcl(st, indent);
  const at = arr.span.start + 1;
  const newText = first ? `\n${indent}${rendered},` : `\n${indent}${rendered}\n${indentAt(text, stEntry.span.start)}`;
  return { span: { start: at, end: at }, newText: source.form === 'json' ? forJsonContext(source, newText) : newText };
}
