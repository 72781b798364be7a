/**
 * Hover on a value: what an argument, a `local.*`, a `var.*`, an `each.*` or `count.index` evaluates to before
 * apply, where it comes from, and for a block with known instances, its value in each.
 */
import type { Hover } from '../types';
import type { RequestContext } from '../context';
import { childExpressions, type Attribute, type Block, type Body, type Expression, type Span } from '../hcl/model';
import { evaluate, newBudget } from './evaluate';
import { instancesOf } from './bind';
import { isWhollyKnown, render, type Value } from './value';

const NAMED_ROOTS = new Set(['local', 'var', 'each', 'count']);
const within = (s: Span, o: number) => o >= s.start && o <= s.end;

/** The innermost `local.x...`, `var.x...`, `each...` or `count.index` reference holding the offset. */
function referenceAt(e: Expression, offset: number, depth = 0): Expression | undefined {
  if (depth > 64 || !within(e.span, offset)) return undefined;
  for (const c of childExpressions(e)) {
    const inner = referenceAt(c, offset, depth + 1);
    if (inner) return inner;
  }
  if (e.kind === 'traversal' && NAMED_ROOTS.has(e.root)) return e;
  return undefined;
}

function attributeAt(body: Body, offset: number, depth = 0): Attribute | undefined {
  if (depth > 32) return undefined;
  for (const a of body.attributes) if (within(a.span, offset)) return a;
  for (const b of body.blocks) if (within(b.span, offset)) return attributeAt(b.body, offset, depth + 1);
  return undefined;
}

function isLiteral(e: Expression): boolean {
  return e.kind === 'number' || e.kind === 'bool' || e.kind === 'null' || (e.kind === 'string' && e.value !== undefined);
}

function describe(v: Value, folderText: (uri: string, offset: number) => string): string {
  const where = v.at.uri ? ` (${folderText(v.at.uri, v.at.span.start)})` : '';
  const defaults = v.defaults?.length ? ` — through the default of ${v.defaults.map((d) => `\`var.${d}\``).join(', ')}: a caller may set another value` : '';
  if (v.k === 'unknown') {
    if (v.rest) return 'items not known before apply';
    return `unknown until apply: ${v.why}`;
  }
  if (v.k === 'oneOf') return `one of ${v.options.map((o) => `\`${render(o, 80)}\``).join(', ')} (depends on a value not known before apply)`;
  if (v.k === 'error') return `Terraform rejects this expression: ${v.message}`;
  return `\`${render(v, 300)}\`${isWhollyKnown(v) ? `, written at${where}` : ''}${defaults}`;
}

/** `besideOther`: another hover answers already; then only a reference (`local.x`, `each.value`...) adds its value. */
export function hoverValue(req: RequestContext, besideOther = false): Hover | undefined {
  const top: Block | undefined = req.top;
  if (!top) return undefined;
  const attr = attributeAt(top.body, req.offset);
  if (!attr) return undefined;
  const onName = within(attr.nameSpan, req.offset);
  const target = onName ? (isLiteral(attr.value) || besideOther ? undefined : attr.value) : referenceAt(attr.value, req.offset);
  if (!target) return undefined;
  const fm = req.folderModel;
  const text = (uri: string, offset: number) => {
    const d = fm.docs.find((x) => x.uri === uri);
    return d ? `${uri.slice(uri.lastIndexOf('/') + 1)}:${d.lineMap.positionAt(offset).line + 1}` : uri;
  };
  const base = { folder: fm, uri: req.doc.uri };
  const instances = top.type === 'resource' || top.type === 'data' || top.type === 'module' ? instancesOf(top, { ...base, budget: newBudget() }) : [];
  const name = onName ? `\`${attr.name}\`` : `\`${req.doc.text.slice(target.span.start, target.span.end)}\``;
  const keyed = instances.filter((i) => i.key !== undefined);
  let body: string;
  if (keyed.length > 1) {
    body = keyed.map((i) => `- \`${i.key}\`: ${describe(evaluate(target, { ...base, names: i.names, budget: newBudget() }), text)}`).join('\n');
    body = `${name} in each instance:\n\n${body}`;
  } else {
    const names = keyed[0]?.names ?? instances[0]?.names;
    body = `${name} = ${describe(evaluate(target, { ...base, ...(names ? { names } : {}), budget: newBudget() }), text)}`;
  }
  return { span: onName ? attr.nameSpan : target.span, contents: `**Value before apply**\n\n${body}` };
}
