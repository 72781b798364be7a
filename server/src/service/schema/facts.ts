/**
 * What the provider schema does not say: what each type and argument is for (in our own words), allowed values,
 * ranges, patterns, defaults and whether a change replaces the resource. Every fact cites its source
 * (see ../shared/reference/kms-validation-facts.md for the source tags).
 */
import type { SchemaKind } from './index';

export interface AttributeFacts {
  /** One or two sentences in our words. */
  readonly description: string;
  readonly allowedValues?: readonly string[];
  readonly range?: { readonly min: number; readonly max: number };
  readonly default?: string | number | boolean;
  /** Changing it destroys and re-creates the resource. */
  readonly forceNew?: boolean;
  readonly source?: string;
}

export interface TypeFacts {
  readonly description: string;
  readonly source?: string;
}

const key: Readonly<Record<string, AttributeFacts>> = {
  description: { description: 'Free text shown in the KMS console to say what the key is for.', range: { min: 0, max: 8192 }, source: '[IDX] func.resourceKey.goindex:69-74' },
  key_usage: {
    description: 'What the key is used for. Symmetric keys encrypt; RSA, ECC and ML-DSA keys sign; HMAC keys generate MACs.',
    allowedValues: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT', 'ENCAPSULATE_DECAPSULATE'],
    default: 'ENCRYPT_DECRYPT',
    forceNew: true,
    source: '[IDX] func.resourceKey.goindex:89-95',
  },
  customer_master_key_spec: {
    description: 'The kind of key material: symmetric AES (the default), RSA, elliptic curve, HMAC, ML-DSA, ML-KEM or SM2.',
    default: 'SYMMETRIC_DEFAULT',
    forceNew: true,
    source: '[IDX] func.resourceKey.goindex:57-63',
  },
  deletion_window_in_days: { description: 'Days KMS waits after `terraform destroy` before deleting the key for good; the key can be recovered until then.', range: { min: 7, max: 30 }, source: '[IDX] func.resourceKey.goindex:64-68' },
  enable_key_rotation: { description: 'Turns on automatic yearly (or `rotation_period_in_days`) rotation of the key material. Only symmetric encryption keys can rotate.', default: false, source: '[SDK] 2268' },
  rotation_period_in_days: { description: 'Days between automatic rotations, when rotation is enabled.', range: { min: 90, max: 2560 }, source: '[IDX] func.resourceKey.goindex:103-109' },
  is_enabled: { description: 'Whether the key can be used in cryptographic operations.', default: true, source: '[DOC] r/kms_key' },
  policy: { description: 'The key policy as a JSON document: who may use and manage the key. Without it, KMS applies its default key policy.', source: '[IDX] func.resourceKey.goindex' },
  multi_region: { description: 'Creates a multi-Region primary key that `aws_kms_replica_key` can copy to other Regions.', default: false, forceNew: true, source: '[IDX] func.resourceKey.goindex:96-101' },
  bypass_policy_lockout_safety_check: { description: 'Skips the KMS check that the new policy still lets the caller manage the key. Risky: a wrong policy can make the key unmanageable.', default: false, source: '[SDK] 612-615' },
  custom_key_store_id: { description: 'Creates the key in a custom key store (CloudHSM or external) instead of KMS\'s own HSMs.', forceNew: true, source: '[IDX] func.resourceKey.goindex:51-56' },
  xks_key_id: { description: 'The key\'s ID in the external key manager, for keys in an external key store.', forceNew: true, source: '[IDX] func.resourceKey.goindex:112-118' },
  tags: { description: 'Tags to attach to the key.' },
  tags_all: { description: 'All tags, including the provider\'s default tags. Set by the provider; do not set it yourself.' },
};

const types: Readonly<Record<string, TypeFacts>> = {
  'resource.aws_kms_key': { description: 'A KMS key managed by AWS KMS: symmetric for encryption by default, or asymmetric/HMAC with a key spec.' },
};

const attributes: Readonly<Record<string, Readonly<Record<string, AttributeFacts>>>> = {
  'resource.aws_kms_key': key,
};

/** Facts about a top-level argument (`path` empty) or one of a nested block. */
export function attributeFacts(kind: SchemaKind, type: string, path: readonly string[], name: string): AttributeFacts | undefined {
  const table = attributes[`${kind}.${type}${path.map((p) => '.' + p).join('')}`];
  return table && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

export function typeFacts(kind: SchemaKind, type: string): TypeFacts | undefined {
  return types[`${kind}.${type}`];
}

/** The provider documentation page of a type. */
export function docUrl(kind: SchemaKind, type: string): string {
  const short = type.replace(/^aws_/, '');
  return `https://registry.terraform.io/providers/hashicorp/aws/latest/docs/${kind === 'resource' ? 'resources' : 'data-sources'}/${short}`;
}
