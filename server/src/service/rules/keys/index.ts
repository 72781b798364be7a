/** Rules on keys in context: the services that use a key and the policies that compete for it. */
import type { Rule } from '../rule';
import { keyConsumerDenied } from './keyConsumerDenied';
import { keyConsumerSpec } from './keyConsumerSpec';
import { keyPublisherDenied } from './keyPublisherDenied';
import { keyPolicyConflict } from './keyPolicyConflict';

export const keyRules: readonly Rule[] = [keyConsumerDenied, keyConsumerSpec, keyPublisherDenied, keyPolicyConflict];
