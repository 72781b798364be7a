/**
 * A KMS key as configured: spec, usage, rotation and key-store settings of an `aws_kms_key` (or
 * `aws_kms_external_key`) block, with the provider's defaults filled in for absent arguments and `undefined`
 * for values not known before apply.
 */
import type { Attribute } from '../hcl/model';
import type { KmsBlock } from './kmsBlocks';
import { presentAttribute } from './kmsBlocks';
import { knownBool, knownString } from './values';

export interface KeySetting<T> {
  /** Known value (the default when absent), or undefined when not known before apply. */
  readonly value: T | undefined;
  /** The argument, when written. */
  readonly attr: Attribute | undefined;
}

export interface KeyConfig {
  readonly spec: KeySetting<string>;
  /** True when `key_usage` is absent and the provider's default ENCRYPT_DECRYPT applies. */
  readonly usageDefaulted: boolean;
  readonly usage: KeySetting<string>;
  readonly rotation: KeySetting<boolean>;
  readonly rotationPeriod: Attribute | undefined;
  /** `custom_key_store_id` when written (its value may be unknown: presence is what matters). */
  readonly customKeyStore: Attribute | undefined;
  readonly multiRegion: KeySetting<boolean>;
}

/** Read when asked: a rule that looks at the spec only has not read the rotation setting. */
function setting<T>(attr: Attribute | undefined, read: (a: Attribute) => T | undefined, dflt: T): KeySetting<T> {
  return {
    get value() {
      return attr ? read(attr) : dflt;
    },
    attr,
  };
}

const SPEC_ARG: Readonly<Record<string, string>> = { aws_kms_key: 'customer_master_key_spec', aws_kms_external_key: 'key_spec' };

/** The key configuration of an aws_kms_key or aws_kms_external_key resource block; undefined for other types. */
export function keyConfig(k: KmsBlock): KeyConfig | undefined {
  if (k.kind !== 'resource' || !SPEC_ARG[k.type]) return undefined;
  const body = k.block.body;
  const usageAttr = presentAttribute(body, 'key_usage');
  return {
    spec: setting(presentAttribute(body, SPEC_ARG[k.type]!), (a) => knownString(a.value), 'SYMMETRIC_DEFAULT'),
    usageDefaulted: !usageAttr,
    usage: setting(usageAttr, (a) => knownString(a.value), 'ENCRYPT_DECRYPT'),
    rotation: setting(presentAttribute(body, 'enable_key_rotation'), (a) => knownBool(a.value), false),
    rotationPeriod: presentAttribute(body, 'rotation_period_in_days'),
    customKeyStore: k.type === 'aws_kms_key' ? presentAttribute(body, 'custom_key_store_id') : undefined,
    multiRegion: setting(presentAttribute(body, 'multi_region'), (a) => knownBool(a.value), false),
  };
}
