/**
 * What the provider schema does not say: what each type and argument is for (in our own words), allowed values,
 * ranges, lengths, patterns, defaults, conflicts and whether a change replaces the resource. Every fact cites its
 * source; the tags are explained in ../shared/reference/kms-validation-facts.md:
 *   [IDX]  terraform-provider-aws v6.58.0 source (via lonegunmanb/terraform-provider-aws-index), file:line
 *   [SDK]  @aws-sdk/client-kms 3.1164.0 models_0.d.ts line (the KMS API reference)
 *   [ENUM] the same package's enums.d.ts line
 *   [DOC]  the provider's documentation pages
 *   [TF]   observed with `terraform validate` against hashicorp/aws 5.100.0 (test/differential)
 */
import type { SchemaKind } from './index';

export interface ValuePattern {
  readonly regex: RegExp;
  /** What the pattern asks for, in words, for messages: "must start with `alias/`...". */
  readonly text: string;
}

export interface AttributeFacts {
  /** One or two sentences in our words. */
  readonly description: string;
  /** Allowed values of a string, or of each element of a set/list of strings. Case-sensitive. */
  readonly allowedValues?: readonly string[];
  /** Values accepted only from this provider major version on (older ones reject them at plan time). */
  readonly valuesSince?: Readonly<Record<string, number>>;
  /** Inclusive numeric range. */
  readonly range?: { readonly min: number; readonly max: number };
  /** Inclusive string length range. */
  readonly length?: { readonly min: number; readonly max: number };
  readonly pattern?: ValuePattern;
  /** Checked formats beyond a pattern. */
  readonly format?: 'rfc3339' | 'arn' | 'arn-or-service-principal' | 'key-id-or-alias';
  readonly default?: string | number | boolean;
  /** Changing it destroys and re-creates the resource. */
  readonly forceNew?: boolean;
  /** Arguments that may not be set together with this one (plan time). */
  readonly conflictsWith?: readonly string[];
  /** Arguments that must be set when this one is (plan time). */
  readonly requiredWith?: readonly string[];
  /** Why it is deprecated or removed, shown as a warning when set. */
  readonly deprecated?: string;
  /** Set by the provider, not meant to be written even though the schema allows it. */
  readonly doNotSet?: string;
  /** The pattern, length or format is enforced by the KMS API at apply time, not by the provider at plan time. */
  readonly checkedAt?: 'apply';
  readonly source?: string;
}

