/** Rules on policy documents (key policies and identity policies). */
import type { Rule } from '../rule';

export const policyRules: readonly Rule[] = [];
