/**
 * Completion of a policy's elements: the keys of the root object and of a statement (with snippets of their
 * values), the arguments and blocks of an aws_iam_policy_document, and the values of `Version`, `Effect` and
 * `Resource` (in an identity policy, the ARNs of the folder's keys as references).
 */
import type { CompletionItem } from '../types';
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../iam/grammar';
import { keyItem, stringReplace, valueItem, type PolicyCompletion } from './policyItems';

/** Arguments and blocks of aws_iam_policy_document, its statements, principals and conditions. */
const DOCUMENT_NAMES: Readonly<Record<string, readonly (readonly [string, 'attribute' | 'block', string])[]>> = {
  '': [
    ['statement', 'block', 'A policy statement.'],
    ['version', 'attribute', 'Policy language version; defaults to "2012-10-17".'],
    ['policy_id', 'attribute', 'The policy `Id`.'],
    ['source_policy_documents', 'attribute', 'Documents merged in first; statements here with the same `sid` replace theirs.'],
    ['override_policy_documents', 'attribute', 'Documents merged in last; their statements replace those here with the same `sid`.'],
  ],
  statement: [
    ['sid', 'attribute', STATEMENT_ELEMENTS.Sid!],
    ['effect', 'attribute', `${STATEMENT_ELEMENTS.Effect} Defaults to "Allow".`],
    ['actions', 'attribute', STATEMENT_ELEMENTS.Action!],
    ['not_actions', 'attribute', STATEMENT_ELEMENTS.NotAction!],
    ['resources', 'attribute', STATEMENT_ELEMENTS.Resource!],
    ['not_resources', 'attribute', STATEMENT_ELEMENTS.NotResource!],
    ['principals', 'block', STATEMENT_ELEMENTS.Principal!],
    ['not_principals', 'block', STATEMENT_ELEMENTS.NotPrincipal!],
    ['condition', 'block', STATEMENT_ELEMENTS.Condition!],
  ],
  principals: [['type', 'attribute', 'AWS, Service or Federated.'], ['identifiers', 'attribute', 'The principals of that type.']],
  not_principals: [['type', 'attribute', 'AWS, Service or Federated.'], ['identifiers', 'attribute', 'The principals of that type.']],
  condition: [['test', 'attribute', 'The condition operator, such as "StringEquals".'], ['variable', 'attribute', 'The condition key, such as "kms:ViaService".'], ['values', 'attribute', 'The values to compare with.']],
};

export function completeDocumentNames(ctx: PolicyCompletion): CompletionItem[] {
  const { req, pos } = ctx;
  if (req.cursor.statementTokens.length > 1) return [];
  const path = pos.documentPath ?? [];
  const names = DOCUMENT_NAMES[path[path.length - 1] ?? ''] ?? [];
  const replace = req.cursor.word;
  return names
    .filter(([n]) => !(ctx.type === 'identity' && /principals$/.test(n)))
    .map(([name, kind, doc], i) => ({
      label: name,
      kind: kind === 'block' ? ('block' as const) : ('attribute' as const),
      documentation: doc,
      insertText: kind === 'block' ? `${name} {\n\t$0\n}` : `${name} = $0`,
      snippet: true,
      replace,
      sortText: String(i).padStart(2, '0'),
    }));
}

function statementKeyValue(ctx: PolicyCompletion, key: string): string {
  const json = ctx.pos.form === 'json';
  const sep = json ? ': ' : ' = ';
  const q = (k: string) => (json ? `"${k}"` : k);
  switch (key) {
    case 'Sid':
      return '"$1"';
    case 'Effect':
      return '"${1|Allow,Deny|}"';
    case 'Principal':
    case 'NotPrincipal':
      return `{\n\t${q('${1|AWS,Service,Federated|}')}${sep}"$2"\n}`;
    case 'Action':
    case 'NotAction':
      return '["$1"]';
    case 'Resource':
    case 'NotResource':
      return '"${1:*}"';
    case 'Condition':
      return `{\n\t${q('${1:StringEquals}')}${sep}{\n\t\t"$2"${sep}"$3"\n\t}\n}`;
    case 'Version':
      return '"2012-10-17"';
    case 'Statement':
      return '[\n\t{\n\t\t$0\n\t}\n]';
    case 'Id':
      return '"$1"';
    default:
      return '$0';
  }
}

/** Keys of the policy document's root object, those not written yet. */
export function rootKeys(ctx: PolicyCompletion, keys: readonly string[]): CompletionItem[] {
  const has = new Set(keys);
  return Object.entries(POLICY_ELEMENTS)
    .filter(([k]) => !has.has(k))
    .map(([k, d], i) => keyItem(ctx, k, statementKeyValue(ctx, k), { documentation: d, sortText: String(i) }));
}

/** Keys of a statement, those not written yet (nor their `Not` counterparts); no principals in an identity policy. */
export function statementKeys(ctx: PolicyCompletion, keys: readonly string[]): CompletionItem[] {
  const has = new Set(keys);
  const order = Object.keys(STATEMENT_ELEMENTS);
  return order
    .filter((k) => !has.has(k) && !has.has(k.startsWith('Not') ? k.slice(3) : `Not${k}`))
    .filter((k) => !(ctx.type === 'identity' && /Principal$/.test(k)))
    .map((k) => keyItem(ctx, k, statementKeyValue(ctx, k), { detail: k.startsWith('Not') ? 'rarely needed' : undefined, documentation: STATEMENT_ELEMENTS[k], sortText: (k.startsWith('Not') ? '1' : '0') + String(order.indexOf(k)).padStart(2, '0') }));
}

export function versionValues(ctx: PolicyCompletion): CompletionItem[] {
  return [valueItem(ctx, '2012-10-17', 'enum', { detail: 'current policy language', documentation: POLICY_ELEMENTS.Version })];
}

export function effectValues(ctx: PolicyCompletion): CompletionItem[] {
  return ['Allow', 'Deny'].map((v) => valueItem(ctx, v, 'enum'));
}

/** `"*"`, and in an identity policy the ARNs of the folder's keys. */
export function resourceValues(ctx: PolicyCompletion): CompletionItem[] {
  return [valueItem(ctx, '*', 'value', { detail: ctx.type === 'key' ? 'this key' : 'every resource', documentation: STATEMENT_ELEMENTS.Resource }), ...keyReferences(ctx)];
}

/** In an identity policy: the ARNs of the folder's KMS keys, as references (`aws_kms_key.main.arn`). */
function keyReferences(ctx: PolicyCompletion): CompletionItem[] {
  if (ctx.type !== 'identity') return [];
  const out: CompletionItem[] = [];
  for (const d of ctx.req.folder) {
    for (const b of d.hcl.body.blocks) {
      const [t, n] = b.labels.map((l) => l.value);
      if (b.type !== 'resource' || !n || !(t === 'aws_kms_key' || t === 'aws_kms_replica_key' || t === 'aws_kms_external_key')) continue;
      const ref = `${t}.${n}.arn`;
      const inString = !!ctx.pos.string;
      if (ctx.pos.form === 'json' && !inString) continue; // JSON text needs "${...}" in a string
      out.push({ label: ref, kind: 'reference', detail: 'ARN of this KMS key', insertText: inString || ctx.pos.form === 'json' ? `\${${ref}}` : ref, replace: inString ? stringReplace(ctx) : ctx.req.cursor.word, sortText: '1' + ref });
    }
  }
  return out;
}