export interface TypeFacts {
  readonly description: string;
  /** Set for types that still exist in the schema but fail on use. */
  readonly removed?: string;
  /** Exactly one of these arguments must be set (plan time). */
  readonly exactlyOneOf?: readonly (readonly string[])[];
  readonly source?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Enumerations

/** Key usages, [ENUM] 170-176, [IDX] func.resourceKey.goindex:89-95. */
export const KEY_USAGES = ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT', 'ENCAPSULATE_DECAPSULATE'] as const;

/** Key specs, [ENUM] 140-161, [IDX] func.resourceKey.goindex:57-63. */
export const KEY_SPECS = [
  'SYMMETRIC_DEFAULT',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'ECC_NIST_EDWARDS25519',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
  'ML_KEM_512',
  'ML_KEM_768',
  'ML_KEM_1024',
  'SM2',
] as const;

/** Values hashicorp/aws 5.100.0 rejects at plan time ([TF]); v6 accepts them ([IDX], [ENUM]). */
const NEW_IN_6: Readonly<Record<string, number>> = Object.fromEntries(
  ['ECC_NIST_EDWARDS25519', 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87', 'ML_KEM_512', 'ML_KEM_768', 'ML_KEM_1024', 'ENCAPSULATE_DECAPSULATE', 'Encapsulate', 'Decapsulate'].map((v) => [v, 6]),
);

/**
 * The key usages KMS accepts for each key spec ([SDK] 666-700, spec groups [SDK] 735-887).
 * Nothing in the provider cross-checks them: a mismatch fails in CreateKey at apply time.
 */
export const USAGES_BY_SPEC: Readonly<Record<string, readonly string[]>> = {
  SYMMETRIC_DEFAULT: ['ENCRYPT_DECRYPT'],
  HMAC_224: ['GENERATE_VERIFY_MAC'],
  HMAC_256: ['GENERATE_VERIFY_MAC'],
  HMAC_384: ['GENERATE_VERIFY_MAC'],
  HMAC_512: ['GENERATE_VERIFY_MAC'],
  RSA_2048: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_3072: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_4096: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  ECC_NIST_P256: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P384: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P521: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_EDWARDS25519: ['SIGN_VERIFY'],
  ECC_SECG_P256K1: ['SIGN_VERIFY'],
  ML_DSA_44: ['SIGN_VERIFY'],
  ML_DSA_65: ['SIGN_VERIFY'],
  ML_DSA_87: ['SIGN_VERIFY'],
  ML_KEM_512: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_768: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_1024: ['ENCAPSULATE_DECAPSULATE'],
  SM2: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'],
};

export function keySpecAllowsUsage(spec: string, usage: string): boolean {
  return USAGES_BY_SPEC[spec]?.includes(usage) ?? true;
}

/** Specs that accept `usage` (all specs when the usage is unknown). */
export function specsForUsage(usage: string | undefined): string[] {
  return KEY_SPECS.filter((s) => usage === undefined || keySpecAllowsUsage(s, usage));
}

/** Only symmetric encryption keys rotate automatically ([SDK] 2268). */
export function specCanRotate(spec: string): boolean {
  return spec === 'SYMMETRIC_DEFAULT';
}

/** Grant operations, [IDX] func.resourceGrant.goindex:113-121, [ENUM] GrantOperation. */
export const GRANT_OPERATIONS = [
  'CreateGrant',
  'Decapsulate',
  'Decrypt',
  'DeriveSharedSecret',
  'DescribeKey',
  'Encapsulate',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'GetPublicKey',
  'ReEncryptFrom',
  'ReEncryptTo',
  'RetireGrant',
  'Sign',
  'Verify',
  'VerifyMac',
] as const;

const GRANT_ANY_KEY = ['CreateGrant', 'DescribeKey', 'RetireGrant'];

/**
 * The grant operations a key of this spec and usage can do; KMS rejects a grant for others ([SDK] 457-465):
 * symmetric keys do the data-key family, asymmetric keys what their usage allows plus GetPublicKey, HMAC keys MACs.
 */
export function grantOperationsFor(spec: string, usage: string): readonly string[] {
  if (spec === 'SYMMETRIC_DEFAULT') {
    return [...GRANT_ANY_KEY, 'Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'GenerateDataKeyWithoutPlaintext', 'ReEncryptFrom', 'ReEncryptTo'];
  }
  if (spec.startsWith('HMAC_')) return [...GRANT_ANY_KEY, 'GenerateMac', 'VerifyMac'];
  switch (usage) {
    case 'ENCRYPT_DECRYPT':
      return [...GRANT_ANY_KEY, 'GetPublicKey', 'Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo'];
    case 'SIGN_VERIFY':
      return [...GRANT_ANY_KEY, 'GetPublicKey', 'Sign', 'Verify'];
    case 'KEY_AGREEMENT':
      return [...GRANT_ANY_KEY, 'GetPublicKey', 'DeriveSharedSecret'];
    case 'ENCAPSULATE_DECAPSULATE':
      return [...GRANT_ANY_KEY, 'GetPublicKey', 'Encapsulate', 'Decapsulate'];
    default:
      return GRANT_OPERATIONS;
  }
}

export const CUSTOM_KEY_STORE_TYPES = ['AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] as const;
export const XKS_PROXY_CONNECTIVITY = ['PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE'] as const;
export const SECRET_ENCRYPTION_ALGORITHMS = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE', 'SYMMETRIC_DEFAULT'] as const;

/** Alias names: `alias/` then letters, digits, `/`, `_`, `-` ([IDX] var.aliasNamePattern.goindex:10), at most 256 ([SDK] 94-97). */
export const ALIAS_NAME = /^alias\/[0-9A-Za-z_/-]+$/;
export const ALIAS_RESERVED_PREFIX = 'alias/aws/';
export const ALIAS_MAX_LENGTH = 256;

/** Key IDs: a UUID or a multi-Region `mrk-` ID, fully anchored as the provider intends ([IDX] var.keyIDRegex.goindex:10). */
export const KEY_ID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|mrk-[0-9a-f]{32})$/;
/** ARNs as the provider's verify.ValidARN reads them: arn:partition:service:region:account:resource. */
export const ARN = /^arn:[a-z0-9-]+:[a-z0-9-]*:[a-z0-9-]*:(?:\d{12}|aws)?:.+$/;
/** Service principals accepted where an ARN is ([IDX] index/internal/verify var.servicePrincipalRegexp.goindex). */
export const SERVICE_PRINCIPAL = /^([0-9a-z-]+\.){1,4}(amazonaws|amazon)\.com$/;
/** RFC 3339 timestamps, as Go's time.RFC3339 parses them. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

// ---------------------------------------------------------------------------------------------------------------
// Shared argument facts

const tags: AttributeFacts = { description: 'Tags to attach to the resource; merged with the provider\'s `default_tags`.', source: '[DOC] r/kms_key' };
const tagsAll: AttributeFacts = {
  description: 'Every tag of the resource, including the provider\'s `default_tags`. Computed by the provider.',
  doNotSet: 'it is computed from `tags` and the provider\'s `default_tags`; set `tags` instead',
  source: 'kms-validation-facts.md, ambiguity 4',
};
const region: AttributeFacts = {
  description: 'The AWS Region that manages this resource; defaults to the provider\'s Region. Provider 6.x only.',
  source: '[IDX] method.servicePackage.SDKResources.goindex (Region: ResourceRegionDefault)',
};
const bypass: AttributeFacts = {
  description:
    'Skips the KMS check that the new key policy still lets the caller change it later. Risky: a wrong policy can leave the key unmanageable.',
  default: false,
  source: '[SDK] 612-615, 928-936; [IDX] func.resourceKey.goindex:46-50',
};
const deletionWindow = (dflt: number | undefined, src: string): AttributeFacts => ({
  description: 'Days KMS waits after the resource is destroyed before deleting the key material for good; the key can be recovered until then.',
  range: { min: 7, max: 30 },
  ...(dflt !== undefined ? { default: dflt } : {}),
  source: `${src}; [SDK] 4779-4780`,
});
const keyDescription = (src: string): AttributeFacts => ({ description: 'Free text that says what the key is for, shown in the KMS console.', length: { min: 0, max: 8192 }, source: src });
const keyPolicy = (src: string): AttributeFacts => ({
  description:
    'The key policy, a JSON document saying who may use and manage the key. Without it KMS applies the default key policy, which trusts the account\'s IAM policies.',
  source: `${src}; [SDK] 608-641`,
});
const keyMaterial: AttributeFacts = {
  description: 'Base64 of the key material to import (256 bits for a symmetric key). The provider wraps it with RSAES_OAEP_SHA_256.',
  forceNew: true,
  source: '[IDX] func.resourceExternalKey.goindex:75-80, func.importExternalKeyMaterial.goindex:34-37',
};
const validTo: AttributeFacts = {
  description: 'When the imported key material expires, as an RFC 3339 timestamp. Unset, the material never expires.',
  format: 'rfc3339',
  source: '[IDX] func.resourceExternalKey.goindex:108-112',
};
const arnOut = (what: string): AttributeFacts => ({ description: `The ARN of ${what}.` });
const keyIdOut: AttributeFacts = { description: 'The key\'s ID (a UUID, or `mrk-...` for multi-Region keys).' };
const id = (what: string): AttributeFacts => ({ description: `The resource ID: ${what}.` });
const computedKeyUsage: AttributeFacts = { description: 'What the key is used for (ENCRYPT_DECRYPT, SIGN_VERIFY, ...).' };
const keyState: AttributeFacts = { description: 'The key\'s state: Enabled, Disabled, PendingImport, PendingDeletion...' };
const expirationModel: AttributeFacts = { description: 'Whether imported key material expires (`KEY_MATERIAL_EXPIRES`) or not (`KEY_MATERIAL_DOES_NOT_EXPIRE`).' };
const keyIdOrAlias: AttributeFacts = {
  description: 'The key to look up: a key ID, key ARN, alias name (`alias/...`) or alias ARN.',
  format: 'key-id-or-alias',
  source: '[IDX] var.validateKeyOrAlias.goindex, var.keyIDRegex.goindex:10, var.multiRegionKeyIDPattern.goindex:10',
};
const targetKey = (required: string): AttributeFacts => ({ description: `The key to use: a key ID or key ARN (use the ARN for a key in another account). ${required}` });
const grantTokens: AttributeFacts = { description: 'Grant tokens for a grant that has not propagated yet.' };
const encryptionContext: AttributeFacts = { description: 'Encryption context: key/value pairs bound to the ciphertext; decryption needs the same pairs.' };

// ---------------------------------------------------------------------------------------------------------------
// Per type

const key: Record<string, AttributeFacts> = {
  description: keyDescription('[IDX] func.resourceKey.goindex:69-74'),
  key_usage: {
    description:
      'What the key does: `ENCRYPT_DECRYPT` (symmetric or RSA), `SIGN_VERIFY` (RSA, ECC, ML-DSA, SM2), `GENERATE_VERIFY_MAC` (HMAC), `KEY_AGREEMENT` (ECC NIST, SM2) or `ENCAPSULATE_DECAPSULATE` (ML-KEM). Only symmetric keys may leave it unset.',
    allowedValues: KEY_USAGES,
    valuesSince: NEW_IN_6,
    default: 'ENCRYPT_DECRYPT',
    forceNew: true,
    source: '[IDX] func.resourceKey.goindex:89-95; [ENUM] 170-176; [SDK] 659-661',
  },
  customer_master_key_spec: {
    description: 'The kind of key material: symmetric AES-256 (the default), RSA, elliptic curve, HMAC, ML-DSA, ML-KEM or SM2 (China Regions). Sent to KMS as `KeySpec`.',
    allowedValues: KEY_SPECS,
    valuesSince: NEW_IN_6,
    default: 'SYMMETRIC_DEFAULT',
    forceNew: true,
    source: '[IDX] func.resourceKey.goindex:57-63; [ENUM] 140-161',
  },
  deletion_window_in_days: deletionWindow(undefined, '[IDX] func.resourceKey.goindex:64-68'),
  enable_key_rotation: {
    description: 'Rotates the key material automatically, every 365 days or `rotation_period_in_days`. Only symmetric encryption keys outside custom key stores can rotate.',
    default: false,
    source: '[IDX] func.resourceKey.goindex:75-79; [SDK] 2268',
  },
  rotation_period_in_days: {
    description: 'Days between automatic rotations (KMS default 365). Needs `enable_key_rotation` in the configuration.',
    range: { min: 90, max: 2560 },
    requiredWith: ['enable_key_rotation'],
    source: '[IDX] func.resourceKey.goindex:103-109; [SDK] 2286-2287',
  },
  is_enabled: { description: 'Whether the key can be used in cryptographic operations. A disabled key makes every encrypt/decrypt with it fail.', default: true, source: '[DOC] r/kms_key' },
  policy: keyPolicy('[IDX] func.resourceKey.goindex'),
  multi_region: {
    description: 'Creates a multi-Region primary key that `aws_kms_replica_key` can copy into other Regions. Cannot change after creation.',
    default: false,
    forceNew: true,
    source: '[IDX] func.resourceKey.goindex:96-101; [SDK] 961-962',
  },
  bypass_policy_lockout_safety_check: bypass,
  custom_key_store_id: {
    description: 'Creates the key in a custom key store (CloudHSM, or an external key store with `xks_key_id`). Such keys must be symmetric, single-Region and cannot rotate.',
    length: { min: 1, max: 22 },
    forceNew: true,
    source: '[IDX] func.resourceKey.goindex:51-56; [SDK] 901-919',
  },
  xks_key_id: {
    description: 'The ID of the key in the external key manager, for a key in an external key store. Needs `custom_key_store_id`.',
    length: { min: 1, max: 128 },
    forceNew: true,
    requiredWith: ['custom_key_store_id'],
    source: '[IDX] func.resourceKey.goindex:112-118',
  },
  tags,
  tags_all: tagsAll,
  region,
  arn: arnOut('the key'),
  key_id: keyIdOut,
  id: id('the key ID'),
};

const keyTimeouts: Record<string, AttributeFacts> = {
  create: { description: 'How long to wait for the key to be created and its policy to propagate (a duration such as `"5m"`).', default: '2m', source: '[IDX] func.resourceKey.goindex:36-38' },
};

const alias: Record<string, AttributeFacts> = {
  name: {
    description: 'The alias name: `alias/` followed by letters, digits, `/`, `_` or `-`; not under `alias/aws/`, which AWS reserves.',
    pattern: { regex: ALIAS_NAME, text: 'must start with `alias/` and contain only letters, digits, `/`, `_` and `-`' },
    length: { min: 1, max: ALIAS_MAX_LENGTH },
    forceNew: true,
    conflictsWith: ['name_prefix'],
    source: '[IDX] func.resourceAlias.goindex:33, func.validNameForResource.goindex:13-20; [SDK] 94-97',
  },
  name_prefix: {
    description: 'Creates a unique alias name starting with this prefix. Same rules as `name`.',
    pattern: { regex: ALIAS_NAME, text: 'must start with `alias/` and contain only letters, digits, `/`, `_` and `-`' },
    forceNew: true,
    conflictsWith: ['name'],
    source: '[IDX] func.resourceAlias.goindex:41',
  },
  target_key_id: targetKey('The key must be in the same Region.'),
  target_key_arn: arnOut('the target key'),
  arn: arnOut('the alias'),
  id: id('the alias name'),
  region,
};

const keyPolicyResource: Record<string, AttributeFacts> = {
  key_id: { description: 'The key whose policy this resource manages: key ID or key ARN.', length: { min: 1, max: 2048 }, source: '[IDX] func.resourceKeyPolicy.goindex:34-38' },
  policy: keyPolicy('[IDX] func.resourceKeyPolicy.goindex:39'),
  bypass_policy_lockout_safety_check: bypass,
  id: id('the key ID'),
  region,
};

const grant: Record<string, AttributeFacts> = {
  key_id: { description: 'The key the grant is for: key ID or key ARN (the ARN for a key in another account).', forceNew: true, source: '[IDX] func.resourceGrant.goindex; [SDK] 405-409' },
  grantee_principal: {
    description: 'Who receives the permissions: an IAM principal ARN (or a service principal such as `logs.amazonaws.com`).',
    format: 'arn-or-service-principal',
    forceNew: true,
    source: '[IDX] func.resourceGrant.goindex:93-101',
  },
  retiring_principal: {
    description: 'Who may retire the grant: an IAM principal ARN or a service principal.',
    format: 'arn-or-service-principal',
    forceNew: true,
    source: '[IDX] func.resourceGrant.goindex:128-136',
  },
  operations: {
    description: 'The operations the grant allows. They must suit the key: symmetric keys encrypt and make data keys, asymmetric keys sign, verify or agree keys, HMAC keys make MACs.',
    allowedValues: GRANT_OPERATIONS,
    valuesSince: NEW_IN_6,
    forceNew: true,
    source: '[IDX] func.resourceGrant.goindex:113-121; [SDK] 457-465',
  },
  name: {
    description: 'A friendly name for the grant, to make retries idempotent.',
    pattern: { regex: /^[0-9A-Za-z_:/-]+$/, text: 'may contain only letters, digits, `_`, `:`, `/` and `-`' },
    length: { min: 1, max: 256 },
    forceNew: true,
    source: '[IDX] func.resourceGrant.goindex:107-111, func.validGrantName.goindex:13-19',
  },
  grant_creation_tokens: { description: 'Grant tokens sent with CreateGrant.', forceNew: true, source: '[IDX] func.resourceGrant.goindex:78-83' },
  retire_on_delete: {
    description: 'On destroy, retire the grant (needs the retiring principal\'s permission) instead of revoking it.',
    default: false,
    forceNew: true,
    source: '[IDX] func.resourceGrant.goindex:122-127, func.resourceGrantDelete.goindex:40-52',
  },
  grant_id: { description: 'The grant\'s ID.' },
  grant_token: { description: 'The grant token, usable before the grant has propagated. Sensitive.' },
  id: id('the key ID and grant ID joined by `:`'),
  region,
};

const grantConstraints: Record<string, AttributeFacts> = {
  encryption_context_equals: {
    description: 'The grant applies only when the request\'s encryption context equals this map. Not together with `encryption_context_subset`; only for symmetric encryption operations.',
    forceNew: true,
    source: '[IDX] func.resourceGrant.goindex:54-76, func.grantConstraintsIsValid.goindex:31-47; [SDK] 484-493',
  },
  encryption_context_subset: {
    description: 'The grant applies only when the request\'s encryption context includes these pairs. Not together with `encryption_context_equals`.',
    forceNew: true,
    source: '[IDX] func.resourceGrant.goindex:54-76, func.grantConstraintsIsValid.goindex:31-47',
  },
};

const externalKey: Record<string, AttributeFacts> = {
  description: keyDescription('[IDX] func.resourceExternalKey.goindex'),
  deletion_window_in_days: deletionWindow(30, '[IDX] func.resourceExternalKey.goindex:55-60'),
  enabled: { description: 'Whether the key can be used. Takes effect only once key material is imported.', source: '[IDX] func.resourceExternalKeyCreate.goindex:85-107' },
  key_material_base64: keyMaterial,
  valid_to: validTo,
  multi_region: { description: 'Creates a multi-Region primary key for imported material.', default: false, forceNew: true, source: '[IDX] func.resourceExternalKey.goindex:99-104' },
  policy: keyPolicy('[IDX] func.resourceExternalKey.goindex'),
  bypass_policy_lockout_safety_check: bypass,
  key_usage: {
    description: 'What the key does. Optional and computed: KMS decides when unset.',
    allowedValues: KEY_USAGES,
    valuesSince: NEW_IN_6,
    forceNew: true,
    source: '[IDX] func.resourceExternalKey.goindex:92-98',
  },
  key_spec: { description: 'The key spec of the imported material. Provider 6.x only.', allowedValues: KEY_SPECS, valuesSince: NEW_IN_6, forceNew: true, source: '[IDX] func.resourceExternalKey.goindex:81-87' },
  tags,
  tags_all: tagsAll,
  region,
  arn: arnOut('the key'),
  key_state: keyState,
  expiration_model: expirationModel,
  id: id('the key ID'),
};

const replicaKey: Record<string, AttributeFacts> = {
  primary_key_arn: {
    description: 'The ARN of the multi-Region primary key to copy. The replica is created in this resource\'s Region, which must differ from the primary\'s.',
    format: 'arn',
    forceNew: true,
    source: '[IDX] func.resourceReplicaKey.goindex:82-87; [SDK] 4511-4512',
  },
  description: keyDescription('[IDX] func.resourceReplicaKey.goindex'),
  deletion_window_in_days: deletionWindow(30, '[IDX] func.resourceReplicaKey.goindex:49-54'),
  enabled: { description: 'Whether the replica can be used.', default: true, source: '[IDX] func.resourceReplicaKey.goindex' },
  policy: keyPolicy('[IDX] func.resourceReplicaKey.goindex; not shared with the primary, [SDK] 4524-4525'),
  bypass_policy_lockout_safety_check: bypass,
  tags,
  tags_all: tagsAll,
  region,
  arn: arnOut('the replica key'),
  key_id: keyIdOut,
  key_spec: { description: 'The key spec, shared with the primary key.' },
  key_usage: computedKeyUsage,
  key_rotation_enabled: { description: 'Whether the primary rotates automatically; rotation is a shared property, set on the primary.', source: '[IDX] func.resourceReplicaKey.goindex:69-72' },
  id: id('the key ID'),
};

const replicaExternalKey: Record<string, AttributeFacts> = {
  primary_key_arn: { ...replicaKey.primary_key_arn!, source: '[IDX] func.resourceReplicaExternalKey.goindex:88-93' },
  description: keyDescription('[IDX] func.resourceReplicaExternalKey.goindex'),
  deletion_window_in_days: deletionWindow(30, '[IDX] func.resourceReplicaExternalKey.goindex:49-54'),
  enabled: { description: 'Whether the replica can be used, once key material is imported.' },
  key_material_base64: keyMaterial,
  valid_to: validTo,
  policy: keyPolicy('[IDX] func.resourceReplicaExternalKey.goindex'),
  bypass_policy_lockout_safety_check: bypass,
  tags,
  tags_all: tagsAll,
  region,
  arn: arnOut('the replica key'),
  key_id: keyIdOut,
  key_usage: computedKeyUsage,
  key_state: keyState,
  expiration_model: expirationModel,
  id: id('the key ID'),
};

const customKeyStore: Record<string, AttributeFacts> = {
  custom_key_store_name: { description: 'A name for the key store, unique in the account and Region.', source: '[SDK] 153-160' },
  custom_key_store_type: {
    description: '`AWS_CLOUDHSM` (the default) for a store backed by a CloudHSM cluster, or `EXTERNAL_KEY_STORE` for keys held in your own key manager behind an XKS proxy.',
    allowedValues: CUSTOM_KEY_STORE_TYPES,
    default: 'AWS_CLOUDHSM',
    forceNew: true,
    source: '[IDX] func.resourceCustomKeyStore.goindex:49-55; [SDK] 192-201',
  },
  cloud_hsm_cluster_id: { description: 'The CloudHSM cluster behind the store. Required for `AWS_CLOUDHSM`.', forceNew: true, source: '[SDK] 162-168' },
  trust_anchor_certificate: { description: 'The cluster\'s trust anchor certificate (PEM). Required for `AWS_CLOUDHSM`.', forceNew: true, source: '[SDK] 170-177' },
  key_store_password: {
    description: 'The password of the `kmsuser` crypto user in the CloudHSM cluster, 7 to 32 characters. Required for `AWS_CLOUDHSM`. Stored in state in plain text.',
    length: { min: 7, max: 32 },
    source: '[IDX] func.resourceCustomKeyStore.goindex:56-60; [SDK] 179-191',
  },
  xks_proxy_uri_endpoint: {
    description: 'The XKS proxy\'s endpoint: `https://` and a host name, with no port or path. Required for `EXTERNAL_KEY_STORE`.',
    pattern: { regex: /^https:\/\/[^/\\:]+$/, text: 'must be `https://` followed by a host name, with no port and no path' },
    checkedAt: 'apply',
    source: '[SDK] 203-241',
  },
  xks_proxy_uri_path: {
    description: 'The XKS proxy\'s base path, starting with `/` and ending with `/kms/xks/v1`. Required for `EXTERNAL_KEY_STORE`.',
    pattern: { regex: /^\/(?:.*\/)?kms\/xks\/v1$/, text: 'must start with `/` and end with `/kms/xks/v1`' },
    checkedAt: 'apply',
    source: '[SDK] 243-262',
  },
  xks_proxy_connectivity: {
    description: 'How KMS reaches the XKS proxy: over the internet (`PUBLIC_ENDPOINT`) or through a VPC endpoint service (`VPC_ENDPOINT_SERVICE`). Required for `EXTERNAL_KEY_STORE`.',
    allowedValues: XKS_PROXY_CONNECTIVITY,
    source: '[IDX] func.resourceCustomKeyStore.goindex:83-87; [SDK] 307-325',
  },
  xks_proxy_vpc_endpoint_service_name: { description: 'The VPC endpoint service of the proxy. Required when `xks_proxy_connectivity = "VPC_ENDPOINT_SERVICE"`.', source: '[SDK] 264-282' },
  region,
  id: id('the custom key store ID'),
};

const xksCredential: Record<string, AttributeFacts> = {
  access_key_id: { description: 'The access key ID KMS uses to sign requests to the XKS proxy.', source: '[SDK] 291-305' },
  raw_secret_access_key: {
    description: 'The secret key KMS uses to sign requests to the XKS proxy: 43 to 64 characters of letters, digits, `/`, `+`, `=`. Stored in state in plain text.',
    pattern: { regex: /^[A-Za-z0-9/+=]{43,64}$/, text: 'must be 43 to 64 characters of letters, digits, `/`, `+` and `=`' },
    checkedAt: 'apply',
    source: '[SDK] 142-146; [IDX] func.resourceCustomKeyStore.goindex:76-79',
  },
};

const timeouts15: Record<string, AttributeFacts> = {
  create: { description: 'How long to wait for creation (a duration such as `"15m"`).', default: '15m', source: '[IDX] func.resourceCustomKeyStore.goindex:32-36' },
  update: { description: 'How long to wait for an update.', default: '15m', source: '[IDX] func.resourceCustomKeyStore.goindex:32-36' },
  delete: { description: 'How long to wait for deletion.', default: '15m', source: '[IDX] func.resourceCustomKeyStore.goindex:32-36' },
};

const ciphertext: Record<string, AttributeFacts> = {
  key_id: { description: 'The symmetric key that encrypts the plaintext.', forceNew: true, source: '[IDX] func.resourceCiphertext.goindex:40-59' },
  plaintext: { description: 'The data to encrypt. Sensitive, and kept in state. In provider 6.x exactly one of `plaintext` and `plaintext_wo` is required.', forceNew: true, source: '[IDX] func.resourceCiphertext.goindex:40-59' },
  plaintext_wo: {
    description: 'Write-only data to encrypt: never stored in state. Provider 6.x only; needs `plaintext_wo_version`.',
    requiredWith: ['plaintext_wo_version'],
    source: '[IDX] func.resourceCiphertext.goindex:40-59',
  },
  plaintext_wo_version: { description: 'Bump it to encrypt `plaintext_wo` again.', requiredWith: ['plaintext_wo'], source: '[IDX] func.resourceCiphertext.goindex:40-59' },
  context: { ...encryptionContext, forceNew: true },
  ciphertext_blob: { description: 'The base64 ciphertext.' },
  region,
  id: id('the key ID'),
};

const secret: Record<string, AttributeFacts> = {
  name: { description: 'The name under which the decrypted value appears in `plaintext`.' },
  payload: { description: 'The base64 ciphertext to decrypt.' },
  context: encryptionContext,
  grant_tokens: grantTokens,
  key_id: { description: 'The key to decrypt with; required for asymmetric ciphertext.' },
  encryption_algorithm: { description: 'The algorithm the ciphertext was made with.', allowedValues: SECRET_ENCRYPTION_ALGORITHMS, source: '[IDX] func.dataSourceSecrets.goindex' },
};

const dataKey: Record<string, AttributeFacts> = {
  key_id: keyIdOrAlias,
  grant_tokens: grantTokens,
  region,
  arn: arnOut('the key'),
  aws_account_id: { description: 'The account that owns the key.' },
  cloud_hsm_cluster_id: { description: 'The CloudHSM cluster of the key\'s custom key store.' },
  creation_date: { description: 'When the key was created.' },
  custom_key_store_id: { description: 'The custom key store holding the key.' },
  customer_master_key_spec: { description: 'The key spec (SYMMETRIC_DEFAULT, RSA_2048, ...).' },
  key_spec: { description: 'The key spec (SYMMETRIC_DEFAULT, RSA_2048, ...).' },
  deletion_date: { description: 'When the key is scheduled for deletion, if it is.' },
  description: { description: 'The key\'s description.' },
  enabled: { description: 'Whether the key is enabled.' },
  expiration_model: expirationModel,
  key_manager: { description: '`AWS` for AWS managed keys, `CUSTOMER` for customer managed keys.' },
  key_state: keyState,
  key_usage: computedKeyUsage,
  multi_region: { description: 'Whether the key is a multi-Region key.' },
  multi_region_configuration: { description: 'The primary and replicas of a multi-Region key.' },
  origin: { description: 'Where the key material came from: AWS_KMS, EXTERNAL, AWS_CLOUDHSM or EXTERNAL_KEY_STORE.' },
  pending_deletion_window_in_days: { description: 'The waiting period before deletion.' },
  valid_to: { description: 'When imported key material expires.' },
  xks_key_configuration: { description: 'The external key of a key in an external key store.' },
  id: id('the key ID'),
};

const dataAlias: Record<string, AttributeFacts> = {
  name: {
    description: 'The alias to look up, including AWS managed ones such as `alias/aws/s3`.',
    pattern: { regex: ALIAS_NAME, text: 'must start with `alias/` and contain only letters, digits, `/`, `_` and `-`' },
    source: '[IDX] func.dataSourceAlias.goindex, func.validNameForDataSource.goindex:13-15',
  },
  arn: arnOut('the alias'),
  target_key_arn: arnOut('the key the alias points to'),
  target_key_id: { description: 'The ID of the key the alias points to.' },
  region,
  id: id('the alias ARN'),
};

const dataPublicKey: Record<string, AttributeFacts> = {
  key_id: keyIdOrAlias,
  grant_tokens: grantTokens,
  region,
  arn: arnOut('the key'),
  customer_master_key_spec: { description: 'The key spec of the asymmetric key.' },
  encryption_algorithms: { description: 'Encryption algorithms the key supports.' },
  signing_algorithms: { description: 'Signing algorithms the key supports.' },
  key_usage: computedKeyUsage,
  public_key: { description: 'The public key, base64 DER.' },
  public_key_pem: { description: 'The public key in PEM.' },
  id: id('the key ID'),
};

const dataCiphertext: Record<string, AttributeFacts> = {
  key_id: { description: 'The symmetric key that encrypts the plaintext.' },
  plaintext: { description: 'The data to encrypt. Sensitive.' },
  context: encryptionContext,
  ciphertext_blob: { description: 'The base64 ciphertext. It changes on every read.' },
  region,
  id: id('the key ID'),
};

const dataCustomKeyStore: Record<string, AttributeFacts> = {
  custom_key_store_id: { description: 'The store to look up by ID (or give `custom_key_store_name`).', conflictsWith: ['custom_key_store_name'], source: '[TF] hashicorp/aws 5.100.0' },
  custom_key_store_name: { description: 'The store to look up by name (or give `custom_key_store_id`).', conflictsWith: ['custom_key_store_id'], source: '[TF] hashicorp/aws 5.100.0' },
  cloud_hsm_cluster_id: { description: 'The CloudHSM cluster behind the store.' },
  connection_state: { description: 'Whether the store is CONNECTED; keys can be created only in a connected store.' },
  creation_date: { description: 'When the store was created.' },
  trust_anchor_certificate: { description: 'The cluster\'s trust anchor certificate.' },
  region,
  id: id('the custom key store ID'),
};

const types: Readonly<Record<string, TypeFacts>> = {
  'resource.aws_kms_key': {
    description: 'A customer managed KMS key: symmetric AES for encryption by default, or asymmetric/HMAC with `customer_master_key_spec` and `key_usage`.',
    source: '[IDX] func.resourceKey.goindex',
  },
  'resource.aws_kms_alias': { description: 'A friendly name (`alias/...`) that points at a KMS key; applications can use it instead of the key ID.', source: '[IDX] func.resourceAlias.goindex' },
  'resource.aws_kms_key_policy': {
    description: 'The key policy of an existing key, managed apart from the key. Do not also set `policy` on the key: the two would overwrite each other.',
    source: '[IDX] func.resourceKeyPolicy.goindex; [DOC] r/kms_key',
  },
  'resource.aws_kms_grant': { description: 'A grant: permission for a principal to use a key for some operations, without changing the key policy.', source: '[IDX] func.resourceGrant.goindex' },
  'resource.aws_kms_external_key': {
    description:
      'A KMS key whose key material you import (origin EXTERNAL). Not a key in an external key store: for that use `aws_kms_key` with `custom_key_store_id` and `xks_key_id`.',
    source: '[IDX] func.resourceExternalKey.goindex:44-113',
  },
  'resource.aws_kms_replica_key': { description: 'A copy of a multi-Region primary key in another Region.', source: '[IDX] func.resourceReplicaKey.goindex' },
  'resource.aws_kms_replica_external_key': { description: 'A copy of a multi-Region primary key with imported material, in another Region; you import the same material into it.', source: '[IDX] func.resourceReplicaExternalKey.goindex' },
  'resource.aws_kms_custom_key_store': {
    description: 'A custom key store: a CloudHSM cluster (`AWS_CLOUDHSM`) or an external key manager behind an XKS proxy (`EXTERNAL_KEY_STORE`) that holds the key material of KMS keys.',
    source: '[IDX] func.resourceCustomKeyStore.goindex',
  },
  'resource.aws_kms_ciphertext': {
    description: 'Encrypts a value with a KMS key once and keeps the ciphertext in state (unlike the data source, it does not change on every plan).',
    exactlyOneOf: [['plaintext', 'plaintext_wo']],
    source: '[IDX] func.resourceCiphertext.goindex:40-59',
  },
  'data.aws_kms_key': { description: 'Reads a KMS key\'s metadata by key ID, key ARN, alias name or alias ARN.', source: '[IDX] func.dataSourceKey.goindex' },
  'data.aws_kms_alias': { description: 'Reads an alias and the key it points to; AWS managed aliases (`alias/aws/...`) work too.', source: '[IDX] func.dataSourceAlias.goindex' },
  'data.aws_kms_ciphertext': { description: 'Encrypts a value with a KMS key on every plan: the ciphertext changes each time.', source: '[IDX] func.dataSourceCiphertext.goindex' },
  'data.aws_kms_custom_key_store': { description: 'Reads a custom key store by ID or name (one of the two).', source: '[IDX] func.dataSourceCustomKeyStore.goindex' },
  'data.aws_kms_public_key': { description: 'Reads the public key of an asymmetric KMS key.', source: '[IDX] func.dataSourcePublicKey.goindex' },
  'data.aws_kms_secret': {
    description: 'Removed: decrypted inline secrets. Every read fails with an error asking to move to `aws_kms_secrets`.',
    removed: '`data "aws_kms_secret"` was removed from the provider: every read fails. Use `data "aws_kms_secrets"`, which takes the same `secret` blocks.',
    source: '[IDX] func.dataSourceSecret.goindex, var.secretRemovedMessage.goindex',
  },
  'data.aws_kms_secrets': { description: 'Decrypts KMS ciphertexts (`secret` blocks) into the sensitive `plaintext` map.', source: '[IDX] func.dataSourceSecrets.goindex' },
};

const attributes: Readonly<Record<string, Readonly<Record<string, AttributeFacts>>>> = {
  'resource.aws_kms_key': key,
  'resource.aws_kms_key.timeouts': keyTimeouts,
  'resource.aws_kms_alias': alias,
  'resource.aws_kms_key_policy': keyPolicyResource,
  'resource.aws_kms_grant': grant,
  'resource.aws_kms_grant.constraints': grantConstraints,
  'resource.aws_kms_external_key': externalKey,
  'resource.aws_kms_replica_key': replicaKey,
  'resource.aws_kms_replica_external_key': replicaExternalKey,
  'resource.aws_kms_custom_key_store': customKeyStore,
  'resource.aws_kms_custom_key_store.xks_proxy_authentication_credential': xksCredential,
  'resource.aws_kms_custom_key_store.timeouts': timeouts15,
  'resource.aws_kms_ciphertext': ciphertext,
  'data.aws_kms_key': dataKey,
  'data.aws_kms_alias': dataAlias,
  'data.aws_kms_ciphertext': dataCiphertext,
  'data.aws_kms_custom_key_store': dataCustomKeyStore,
  'data.aws_kms_public_key': dataPublicKey,
  'data.aws_kms_secret': { id: id('the Region'), region },
  'data.aws_kms_secret.secret': { name: secret.name!, payload: secret.payload!, context: encryptionContext, grant_tokens: grantTokens },
  'data.aws_kms_secrets': { plaintext: { description: 'The decrypted values by secret name. Sensitive.' }, region, id: id('the Region') },
  'data.aws_kms_secrets.secret': secret,
};

/** Facts about a top-level argument (`path` empty) or one of a nested block. */
export function attributeFacts(kind: SchemaKind, type: string, path: readonly string[], name: string): AttributeFacts | undefined {
  const table = attributes[`${kind}.${type}${path.map((p) => '.' + p).join('')}`];
  return table && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

export function typeFacts(kind: SchemaKind, type: string): TypeFacts | undefined {
  return types[`${kind}.${type}`];
}

/** Whether `value` is allowed by the facts in provider major version `major`. */
export function valueAllowed(f: AttributeFacts, value: string, major: number): boolean {
  if (!f.allowedValues?.includes(value)) return false;
  const since = f.valuesSince?.[value];
  return since === undefined || major >= since;
}

/** The provider documentation page of a type. */
export function docUrl(kind: SchemaKind, type: string): string {
  const short = type.replace(/^aws_/, '');
  return `https://registry.terraform.io/providers/hashicorp/aws/latest/docs/${kind === 'resource' ? 'resources' : 'data-sources'}/${short}`;
}

/**
 * Types people reach for that do not exist, with what to use instead. The key is a mistaken type name; the value
 * the real type and a hint. Closest-name matching covers plain typos.
 */
export const MISTAKEN_TYPES: Readonly<Record<string, { readonly use: string; readonly hint: string }>> = {
  aws_kms_external_key_store: {
    use: 'aws_kms_custom_key_store',
    hint: 'an external key store is an `aws_kms_custom_key_store` with `custom_key_store_type = "EXTERNAL_KEY_STORE"`',
  },
  aws_kms_xks_key_store: {
    use: 'aws_kms_custom_key_store',
    hint: 'an external key store is an `aws_kms_custom_key_store` with `custom_key_store_type = "EXTERNAL_KEY_STORE"`',
  },
  aws_kms_cloudhsm_key_store: {
    use: 'aws_kms_custom_key_store',
    hint: 'a CloudHSM key store is an `aws_kms_custom_key_store` with `custom_key_store_type = "AWS_CLOUDHSM"`',
  },
  aws_kms_key_alias: { use: 'aws_kms_alias', hint: 'aliases are `aws_kms_alias`' },
};

/** Arguments people reach for that a type does not have, with a hint. Key: `type.argument`. */
export const MISTAKEN_ARGUMENTS: Readonly<Record<string, string>> = {
  'aws_kms_external_key.external_key_store_id':
    '`aws_kms_external_key` imports key material (origin EXTERNAL); it is not a key in an external key store. For that, use `aws_kms_key` with `custom_key_store_id` and `xks_key_id`.',
  'aws_kms_external_key.custom_key_store_id':
    '`aws_kms_external_key` imports key material; a key in a custom key store is an `aws_kms_key` with `custom_key_store_id`.',
  'aws_kms_external_key.xks_key_id': 'a key in an external key store is an `aws_kms_key` with `custom_key_store_id` and `xks_key_id`.',
  'aws_kms_key.key_spec': 'on `aws_kms_key` the key spec is called `customer_master_key_spec`.',
  'aws_kms_key.enabled': 'on `aws_kms_key` the switch is called `is_enabled`.',
  'aws_kms_replica_key.enable_key_rotation': 'rotation is shared by all Regions of a multi-Region key: enable it on the primary `aws_kms_key`.',
  'aws_kms_replica_key.multi_region': 'a replica is multi-Region by nature; set `multi_region = true` on the primary.',
};
