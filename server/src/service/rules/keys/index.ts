/** Rules on keys in context: the services that use a key and the policies that compete for it. */
import type { Rule } from '../rule';
import { keyPolicyConflict } from './keyPolicyConflict';

export const keyRules: readonly Rule[] = [keyPolicyConflict];
