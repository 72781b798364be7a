/**
 * Known values of KMS condition keys, for completion. Enum values are those of the KMS API
 * (@aws-sdk/client-kms 3.1164.0 dist-types/models/enums.d.ts, see ../shared/reference/kms-validation-facts.md §1, §2, §7).
 * Grant operations, key specs and key usages come from the schema facts (schema/facts/kms.ts), shared with the
 * aws_kms_* checks.
 */
import { GRANT_OPERATIONS, KEY_SPECS as SCHEMA_KEY_SPECS, KEY_USAGES } from '../schema/facts';

const KEY_SPECS: readonly string[] = [...SCHEMA_KEY_SPECS];

/** Values by condition key (lower-case name). */
export const CONDITION_VALUES: Readonly<Record<string, readonly string[]>> = {
  'kms:encryptionalgorithm': ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'],
  'kms:keyspec': KEY_SPECS,
  'kms:customermasterkeyspec': KEY_SPECS,
  'kms:keyusage': KEY_USAGES,
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
