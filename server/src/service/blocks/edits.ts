/** Text edits on blocks, for quick fixes: set, replace or remove an argument, keeping the file's indentation. */
import type { Attribute, Block, Expression } from '../hcl/model';
import type { TextEdit } from '../findings';
import type { AttributeSchema } from '../schema';
import type { AttributeFacts } from '../schema/facts';

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentAt(text: string, offset: number): string {
  const s = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(s, offset))![0];
}

/** The indentation of a block's arguments: that of its first argument or nested block, else the block's plus two spaces. */
export function bodyIndent(text: string, block: Block): string {
  const first = [...block.body.attributes, ...block.body.blocks].sort((a, b) => a.span.start - b.span.start)[0];
  if (first && text.lastIndexOf('\n', first.span.start) > block.span.start) return indentAt(text, first.span.start);
  return indentAt(text, block.span.start) + '  ';
}

/** Inserts `line` (an argument or nested block, without indentation) as the last item of the block's body. */
export function insertInBody(text: string, block: Block, line: string): TextEdit {
  const inner = bodyIndent(text, block);
  const indented = line.split('\n').map((l, i) => (i === 0 || l === '' ? l : inner + l)).join('\n');
  if (!block.closed) return { span: { start: block.body.span.end, end: block.body.span.end }, newText: `\n${inner}${indented}\n` };
  const close = block.span.end - 1;
  const ls = lineStart(text, close);
  if (/^[ \t]*$/.test(text.slice(ls, close)) && ls > block.span.start) return { span: { start: ls, end: ls }, newText: `${inner}${indented}\n` };
  return { span: { start: close, end: close }, newText: `\n${inner}${indented}\n${indentAt(text, block.span.start)}` };
}

/** Inserts an argument on the line after `after`, with the same indentation. */
export function insertAfter(text: string, after: Attribute, line: string): TextEdit {
  const nl = text.indexOf('\n', after.span.end);
  const at = nl === -1 ? text.length : nl;
  return { span: { start: at, end: at }, newText: `\n${indentAt(text, after.span.start)}${line}` };
}

/** Sets `name = value` in the block: replaces the value when the argument is there, else adds it. */
export function setArgument(text: string, block: Block, name: string, valueText: string): TextEdit {
  const a = block.body.attributes.find((x) => x.name === name);
  if (a) return { span: a.value.span, newText: valueText };
  return insertInBody(text, block, `${name} = ${valueText}`);
}

/** Removes the argument's whole line(s) when it stands alone on them, else just its text. */
export function removeAttribute(text: string, a: Attribute): TextEdit {
  const s = lineStart(text, a.span.start);
  const nl = text.indexOf('\n', a.span.end);
  const e = nl === -1 ? text.length : nl + 1;
  const before = text.slice(s, a.span.start);
  const after = text.slice(a.span.end, nl === -1 ? text.length : nl);
  if (/^[ \t]*$/.test(before) && /^[ \t]*(#.*|\/\/.*)?$/.test(after)) return { span: { start: s, end: e }, newText: '' };
  return { span: a.span, newText: '' };
}

/** Replaces the text of a string literal's content (between the quotes). */
export function replaceStringContent(expr: Expression, value: string): TextEdit {
  if (expr.kind === 'string' && !expr.heredoc) return { span: expr.contentSpan, newText: value };
  return { span: expr.span, newText: JSON.stringify(value) };
}

/** A value to start from: the first allowed value, the low end of a range, else an empty literal of the type. */
export function placeholder(a: AttributeSchema, facts: AttributeFacts | undefined): string {
  const t = a.type;
  if (facts?.allowedValues?.length && t === 'string') return JSON.stringify(facts.allowedValues[0]);
  if (t === 'string') return '""';
  if (t === 'number') return String(facts?.range?.min ?? 0);
  if (t === 'bool') return String(facts?.default ?? false);
  if (Array.isArray(t) && (t[0] === 'list' || t[0] === 'set')) return facts?.allowedValues?.length ? `[${JSON.stringify(facts.allowedValues[0])}]` : '[]';
  if (Array.isArray(t) && t[0] === 'map') return '{}';
  return 'null';
}
