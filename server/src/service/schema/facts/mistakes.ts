/** Common mistakes: types and arguments people reach for that do not exist. */

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
