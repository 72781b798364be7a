/** Encryption: `aws_kms_ciphertext`, `data "aws_kms_ciphertext"`. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import { encryptionContext, id, region } from './shared';
import type { AttributeFacts, FamilyFacts } from './types';

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

const dataCiphertext: Record<string, AttributeFacts> = {
  key_id: { description: 'The symmetric key that encrypts the plaintext.' },
  plaintext: { description: 'The data to encrypt. Sensitive.' },
  context: encryptionContext,
  ciphertext_blob: { description: 'The base64 ciphertext. It changes on every read.' },
  region,
  id: id('the key ID'),
};

export const ciphertextFamily: FamilyFacts = {
  types: {
    'resource.aws_kms_ciphertext': {
      description: 'Encrypts a value with a KMS key once and keeps the ciphertext in state (unlike the data source, it does not change on every plan).',
      exactlyOneOf: [['plaintext', 'plaintext_wo']],
      source: '[IDX] func.resourceCiphertext.goindex:40-59',
    },
    'data.aws_kms_ciphertext': { description: 'Encrypts a value with a KMS key on every plan: the ciphertext changes each time.', source: '[IDX] func.dataSourceCiphertext.goindex' },
  },
  attributes: {
    'resource.aws_kms_ciphertext': ciphertext,
    'data.aws_kms_ciphertext': dataCiphertext,
  },
};
