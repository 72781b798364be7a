/**
 * What the provider schema does not say: what each type and argument is for (in our own words), allowed values,
 * ranges, lengths, patterns, defaults, conflicts and whether a change replaces the resource. Every fact cites its
 * source; the tags are explained in ../shared/reference/kms-validation-facts.md:
 *   [IDX]  terraform-provider-aws v6.58.0 source (via lonegunmanb/terraform-provider-aws-index), file:line
 *   [SDK]  @aws-sdk/client-kms 3.1164.0 models_0.d.ts line (the KMS API reference)
 *   [ENUM] the same package's enums.d.ts line
 *   [DOC]  the provider's documentation pages
 *   [TF]   observed with `terraform validate` against hashicorp/aws 5.100.0 (test/differential)
 *
 * The facts live in modules by subject: KMS itself (kms.ts), formats (formats.ts), arguments several types
 * share (shared.ts), one module per family of types (key.ts, alias.ts, grant.ts, externalKey.ts, replica.ts,
 * customKeyStore.ts, ciphertext.ts, secrets.ts), the look-ups over them (lookup.ts) and common mistakes
 * (mistakes.ts). This module re-exports what the rest of the service uses.
 */
export type { AttributeFacts, TypeFacts, ValuePattern } from './types';
export {
  CUSTOM_KEY_STORE_TYPES,
  GRANT_OPERATIONS,
  KEY_SPECS,
  KEY_USAGES,
  SECRET_ENCRYPTION_ALGORITHMS,
  USAGES_BY_SPEC,
  XKS_PROXY_CONNECTIVITY,
  grantOperationsFor,
  keySpecAllowsUsage,
  specCanRotate,
  specsForUsage,
} from './kms';
export { ALIAS_MAX_LENGTH, ALIAS_NAME, ALIAS_RESERVED_PREFIX, ARN, KEY_ID, RFC3339, SERVICE_PRINCIPAL } from './formats';
export { attributeFacts, docUrl, typeFacts, valueAllowed } from './lookup';
export { MISTAKEN_ARGUMENTS, MISTAKEN_TYPES } from './mistakes';
