/** Argument facts that several types share. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import type { AttributeFacts } from './types';

export const tags: AttributeFacts = { description: 'Tags to attach to the resource; merged with the provider\'s `default_tags`.', source: '[DOC] r/kms_key' };
export const tagsAll: AttributeFacts = {
  description: 'Every tag of the resource, including the provider\'s `default_tags`. Computed by the provider.',
  doNotSet: 'it is computed from `tags` and the provider\'s `default_tags`; set `tags` instead',
  source: 'kms-validation-facts.md, ambiguity 4',
};
export const region: AttributeFacts = {
  description: 'The AWS Region that manages this resource; defaults to the provider\'s Region. Provider 6.x only.',
  source: '[IDX] method.servicePackage.SDKResources.goindex (Region: ResourceRegionDefault)',
};
export const bypass: AttributeFacts = {
  description:
    'Skips the KMS check that the new key policy still lets the caller change it later. Risky: a wrong policy can leave the key unmanageable.',
  default: false,
  source: '[SDK] 612-615, 928-936; [IDX] func.resourceKey.goindex:46-50',
};
export const deletionWindow = (dflt: number | undefined, src: string): AttributeFacts => ({
  description: 'Days KMS waits after the resource is destroyed before deleting the key material for good; the key can be recovered until then.',
  range: { min: 7, max: 30 },
  ...(dflt !== undefined ? { default: dflt } : {}),
  source: `${src}; [SDK] 4779-4780`,
});
export const keyDescription = (src: string): AttributeFacts => ({ description: 'Free text that says what the key is for, shown in the KMS console.', length: { min: 0, max: 8192 }, source: src });
export const keyPolicy = (src: string): AttributeFacts => ({
  description:
    'The key policy, a JSON document saying who may use and manage the key. Without it KMS applies the default key policy, which trusts the account\'s IAM policies.',
  source: `${src}; [SDK] 608-641`,
});
export const keyMaterial: AttributeFacts = {
  description: 'Base64 of the key material to import (256 bits for a symmetric key). The provider wraps it with RSAES_OAEP_SHA_256.',
  forceNew: true,
  source: '[IDX] func.resourceExternalKey.goindex:75-80, func.importExternalKeyMaterial.goindex:34-37',
};
export const validTo: AttributeFacts = {
  description: 'When the imported key material expires, as an RFC 3339 timestamp. Unset, the material never expires.',
  format: 'rfc3339',
  source: '[IDX] func.resourceExternalKey.goindex:108-112',
};
export const arnOut = (what: string): AttributeFacts => ({ description: `The ARN of ${what}.` });
export const keyIdOut: AttributeFacts = { description: 'The key\'s ID (a UUID, or `mrk-...` for multi-Region keys).' };
export const id = (what: string): AttributeFacts => ({ description: `The resource ID: ${what}.` });
export const computedKeyUsage: AttributeFacts = { description: 'What the key is used for (ENCRYPT_DECRYPT, SIGN_VERIFY, ...).' };
export const keyState: AttributeFacts = { description: 'The key\'s state: Enabled, Disabled, PendingImport, PendingDeletion...' };
export const expirationModel: AttributeFacts = { description: 'Whether imported key material expires (`KEY_MATERIAL_EXPIRES`) or not (`KEY_MATERIAL_DOES_NOT_EXPIRE`).' };
export const keyIdOrAlias: AttributeFacts = {
  description: 'The key to look up: a key ID, key ARN, alias name (`alias/...`) or alias ARN.',
  format: 'key-id-or-alias',
  source: '[IDX] var.validateKeyOrAlias.goindex, var.keyIDRegex.goindex:10, var.multiRegionKeyIDPattern.goindex:10',
};
export const targetKey = (required: string): AttributeFacts => ({ description: `The key to use: a key ID or key ARN (use the ARN for a key in another account). ${required}` });
export const grantTokens: AttributeFacts = { description: 'Grant tokens for a grant that has not propagated yet.' };
export const encryptionContext: AttributeFacts = { description: 'Encryption context: key/value pairs bound to the ciphertext; decryption needs the same pairs.' };
