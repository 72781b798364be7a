/** Decryption: `data "aws_kms_secrets"` and the removed `data "aws_kms_secret"`. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import { SECRET_ENCRYPTION_ALGORITHMS } from './kms';
import { encryptionContext, grantTokens, id, region } from './shared';
import type { AttributeFacts, FamilyFacts } from './types';

const secret: Record<string, AttributeFacts> = {
  name: { description: 'The name under which the decrypted value appears in `plaintext`.' },
  payload: { description: 'The base64 ciphertext to decrypt.' },
  context: encryptionContext,
  grant_tokens: grantTokens,
  key_id: { description: 'The key to decrypt with; required for asymmetric ciphertext.' },
  encryption_algorithm: { description: 'The algorithm the ciphertext was made with.', allowedValues: SECRET_ENCRYPTION_ALGORITHMS, source: '[IDX] func.dataSourceSecrets.goindex' },
};

export const secretsFamily: FamilyFacts = {
  types: {
    'data.aws_kms_secret': {
      description: 'Removed: decrypted inline secrets. Every read fails with an error asking to move to `aws_kms_secrets`.',
      removed: '`data "aws_kms_secret"` was removed from the provider: every read fails. Use `data "aws_kms_secrets"`, which takes the same `secret` blocks.',
      source: '[IDX] func.dataSourceSecret.goindex, var.secretRemovedMessage.goindex',
    },
    'data.aws_kms_secrets': { description: 'Decrypts KMS ciphertexts (`secret` blocks) into the sensitive `plaintext` map.', source: '[IDX] func.dataSourceSecrets.goindex' },
  },
  attributes: {
    'data.aws_kms_secret': { id: id('the Region'), region },
    'data.aws_kms_secret.secret': { name: secret.name!, payload: secret.payload!, context: encryptionContext, grant_tokens: grantTokens },
    'data.aws_kms_secrets': { plaintext: { description: 'The decrypted values by secret name. Sensitive.' }, region, id: id('the Region') },
    'data.aws_kms_secrets.secret': secret,
  },
};
