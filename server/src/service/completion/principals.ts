/**
 * Completion of principals: principal types (as keys of `Principal`, or the `type` of a `principals` block) and
 * principals of a type (the account root, with the folder's `data "aws_caller_identity"` when there is one;
 * KMS-related service principals; identity providers).
 */
import type { CompletionItem } from '../types';
import { KMS_SERVICE_PRINCIPALS, PRINCIPAL_TYPES } from '../iam/grammar';
import { escapeForForm, keyItem, stringReplace, valueItem, type PolicyCompletion } from './policyItems';

/** Principal types as keys of a `Principal` object, those not written yet. */
export function principalTypeKeys(ctx: PolicyCompletion, keys: readonly string[]): CompletionItem[] {
  const has = new Set(keys);
  return Object.entries(PRINCIPAL_TYPES)
    .filter(([k]) => !has.has(k) && k !== 'CanonicalUser')
    .map(([k, d]) => keyItem(ctx, k, '"$1"', { documentation: d }));
}

/** The value of `Principal` itself: everyone. */
export function principalWildcard(ctx: PolicyCompletion): CompletionItem[] {
  return [valueItem(ctx, '*', 'value', { detail: 'everyone', documentation: 'Everyone, in every account. Only with a condition that narrows who.' })];
}

/** The `type` of an aws_iam_policy_document `principals` block. */
export function principalTypeValues(ctx: PolicyCompletion): CompletionItem[] {
  return Object.entries(PRINCIPAL_TYPES).filter(([t]) => t !== 'CanonicalUser').map(([t, d]) => valueItem(ctx, t, 'enum', { documentation: d }));
}

/** Principals of a type: the account root (through the folder's caller identity), service principals, identity providers. */
export function principalValues(ctx: PolicyCompletion, type: string): CompletionItem[] {
  if (type === 'AWS') {
    const ci = ctx.req.callerIdentity;
    const items: CompletionItem[] = [];
    if (ci) items.push(valueItem(ctx, `arn:aws:iam::\${data.aws_caller_identity.${ci}.account_id}:root`, 'value', { detail: 'this account (root)', documentation: 'The account root: delegates access to the IAM policies of this account.', sortText: '0' }));
    else {
      const replace = ctx.pos.string ? stringReplace(ctx) : ctx.req.cursor.word;
      const q = ctx.pos.string ? '' : '"';
      items.push({ label: 'arn:aws:iam::<account>:root', kind: 'snippet', detail: 'an account (root)', insertText: escapeForForm(ctx, `${q}arn:aws:iam::\${1:111122223333}:root${q}`), snippet: true, replace, sortText: '0' });
    }
    items.push(valueItem(ctx, '*', 'value', { detail: 'everyone', documentation: 'Everyone, in every account. Only with a condition that narrows who.', sortText: '9' }));
    return items;
  }
  if (type === 'Service') return Object.entries(KMS_SERVICE_PRINCIPALS).map(([s, d]) => valueItem(ctx, s, 'value', { detail: 'service principal', documentation: d }));
  if (type === 'Federated') return ['cognito-identity.amazonaws.com', 'accounts.google.com', 'graph.facebook.com', 'www.amazon.com'].map((s) => valueItem(ctx, s, 'value'));
  return [];
}
