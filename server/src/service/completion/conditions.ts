/**
 * Completion in conditions: operators (as keys of `Condition`, or the `test` of a `condition` block), condition
 * keys (those the statement's actions support first) and the values of enumerated or well-known keys.
 */
import type { CompletionItem } from '../types';
import { actionSupportsKey, conditionKey, globalConditionKeys, kmsConditionKeys, type ConditionKey, type KmsAction } from '../iam/catalog';
import { CONDITION_OPERATORS, VIA_SERVICES, allOperatorNames, parseOperator } from '../iam/grammar';
import { CONDITION_VALUES } from '../iam/values';
import { coveredKmsActions, policyView } from '../policy/statements';
import { keyItem, policyAtCursor, valueItem, type PolicyCompletion } from './policyItems';

function statementActionsAt(ctx: PolicyCompletion): KmsAction[] | undefined {
  const { req } = ctx;
  const policy = policyAtCursor(req);
  if (!policy) return undefined;
  const st = policyView(policy.source).statements.find((s) => req.offset >= s.node.span.start && req.offset <= s.node.span.end);
  return st ? coveredKmsActions(st.action) : undefined;
}

function operatorSort(o: string): string {
  return (o.includes(':') ? '2' : o.endsWith('IfExists') ? '1' : '0') + String(CONDITION_OPERATORS.findIndex((x) => o.replace(/^For\w+Values?:/, '').startsWith(x.name))).padStart(2, '0') + o;
}

function conditionKeyItems(ctx: PolicyCompletion): { key: ConditionKey; sort: string }[] {
  const actions = statementActionsAt(ctx);
  const keys = [...kmsConditionKeys.filter((k) => !/RecipientAttestation:(NitroTPM)?PCR\d/.test(k.name) || k.name.endsWith('PCR0')), ...globalConditionKeys];
  return keys.map((key) => {
    const kms = key.name.startsWith('kms:');
    const supported = kms && actions && actions.length ? actions.some((a) => actionSupportsKey(a, key)) : kms;
    return { key, sort: `${supported ? '0' : kms ? '2' : '1'}${key.name}` };
  });
}

/** Condition operators as keys of `Condition`, those not written yet. */
export function operatorKeys(ctx: PolicyCompletion, keys: readonly string[]): CompletionItem[] {
  const has = new Set(keys);
  const json = ctx.pos.form === 'json';
  const sep = json ? ': ' : ' = ';
  return allOperatorNames()
    .filter((o) => !has.has(o))
    .map((o) => keyItem(ctx, o, `{\n\t"$1"${sep}"$2"\n}`, { documentation: parseOperator(o)?.operator.description, sortText: operatorSort(o) }));
}

/** The `test` of an aws_iam_policy_document `condition` block. */
export function operatorValues(ctx: PolicyCompletion): CompletionItem[] {
  return allOperatorNames().map((o) => valueItem(ctx, o, 'operator', { documentation: parseOperator(o)?.operator.description, sortText: operatorSort(o) }));
}

/** Condition keys as keys of an operator's object, those not written yet; placeholders (`${TagKey}`) as snippet fields. */
export function conditionKeyKeys(ctx: PolicyCompletion, keys: readonly string[]): CompletionItem[] {
  const has = new Set(keys);
  return conditionKeyItems(ctx)
    .filter((k) => !has.has(k.key.name))
    .map((k) => {
      const placeholder = k.key.name.includes('${') || k.key.name.endsWith('/tag-key');
      const snippetKey = placeholder ? k.key.name.replace(/\$\{([^}]*)\}/, '${1:$1}').replace(/\/tag-key$/, '/${1:tag-key}') : undefined;
      return keyItem(ctx, k.key.name, placeholder ? '"$2"' : '"$1"', { detail: k.key.type, documentation: k.key.description, sortText: k.sort, keySnippet: snippetKey });
    });
}

/** The `variable` of an aws_iam_policy_document `condition` block. */
export function conditionKeyValues(ctx: PolicyCompletion): CompletionItem[] {
  return conditionKeyItems(ctx).map((k) => valueItem(ctx, k.key.name, 'property', { detail: k.key.type, documentation: k.key.description, sortText: k.sort }));
}

/** Values of a condition key: services calling KMS, this account, the enumerated values, booleans. */
export function conditionValues(ctx: PolicyCompletion, keyName: string): CompletionItem[] {
  const key = conditionKey(keyName);
  const lower = keyName.toLowerCase();
  if (lower === 'kms:viaservice') {
    const region = regionReference(ctx);
    return VIA_SERVICES.map((s) => valueItem(ctx, `${s}.${region}.amazonaws.com`, 'value', { detail: 'service calling KMS for the principal', sortText: s }));
  }
  if (lower === 'kms:calleraccount' || lower === 'aws:principalaccount' || lower === 'aws:sourceaccount' || lower === 'aws:resourceaccount') {
    const ci = ctx.req.callerIdentity;
    return ci ? [valueItem(ctx, `\${data.aws_caller_identity.${ci}.account_id}`, 'reference', { detail: 'this account' })] : [];
  }
  const known = CONDITION_VALUES[lower];
  if (known) return known.map((v) => valueItem(ctx, v, 'enum'));
  if (key && (key.type === 'Bool' || /Bool/.test(key.type))) return ['true', 'false'].map((v) => valueItem(ctx, v, 'enum'));
  return [];
}

function regionReference(ctx: PolicyCompletion): string {
  for (const d of ctx.req.folder) {
    const b = d.hcl.body.blocks.find((x) => x.type === 'data' && x.labels[0]?.value === 'aws_region' && x.labels[1]);
    if (b) return `\${data.aws_region.${b.labels[1]!.value}.name}`;
  }
  return 'us-east-1';
}
