/** Keys: `aws_kms_key`, `aws_kms_key_policy`, `data "aws_kms_key"`, `data "aws_kms_public_key"`. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import { KEY_SPECS, KEY_USAGES, NEW_IN_6 } from './kms';
import { arnOut, bypass, computedKeyUsage, deletionWindow, expirationModel, grantTokens, id, keyDescription, keyIdOrAlias, keyIdOut, keyPolicy, keyState, region, tags, tagsAll } from './shared';
import type { AttributeFacts, FamilyFacts } from './types';

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

const keyPolicyResource: Record<string, AttributeFacts> = {
  key_id: { description: 'The key whose policy this resource manages: key ID or key ARN.', length: { min: 1, max: 2048 }, source: '[IDX] func.resourceKeyPolicy.goindex:34-38' },
  policy: keyPolicy('[IDX] func.resourceKeyPolicy.goindex:39'),
  bypass_policy_lockout_safety_check: bypass,
  id: id('the key ID'),
  region,
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

export const keyFamily: FamilyFacts = {
  types: {
    'resource.aws_kms_key': {
      description: 'A customer managed KMS key: symmetric AES for encryption by default, or asymmetric/HMAC with `customer_master_key_spec` and `key_usage`.',
      source: '[IDX] func.resourceKey.goindex',
    },
    'resource.aws_kms_key_policy': {
      description: 'The key policy of an existing key, managed apart from the key. Do not also set `policy` on the key: the two would overwrite each other.',
      source: '[IDX] func.resourceKeyPolicy.goindex; [DOC] r/kms_key',
    },
    'data.aws_kms_key': { description: 'Reads a KMS key\'s metadata by key ID, key ARN, alias name or alias ARN.', source: '[IDX] func.dataSourceKey.goindex' },
    'data.aws_kms_public_key': { description: 'Reads the public key of an asymmetric KMS key.', source: '[IDX] func.dataSourcePublicKey.goindex' },
  },
  attributes: {
    'resource.aws_kms_key': key,
    'resource.aws_kms_key.timeouts': keyTimeouts,
    'resource.aws_kms_key_policy': keyPolicyResource,
    'data.aws_kms_key': dataKey,
    'data.aws_kms_public_key': dataPublicKey,
  },
};
