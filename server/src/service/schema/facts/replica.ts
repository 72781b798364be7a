/** Multi-Region replicas: `aws_kms_replica_key`, `aws_kms_replica_external_key`. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import { arnOut, bypass, computedKeyUsage, deletionWindow, expirationModel, id, keyDescription, keyIdOut, keyMaterial, keyPolicy, keyState, region, tags, tagsAll, validTo } from './shared';
import type { AttributeFacts, FamilyFacts } from './types';

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

export const replicaFamily: FamilyFacts = {
  types: {
    'resource.aws_kms_replica_key': { description: 'A copy of a multi-Region primary key in another Region.', source: '[IDX] func.resourceReplicaKey.goindex' },
    'resource.aws_kms_replica_external_key': { description: 'A copy of a multi-Region primary key with imported material, in another Region; you import the same material into it.', source: '[IDX] func.resourceReplicaExternalKey.goindex' },
  },
  attributes: {
    'resource.aws_kms_replica_key': replicaKey,
    'resource.aws_kms_replica_external_key': replicaExternalKey,
  },
};
