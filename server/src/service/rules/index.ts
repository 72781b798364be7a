/**
 * The registry of every diagnostic rule. The README's rule table, the settings' rule ids and SARIF's rule
 * metadata are all generated from this list.
 */
import type { Rule } from './rule';
import { syntaxError } from './syntaxError';
import { blockRules } from './blocks';
import { policyRules } from './policy';
import { keyRules } from './keys';
import { unusedSuppression, suppressionWithoutReason } from './suppressions';

export const allRules: readonly Rule[] = [syntaxError, ...blockRules, ...policyRules, ...keyRules, unusedSuppression, suppressionWithoutReason];

const byId = new Map(allRules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
