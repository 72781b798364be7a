/**
 * Completion inside policy documents, in all three forms. Finds where the cursor is in the policy (a slot: a key
 * at some level, or an element's value) and hands it to its module under completion/: the `policy` value itself
 * (policySkeleton), elements, Version, Effect and Resource (policyElements), principals (principals), KMS
 * actions (actions), condition operators, keys and values (conditions). Returns undefined when the cursor is not
 * in a policy.
 */
import type { CompletionItem } from '../types';
import type { CompletionContext } from '../context';
import { actionValues } from '../completion/actions';
import { conditionKeyKeys, conditionKeyValues, conditionValues, operatorKeys, operatorValues } from '../completion/conditions';
import { completeDocumentNames, effectValues, resourceValues, rootKeys, statementKeys, versionValues } from '../completion/policyElements';
import { policyAtCursor, type PolicyCompletion } from '../completion/policyItems';
import { completePolicyValue } from '../completion/policySkeleton';
import { slotAt, type Slot } from '../completion/policySlots';
import { principalTypeKeys, principalTypeValues, principalValues, principalWildcard } from '../completion/principals';
import { policyTypeOfResource } from './find';
import { policyPosition } from './position';

export function completePolicy(req: CompletionContext): CompletionItem[] | undefined {
  if (req.cursor.inComment) return undefined;
  const skeleton = completePolicyValue(req);
  if (skeleton) return skeleton;
  const pos = policyPosition(req.doc.text, req.cursor);
  if (!pos) return undefined;
  let type = policyTypeOfResource(pos.owner);
  if (!type && (pos.owner === 'locals' || pos.owner === 'aws_iam_policy_document')) type = policyAtCursor(req)?.type;
  const ctx: PolicyCompletion = { req, pos, type };
  if (pos.form === 'document' && pos.documentAttribute === undefined && !pos.string && !req.cursor.heredoc) return completeDocumentNames(ctx);
  const slot = slotAt(ctx);
  if (!slot) return [];
  return itemsFor(ctx, slot);
}

function itemsFor(ctx: PolicyCompletion, slot: Slot): CompletionItem[] {
  if (slot.kind === 'key') {
    switch (slot.level) {
      case 'root':
        return rootKeys(ctx, slot.keys);
      case 'statement':
        return statementKeys(ctx, slot.keys);
      case 'principal':
        return principalTypeKeys(ctx, slot.keys);
      case 'operator':
        return operatorKeys(ctx, slot.keys);
      case 'conditionKey':
        return conditionKeyKeys(ctx, slot.keys);
    }
  }
  switch (slot.element) {
    case 'Version':
      return versionValues(ctx);
    case 'Effect':
      return effectValues(ctx);
    case 'Resource':
      return resourceValues(ctx);
    case 'Principal':
      return principalWildcard(ctx);
    case 'PrincipalType':
      return principalTypeValues(ctx);
    case 'Action':
      return actionValues(ctx);
    case 'PrincipalValue':
      return principalValues(ctx, slot.principalType);
    case 'Operator':
      return operatorValues(ctx);
    case 'ConditionKeyName':
      return conditionKeyValues(ctx);
    case 'ConditionValue':
      return conditionValues(ctx, slot.key);
  }
}
