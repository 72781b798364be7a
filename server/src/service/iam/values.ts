/**
 * Known values of KMS condition keys, for completion. Enum values are those of the KMS API
 * (@aws-sdk/client-kms 3.1164.0 dist-types/models/enums.d.ts, see ../shared/reference/kms-validation-facts.md §1, §2, §7).
 * The grant-operation list belongs with the schema facts (schema/facts.ts) once it is there; until then it lives here.
 */

/** `types.GrantOperation.Values()` ([IDX] func.resourceGrant.goindex:113-121, [ENUM] GrantOperation). */
export const GRANT_OPERATIONS: readonly string[] = [
  'CreateGrant', 'Decapsulate', 'Decrypt', 'DeriveSharedSecret', 'DescribeKey', 'Encapsulate', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext', 'GenerateDataKeyWithoutPlaintext', 'GenerateMac', 'GetPublicKey', 'ReEncryptFrom', 'ReEncryptTo', 'RetireGrant',
  'Sign', 'Verify', 'VerifyMac',
];

const KEY_SPECS = [
  'SYMMETRIC_DEFAULT', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_NIST_EDWARDS25519', 'ECC_SECG_P256K1',
  'HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512', 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87', 'ML_KEM_512', 'ML_KEM_768', 'ML_KEM_1024', 'SM2',
];

/** Values by condition key (lower-case name). */
export const CONDITION_VALUES: Readonly<Record<string, readonly string[]>> = {
  'kms:encryptionalgorithm': ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'],
  'kms:keyspec': KEY_SPECS,
  'kms:customermasterkeyspec': KEY_SPECS,
  'kms:keyusage': ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT', 'ENCAPSULATE_DECAPSULATE'],
  'kms:customermasterkeyusage': ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'],
  'kms:keyorigin': ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'],
  'kms:grantoperations': GRANT_OPERATIONS,
  'kms:multiregionkeytype': ['PRIMARY', 'REPLICA'],
  'kms:expirationmodel': ['KEY_MATERIAL_EXPIRES', 'KEY_MATERIAL_DOES_NOT_EXPIRE'],
  'kms:messagetype': ['RAW', 'DIGEST'],
  'kms:macalgorithm': ['HMAC_SHA_224', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'],
  'kms:keyagreementalgorithm': ['ECDH'],
  'kms:wrappingalgorithm': ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256', 'SM2PKE'],
  'kms:wrappingkeyspec': ['RSA_2048', 'RSA_3072', 'RSA_4096', 'SM2'],
  'kms:datakeypairspec': ['RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'SM2'],
  'kms:signingalgorithm': [
    'RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512',
    'ECDSA_SHA_256', 'ECDSA_SHA_384', 'ECDSA_SHA_512', 'ED25519_SHA_512', 'ED25519_PH_SHA_512', 'ML_DSA_SHAKE_256', 'SM2DSA',
  ],
  'kms:grantconstrainttype': ['EncryptionContextEquals', 'EncryptionContextSubset'],
};
