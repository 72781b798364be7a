/**
 * Completion of references from the semantic model: `local.` (the folder's locals, with their values),
 * `var.` (variables with their types and defaults), and in a block with a known `for_each`, `each.` and the
 * attributes of `each.value.` across its instances, and `count.index`.
 */
import type { CompletionItem } from '../types';
import type { CompletionContext } from '../context';
import { evaluate, newBudget } from './evaluate';
import { instancesOf } from './bind';
import { render, type Value } from './value';

const REFERENCE = /(?:^|[^A-Za-z0-9_.-])((?:local|var|each|count)(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)\.([A-Za-z_][A-Za-z0-9_-]*)?$/;

export interface ReferenceCompletionOptions {
  /** Offer `local.` and `var.` (off beside another Terraform extension, which completes them). */
  readonly names: boolean;
}

export function completeReferences(req: CompletionContext, options: ReferenceCompletionOptions): CompletionItem[] | undefined {
  const { cursor, doc, offset } = req;
  if (cursor.inComment || cursor.string || cursor.heredoc) return undefined;
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const m = REFERENCE.exec(doc.text.slice(lineStart, offset));
  if (!m) return undefined;
  const path = m[1]!.split('.');
  const typed = m[2] ?? '';
  const replace = { start: offset - typed.length, end: offset };
  const fm = req.folderModel;
  const env = { folder: fm, uri: doc.uri, budget: newBudget() };
  const short = (v: Value) => render(v, 60);
  if (path.length === 1 && path[0] === 'local') {
    if (!options.names) return undefined;
    return [...fm.locals.entries()].map(([name, d]) => {
      const v = evaluate(d.node.value, { ...env, budget: newBudget() });
      return { label: name, kind: 'reference' as const, detail: short(v), documentation: `\`local.${name}\` = \`${render(v, 300)}\`\n\nDeclared in ${d.doc.uri.slice(d.doc.uri.lastIndexOf('/') + 1)}.`, replace };
    });
  }
  if (path.length === 1 && path[0] === 'var') {
    if (!options.names) return undefined;
    return [...fm.variables.entries()].map(([name, d]) => {
      const type = d.node.body.attributes.find((a) => a.name === 'type');
      const dflt = d.node.body.attributes.find((a) => a.name === 'default');
      const typeText = type ? d.doc.text.slice(type.value.span.start, type.value.span.end) : 'any';
      const dv = dflt ? short(evaluate(dflt.value, { ...env, uri: d.doc.uri, budget: newBudget() })) : undefined;
      return { label: name, kind: 'reference' as const, detail: dv !== undefined ? `${typeText} = ${dv}` : `${typeText} (no default)`, replace };
    });
  }
  const top = req.top;
  if (!top) return undefined;
  const hasForEach = top.body.attributes.some((a) => a.name === 'for_each');
  const hasCount = top.body.attributes.some((a) => a.name === 'count');
  if (path.length === 1 && path[0] === 'each') return hasForEach ? ['key', 'value'].map((label) => ({ label, kind: 'reference' as const, replace })) : undefined;
  if (path.length === 1 && path[0] === 'count') return hasCount ? [{ label: 'index', kind: 'reference' as const, replace }] : undefined;
  if (path[0] !== 'each' || path[1] !== 'value' || !hasForEach) return undefined;
  // Attributes of each.value (and deeper) across the instances, with each instance's value.
  const byName = new Map<string, string[]>();
  for (const inst of instancesOf(top, env)) {
    if (inst.key === undefined) continue;
    let v: Value | undefined = inst.names.get('each');
    for (const p of path.slice(1)) v = v?.k === 'object' ? v.entries.find((e) => e.key === p)?.value : undefined;
    if (v?.k !== 'object') continue;
    for (const e of v.entries) if (e.key !== undefined) (byName.get(e.key) ?? byName.set(e.key, []).get(e.key)!).push(`\`${inst.key}\`: \`${short(e.value)}\``);
  }
  return [...byName.entries()].map(([label, values]) => ({ label, kind: 'property' as const, detail: values.length === 1 ? values[0]!.replace(/`/g, '') : `${values.length} instances`, documentation: values.join('  \n'), replace }));
}
