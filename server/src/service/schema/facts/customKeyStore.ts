/** Custom key stores: `aws_kms_custom_key_store`, `data "aws_kms_custom_key_store"`. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import { CUSTOM_KEY_STORE_TYPES, XKS_PROXY_CONNECTIVITY } from './kms';
import { id, region } from './shared';
import type { AttributeFacts, FamilyFacts } from './types';

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

export const customKeyStoreFamily: FamilyFacts = {
  types: {
    'resource.aws_kms_custom_key_store': {
      description: 'A custom key store: a CloudHSM cluster (`AWS_CLOUDHSM`) or an external key manager behind an XKS proxy (`EXTERNAL_KEY_STORE`) that holds the key material of KMS keys.',
      source: '[IDX] func.resourceCustomKeyStore.goindex',
    },
    'data.aws_kms_custom_key_store': { description: 'Reads a custom key store by ID or name (one of the two).', source: '[IDX] func.dataSourceCustomKeyStore.goindex' },
  },
  attributes: {
    'resource.aws_kms_custom_key_store': customKeyStore,
    'resource.aws_kms_custom_key_store.xks_proxy_authentication_credential': xksCredential,
    'resource.aws_kms_custom_key_store.timeouts': timeouts15,
    'data.aws_kms_custom_key_store': dataCustomKeyStore,
  },
};
