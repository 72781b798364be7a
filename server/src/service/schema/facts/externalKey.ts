/** Keys with imported material: `aws_kms_external_key`. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import { KEY_SPECS, KEY_USAGES, NEW_IN_6 } from './kms';
import { arnOut, bypass, deletionWindow, expirationModel, id, keyDescription, keyMaterial, keyPolicy, keyState, region, tags, tagsAll, validTo } from './shared';
import type { AttributeFacts, FamilyFacts } from './types';

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

export const externalKeyFamily: FamilyFacts = {
  types: {
    'resource.aws_kms_external_key': {
      description:
        'A KMS key whose key material you import (origin EXTERNAL). Not a key in an external key store: for that use `aws_kms_key` with `custom_key_store_id` and `xks_key_id`.',
      source: '[IDX] func.resourceExternalKey.goindex:44-113',
    },
  },
  attributes: {
    'resource.aws_kms_external_key': externalKey,
  },
};
