/**
 * Completion of an argument's value in an aws_kms_* block: `true`/`false` for booleans, and the allowed values of
 * enumerated arguments, narrowed by the block's other settings (a key spec by its usage and back, grant
 * operations by the granted key declared in the folder) and by the target provider version.
 */
import type { CompletionItem } from '../types';
import { factsOf, type BoundBody, type CompletionContext } from '../context';
import type { Span } from '../hcl/model';
import { GRANT_OPERATIONS, USAGES_BY_SPEC, grantOperationsFor, specsForUsage, valueAllowed, type AttributeFacts } from '../schema/facts';
import { asKmsBlock } from '../blocks/kmsBlocks';
import { keyConfig } from '../blocks/keyModel';
import { findDeclaration } from '../blocks/references';
import { knownString } from '../blocks/values';
import { bodyAt } from './arguments';
import { identifierSpan } from './words';

/** The values to offer for an argument, narrowed by the other settings of the block. */
function allowedValuesFor(req: CompletionContext, at: BoundBody, name: string, facts: AttributeFacts): readonly string[] {
  const { kind, type, path } = at;
  const all = (facts.allowedValues ?? []).filter((v) => valueAllowed(facts, v, req.major));
  if (kind !== 'resource' || path.length) return all;
  const top = req.top;
  const body = top?.body;
  const other = (n: string) => knownString(body?.attributes.find((a) => a.name === n)?.value);
  if ((type === 'aws_kms_key' && name === 'customer_master_key_spec') || (type === 'aws_kms_external_key' && name === 'key_spec')) {
    const usage = other('key_usage');
    return all.filter((s) => specsForUsage(usage).includes(s));
  }
  if ((type === 'aws_kms_key' || type === 'aws_kms_external_key') && name === 'key_usage') {
    const spec = other(type === 'aws_kms_key' ? 'customer_master_key_spec' : 'key_spec');
    const allowed = spec ? USAGES_BY_SPEC[spec] : undefined;
    return allowed ? all.filter((u) => allowed.includes(u)) : all;
  }
  if (type === 'aws_kms_grant' && name === 'operations' && top) {
    // Narrow to what the granted key can do, when `key_id` refers to a key declared in the folder.
    const keyId = body?.attributes.find((a) => a.name === 'key_id')?.value;
    if (keyId?.kind === 'traversal' && keyId.root === 'aws_kms_key' && keyId.steps[0]?.name) {
      const decl = findDeclaration(req.folder, 'resource', 'aws_kms_key', keyId.steps[0].name);
      const k = decl && asKmsBlock(decl.block);
      const cfg = k && keyConfig(k);
      if (cfg?.spec.value !== undefined && cfg.usage.value !== undefined) {
        const can = grantOperationsFor(cfg.spec.value, cfg.usage.value);
        return all.filter((o) => can.includes(o));
      }
    }
    return all.length ? all : GRANT_OPERATIONS;
  }
  return all;
}

export function completeArgumentValue(req: CompletionContext, at: BoundBody, name: string, inTuple: boolean): CompletionItem[] {
  const a = at.schema.attributes[name];
  if (!a) return [];
  const facts = factsOf(at, name);
  const { cursor, doc } = req;
  const isList = Array.isArray(a.type) && (a.type[0] === 'list' || a.type[0] === 'set');
  if (inTuple !== isList) return [];
  if (a.type === 'bool' && !cursor.string) {
    const replace = identifierSpan(doc.text, req.offset);
    return ['true', 'false'].map((v) => ({
      label: v,
      kind: 'value' as const,
      replace,
      ...(facts?.default !== undefined && String(facts.default) === v ? { detail: 'default' } : {}),
    }));
  }
  if (!facts?.allowedValues) return [];
  let values = allowedValuesFor(req, at, name, facts);
  if (inTuple) {
    const body = bodyAt(req, at.path);
    const written = body?.attributes.find((x) => x.name === name)?.value;
    const present = new Set(written?.kind === 'tuple' ? written.items.map((e) => knownString(e)).filter((v): v is string => v !== undefined) : []);
    const current = cursor.string?.textBefore;
    values = values.filter((v) => !present.has(v) || v === current);
  }
  let replace: Span;
  let quote: boolean;
  if (cursor.string) {
    const end = identifierSpan(doc.text, req.offset).end;
    replace = { start: cursor.string.contentStart, end };
    quote = false;
  } else {
    replace = identifierSpan(doc.text, req.offset);
    quote = true;
  }
  return values.map((v, i) => ({
    label: v,
    kind: 'enum' as const,
    ...(facts.default === v ? { detail: 'default' } : {}),
    insertText: quote ? `"${v}"` : v,
    replace,
    sortText: String(i).padStart(3, '0'),
  }));
}
