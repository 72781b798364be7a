/** Rules on policy documents (key policies and identity policies), in the order of the table. */
import type { Rule } from '../rule';
import { policyJsonSyntax } from './policyJsonSyntax';
import { policyStructure } from './policyStructure';
import { policyVersion } from './policyVersion';
import { policyEffect } from './policyEffect';
import { duplicateSid } from './duplicateSid';
import { invalidSid } from './invalidSid';
import { unknownAction } from './unknownAction';
import { nonKmsActionInKeyPolicy } from './nonKmsActionInKeyPolicy';
import { unknownConditionOperator } from './unknownConditionOperator';
import { unknownConditionKey } from './unknownConditionKey';
import { conditionTypeMismatch } from './conditionTypeMismatch';
import { conditionKeyNotApplicable } from './conditionKeyNotApplicable';
import { invalidPrincipal } from './invalidPrincipal';
import { keyPolicyResource } from './keyPolicyResource';
import { wildcardPrincipal } from './wildcardPrincipal';
import { fullAccessToNonRoot } from './fullAccessToNonRoot';
import { crossAccountAccess } from './crossAccountAccess';
import { policyLockout } from './policyLockout';
import { notPrincipalAllow } from './notPrincipalAllow';
import { policySize } from './policySize';
import { identityKmsAllKeys } from './identityKmsAllKeys';

export const policyRules: readonly Rule[] = [
  policyJsonSyntax,
  policyStructure,
  policyVersion,
  policyEffect,
  duplicateSid,
  invalidSid,
  unknownAction,
  nonKmsActionInKeyPolicy,
  unknownConditionOperator,
  unknownConditionKey,
  conditionTypeMismatch,
  conditionKeyNotApplicable,
  invalidPrincipal,
  keyPolicyResource,
  wildcardPrincipal,
  fullAccessToNonRoot,
  crossAccountAccess,
  policyLockout,
  notPrincipalAllow,
  policySize,
  identityKmsAllKeys,
];
