/** Grants: `aws_kms_grant`. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import { GRANT_OPERATIONS, NEW_IN_6 } from './kms';
import { id, region } from './shared';
import type { AttributeFacts, FamilyFacts } from './types';

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

export const grantFamily: FamilyFacts = {
  types: {
    'resource.aws_kms_grant': { description: 'A grant: permission for a principal to use a key for some operations, without changing the key policy.', source: '[IDX] func.resourceGrant.goindex' },
  },
  attributes: {
    'resource.aws_kms_grant': grant,
    'resource.aws_kms_grant.constraints': grantConstraints,
  },
};
