/**
 * KMS itself: key specs and usages, which specs allow which usage and rotation, grant operations, and the other
 * enumerations the KMS API defines. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts.
 */

/** Key usages, [ENUM] 170-176, [IDX] func.resourceKey.goindex:89-95. */
export const KEY_USAGES = ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT', 'ENCAPSULATE_DECAPSULATE'] as const;

/** Key specs, [ENUM] 140-161, [IDX] func.resourceKey.goindex:57-63. */
export const KEY_SPECS = [
  'SYMMETRIC_DEFAULT',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'ECC_NIST_EDWARDS25519',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
  'ML_KEM_512',
  'ML_KEM_768',
  'ML_KEM_1024',
  'SM2',
] as const;

/** Values hashicorp/aws 5.100.0 rejects at plan time ([TF]); v6 accepts them ([IDX], [ENUM]). */
export const NEW_IN_6: Readonly<Record<string, number>> = Object.fromEntries(
  ['ECC_NIST_EDWARDS25519', 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87', 'ML_KEM_512', 'ML_KEM_768', 'ML_KEM_1024', 'ENCAPSULATE_DECAPSULATE', 'Encapsulate', 'Decapsulate'].map((v) => [v, 6]),
);

/**
 * The key usages KMS accepts for each key spec ([SDK] 666-700, spec groups [SDK] 735-887).
 * Nothing in the provider cross-checks them: a mismatch fails in CreateKey at apply time.
 */
export const USAGES_BY_SPEC: Readonly<Record<string, readonly string[]>> = {
  SYMMETRIC_DEFAULT: ['ENCRYPT_DECRYPT'],
  HMAC_224: ['GENERATE_VERIFY_MAC'],
  HMAC_256: ['GENERATE_VERIFY_MAC'],
  HMAC_384: ['GENERATE_VERIFY_MAC'],
  HMAC_512: ['GENERATE_VERIFY_MAC'],
  RSA_2048: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_3072: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_4096: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  ECC_NIST_P256: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P384: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P521: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_EDWARDS25519: ['SIGN_VERIFY'],
  ECC_SECG_P256K1: ['SIGN_VERIFY'],
  ML_DSA_44: ['SIGN_VERIFY'],
  ML_DSA_65: ['SIGN_VERIFY'],
  ML_DSA_87: ['SIGN_VERIFY'],
  ML_KEM_512: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_768: ['ENCAPSULATE_DECAPSULATE'],
  ML_KEM_1024: ['ENCAPSULATE_DECAPSULATE'],
  SM2: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'],
};

export function keySpecAllowsUsage(spec: string, usage: string): boolean {
  return USAGES_BY_SPEC[spec]?.includes(usage) ?? true;
}

/** Specs that accept `usage` (all specs when the usage is unknown). */
export function specsForUsage(usage: string | undefined): string[] {
  return KEY_SPECS.filter((s) => usage === undefined || keySpecAllowsUsage(s, usage));
}

/** Only symmetric encryption keys rotate automatically ([SDK] 2268). */
export function specCanRotate(spec: string): boolean {
  return spec === 'SYMMETRIC_DEFAULT';
}

/** Grant operations, [IDX] func.resourceGrant.goindex:113-121, [ENUM] GrantOperation. */
export const GRANT_OPERATIONS = [
  'CreateGrant',
  'Decapsulate',
  'Decrypt',
  'DeriveSharedSecret',
  'DescribeKey',
  'Encapsulate',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'GetPublicKey',
  'ReEncryptFrom',
  'ReEncryptTo',
  'RetireGrant',
  'Sign',
  'Verify',
  'VerifyMac',
] as const;

const GRANT_ANY_KEY = ['CreateGrant', 'DescribeKey', 'RetireGrant'];

/**
 * The grant operations a key of this spec and usage can do; KMS rejects a grant for others ([SDK] 457-465):
 * symmetric keys do the data-key family, asymmetric keys what their usage allows plus GetPublicKey, HMAC keys MACs.
 */
export function grantOperationsFor(spec: string, usage: string): readonly string[] {
  if (spec === 'SYMMETRIC_DEFAULT') {
    return [...GRANT_ANY_KEY, 'Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'GenerateDataKeyWithoutPlaintext', 'ReEncryptFrom', 'ReEncryptTo'];
  }
  if (spec.startsWith('HMAC_')) return [...GRANT_ANY_KEY, 'GenerateMac', 'VerifyMac'];
  switch (usage) {
    case 'ENCRYPT_DECRYPT':
      return [...GRANT_ANY_KEY, 'GetPublicKey', 'Decrypt', 'Encrypt', 'ReEncryptFrom', 'ReEncryptTo'];
    case 'SIGN_VERIFY':
      return [...GRANT_ANY_KEY, 'GetPublicKey', 'Sign', 'Verify'];
    case 'KEY_AGREEMENT':
      return [...GRANT_ANY_KEY, 'GetPublicKey', 'DeriveSharedSecret'];
    case 'ENCAPSULATE_DECAPSULATE':
      return [...GRANT_ANY_KEY, 'GetPublicKey', 'Encapsulate', 'Decapsulate'];
    default:
      return GRANT_OPERATIONS;
  }
}

export const CUSTOM_KEY_STORE_TYPES = ['AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] as const;
export const XKS_PROXY_CONNECTIVITY = ['PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE'] as const;
export const SECRET_ENCRYPTION_ALGORITHMS = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE', 'SYMMETRIC_DEFAULT'] as const;
