/** Rules on aws_kms_* resource and data-source blocks, in the order of the README's table. */
import type { Rule } from '../rule';
import { unknownResourceType } from './unknownResourceType';
import { unknownAttribute } from './unknownAttribute';
import { missingRequired } from './missingRequired';
import { attributeType } from './attributeType';
import { invalidValue } from './invalidValue';
import { conflictingAttributes } from './conflictingAttributes';
import { deprecated } from './deprecated';
import { unresolvedReference } from './unresolvedReference';
import { duplicateAddress } from './duplicateAddress';
import { keySpecUsageMismatch } from './keySpecUsageMismatch';
import { rotationUnsupported } from './rotationUnsupported';
import { rotationPeriodWithoutRotation } from './rotationPeriodWithoutRotation';
import { aliasName } from './aliasName';
import { customKeyStoreConfig } from './customKeyStoreConfig';
import { keyInCustomStore } from './keyInCustomStore';
import { grantOperationUnsupported } from './grantOperationUnsupported';
import { keyRotationDisabled } from './keyRotationDisabled';
import { keyDisabled } from './keyDisabled';
import { keyWithoutPolicy } from './keyWithoutPolicy';
import { lockoutCheckBypassed } from './lockoutCheckBypassed';

export const blockRules: readonly Rule[] = [
  unknownResourceType,
  unknownAttribute,
  missingRequired,
  attributeType,
  invalidValue,
  conflictingAttributes,
  deprecated,
  unresolvedReference,
  duplicateAddress,
  keySpecUsageMismatch,
  rotationUnsupported,
  rotationPeriodWithoutRotation,
  aliasName,
  customKeyStoreConfig,
  keyInCustomStore,
  grantOperationUnsupported,
  keyRotationDisabled,
  keyDisabled,
  keyWithoutPolicy,
  lockoutCheckBypassed,
];
