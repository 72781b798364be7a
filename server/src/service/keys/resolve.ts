/**
 * Which KMS key an argument refers to: `aws_kms_key.x.arn|key_id|id` (and the replica and external key types),
 * an alias (`aws_kms_alias.x.*`, followed to its `target_key_id`), a local holding one of those (one level), all
 * optionally written as `"${...}"`. Data sources and variables are keys not known before apply.
 *
 * This is the one place that answers the question, so that it can move to the folder's semantic model (value
 * evaluation across files) without touching the rules that ask it.
 */
import type { ParsedDocument } from '../document';
import type { Expression } from '../hcl/model';
import { declarationsOf, findDeclaration, type Declaration } from '../blocks/references';

/** Resource types that are KMS keys (they have a key policy and can be used by services). */
export const KEY_TYPES: ReadonlySet<string> = new Set(['aws_kms_key', 'aws_kms_replica_key', 'aws_kms_external_key', 'aws_kms_replica_external_key']);

const KEY_ATTRIBUTES = new Set(['arn', 'key_id', 'id']);
const ALIAS_ATTRIBUTES = new Set(['arn', 'id', 'name', 'target_key_id', 'target_key_arn']);

export type KeyTarget =
  /** A key declared in the folder; `alias` is set when it was reached through an alias. */
  | { readonly kind: 'key'; readonly key: Declaration; readonly alias?: Declaration }
  /** A key, but which one is known only at apply (a data source, a variable, an expression). */
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * The key `expr` refers to, or undefined when it is no reference to a key at all (a literal key ARN or ID: a
 * key outside the folder, which the caller cannot judge either).
 */
export function resolveKey(folder: readonly ParsedDocument[], expr: Expression | undefined, depth = 0): KeyTarget | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'string') {
    const only = expr.parts.length === 1 ? expr.parts[0] : undefined;
    if (only?.kind === 'interpolation' && only.expr) return resolveKey(folder, only.expr, depth);
    if (expr.value !== undefined) return undefined;
    return { kind: 'unknown', reason: 'a string built at apply time' };
  }
  if (expr.kind !== 'traversal') return expr.kind === 'null' || expr.kind === 'number' || expr.kind === 'bool' ? undefined : { kind: 'unknown', reason: 'an expression evaluated at apply time' };
  const names = expr.steps.filter((s) => s.index === undefined && !s.splat).map((s) => s.name);
  if (expr.root === 'data') return names[0]?.startsWith('aws_kms_') ? { kind: 'unknown', reason: `the data source \`data.${names[0]}.${names[1] ?? ''}\`` } : { kind: 'unknown', reason: 'a data source' };
  if (expr.root === 'var') return { kind: 'unknown', reason: `the variable \`var.${names[0] ?? ''}\`` };
  if (expr.root === 'local') {
    const name = names[0];
    if (!name || depth > 0 || names.length !== 1) return { kind: 'unknown', reason: `\`local.${name ?? ''}\`` };
    const value = localValue(folder, name);
    return value ? (resolveKey(folder, value, depth + 1) ?? undefined) : { kind: 'unknown', reason: `\`local.${name}\`` };
  }
  const [name, attr] = names;
  if (KEY_TYPES.has(expr.root)) {
    if (!name || !attr || !KEY_ATTRIBUTES.has(attr)) return { kind: 'unknown', reason: `\`${expr.root}.${name ?? ''}\`` };
    const key = findDeclaration(folder, 'resource', expr.root, name);
    return key ? { kind: 'key', key } : { kind: 'unknown', reason: `\`${expr.root}.${name}\` is not declared in the folder` };
  }
  if (expr.root === 'aws_kms_alias') {
    if (!name || !attr || !ALIAS_ATTRIBUTES.has(attr) || depth > 2) return { kind: 'unknown', reason: `\`aws_kms_alias.${name ?? ''}\`` };
    const alias = findDeclaration(folder, 'resource', 'aws_kms_alias', name);
    const target = alias?.block.body.attributes.find((a) => a.name === 'target_key_id');
    if (!alias || !target) return { kind: 'unknown', reason: `\`aws_kms_alias.${name}\`` };
    const t = resolveKey(folder, target.value, depth + 1);
    if (t?.kind === 'key') return { kind: 'key', key: t.key, alias };
    return t ?? { kind: 'unknown', reason: `the target of \`aws_kms_alias.${name}\` is outside the folder` };
  }
  return { kind: 'unknown', reason: `\`${expr.root}\`` };
}

function localValue(folder: readonly ParsedDocument[], name: string): Expression | undefined {
  for (const d of folder) {
    for (const b of d.hcl.body.blocks) {
      if (b.type !== 'locals') continue;
      const a = b.body.attributes.find((x) => x.name === name);
      if (a) return a.value;
    }
  }
  return undefined;
}

/** Every key resource declared in the folder. */
export function folderKeys(folder: readonly ParsedDocument[]): Declaration[] {
  return folder.flatMap((d) => declarationsOf(d).filter((x) => x.kind === 'resource' && KEY_TYPES.has(x.type)));
}
