/** Completion of `Action` / `NotAction` values: the KMS actions with their access level, and the usual wildcards. */
import type { CompletionItem } from '../types';
import { kmsActions } from '../iam/catalog';
import { valueItem, type PolicyCompletion } from './policyItems';

const ACTION_GROUPS: Readonly<Record<string, string>> = {
  'kms:*': 'Every KMS action: full control of the key. Give it only to the account root.',
  'kms:Describe*': 'DescribeKey, DescribeCustomKeyStores.',
  'kms:List*': 'Every List action.',
  'kms:Get*': 'Every Get action (key policy, rotation status, public key...).',
  'kms:GenerateDataKey*': 'GenerateDataKey and its pair / without-plaintext variants.',
  'kms:ReEncrypt*': 'ReEncryptFrom and ReEncryptTo.',
};

/** Every KMS action, and the usual wildcards; without `kms:` typed, filtered by the bare name. */
export function actionValues(ctx: PolicyCompletion): CompletionItem[] {
  const typed = ctx.pos.string?.typed ?? '';
  const bare = !/^kms:/i.test(typed) && typed.length > 0 && !typed.includes(':');
  const items = Object.entries(ACTION_GROUPS).map(([a, d]) => valueItem(ctx, a, 'value', { detail: 'wildcard', documentation: d, sortText: '1' + a, filterText: bare ? a.slice(4) : undefined }));
  for (const a of kmsActions) {
    const label = `kms:${a.name}`;
    items.push(valueItem(ctx, label, 'value', { detail: a.accessLevel, documentation: a.description, sortText: '0' + a.name, filterText: bare ? a.name : undefined }));
  }
  return items;
}
