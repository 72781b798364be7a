/** Aliases: `aws_kms_alias`, `data "aws_kms_alias"`. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import { ALIAS_MAX_LENGTH, ALIAS_NAME_PATTERN } from './formats';
import { arnOut, id, region, targetKey } from './shared';
import type { AttributeFacts, FamilyFacts } from './types';

const alias: Record<string, AttributeFacts> = {
  name: {
    description: 'The alias name: `alias/` followed by letters, digits, `/`, `_` or `-`; not under `alias/aws/`, which AWS reserves.',
    pattern: ALIAS_NAME_PATTERN,
    length: { min: 1, max: ALIAS_MAX_LENGTH },
    forceNew: true,
    conflictsWith: ['name_prefix'],
    source: '[IDX] func.resourceAlias.goindex:33, func.validNameForResource.goindex:13-20; [SDK] 94-97',
  },
  name_prefix: {
    description: 'Creates a unique alias name starting with this prefix. Same rules as `name`.',
    pattern: ALIAS_NAME_PATTERN,
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

const dataAlias: Record<string, AttributeFacts> = {
  name: {
    description: 'The alias to look up, including AWS managed ones such as `alias/aws/s3`.',
    pattern: ALIAS_NAME_PATTERN,
    source: '[IDX] func.dataSourceAlias.goindex, func.validNameForDataSource.goindex:13-15',
  },
  arn: arnOut('the alias'),
  target_key_arn: arnOut('the key the alias points to'),
  target_key_id: { description: 'The ID of the key the alias points to.' },
  region,
  id: id('the alias ARN'),
};

export const aliasFamily: FamilyFacts = {
  types: {
    'resource.aws_kms_alias': { description: 'A friendly name (`alias/...`) that points at a KMS key; applications can use it instead of the key ID.', source: '[IDX] func.resourceAlias.goindex' },
    'data.aws_kms_alias': { description: 'Reads an alias and the key it points to; AWS managed aliases (`alias/aws/...`) work too.', source: '[IDX] func.dataSourceAlias.goindex' },
  },
  attributes: {
    'resource.aws_kms_alias': alias,
    'data.aws_kms_alias': dataAlias,
  },
};
