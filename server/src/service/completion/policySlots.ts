/**
 * Where the cursor is in a policy, as a slot: a key at some level of the document (root, statement, principal,
 * condition operator, condition key) with the keys already written, or the value of an element.
 */
import type { CompletionContext } from '../context';
import type { PolicyPosition } from '../policy/position';
import type { PolicyCompletion } from './policyItems';

/** What goes at the cursor. */
export type Slot =
  | { readonly kind: 'key'; readonly level: 'root' | 'statement' | 'principal' | 'operator' | 'conditionKey'; readonly keys: readonly string[] }
  | { readonly kind: 'value'; readonly element: 'Version' | 'Effect' | 'Action' | 'Resource' | 'Principal' | 'PrincipalType' | 'Operator' | 'ConditionKeyName'; readonly keys?: readonly string[] }
  | { readonly kind: 'value'; readonly element: 'PrincipalValue'; readonly principalType: string }
  | { readonly kind: 'value'; readonly element: 'ConditionValue'; readonly key: string };

/** The slot at the cursor in an object form (JSON text or jsonencode) or in an aws_iam_policy_document block. */
export function slotAt(ctx: PolicyCompletion): Slot | undefined {
  return ctx.pos.form === 'document' ? documentSlot(ctx) : objectSlot(ctx.pos);
}

function objectSlot(pos: PolicyPosition): Slot | undefined {
  const [root, st, third, fourth] = pos.steps;
  if (!root) return undefined;
  if (pos.steps.length === 1) {
    if (root.valueOf === undefined) return { kind: 'key', level: 'root', keys: root.keys };
    if (root.valueOf === 'Version') return { kind: 'value', element: 'Version' };
    return undefined;
  }
  if (root.valueOf !== 'Statement' || !st) return undefined;
  if (pos.steps.length === 2) {
    const v = st.valueOf;
    if (v === undefined) return { kind: 'key', level: 'statement', keys: st.keys };
    if (v === 'Effect') return { kind: 'value', element: 'Effect' };
    if (v === 'Action' || v === 'NotAction') return { kind: 'value', element: 'Action' };
    if (v === 'Resource' || v === 'NotResource') return { kind: 'value', element: 'Resource' };
    if (v === 'Principal' || v === 'NotPrincipal') return { kind: 'value', element: 'Principal' };
    return undefined;
  }
  if (!third) return undefined;
  if (st.valueOf === 'Principal' || st.valueOf === 'NotPrincipal') {
    if (pos.steps.length !== 3) return undefined;
    return third.valueOf === undefined ? { kind: 'key', level: 'principal', keys: third.keys } : { kind: 'value', element: 'PrincipalValue', principalType: third.valueOf };
  }
  if (st.valueOf === 'Condition') {
    if (pos.steps.length === 3) return third.valueOf === undefined ? { kind: 'key', level: 'operator', keys: third.keys } : undefined;
    if (pos.steps.length === 4 && fourth) return fourth.valueOf === undefined ? { kind: 'key', level: 'conditionKey', keys: fourth.keys } : { kind: 'value', element: 'ConditionValue', key: fourth.valueOf };
  }
  return undefined;
}

function documentSlot(ctx: PolicyCompletion): Slot | undefined {
  const { pos, req } = ctx;
  const path = pos.documentPath ?? [];
  const a = pos.documentAttribute;
  const last = path[path.length - 1];
  if (path.length === 0) {
    if (a === 'version') return { kind: 'value', element: 'Version' };
    return undefined;
  }
  if (path.length === 1 && last === 'statement') {
    if (a === 'effect') return { kind: 'value', element: 'Effect' };
    if (a === 'actions' || a === 'not_actions') return { kind: 'value', element: 'Action' };
    if (a === 'resources' || a === 'not_resources') return { kind: 'value', element: 'Resource' };
    return undefined;
  }
  if (path.length === 2 && (last === 'principals' || last === 'not_principals')) {
    if (a === 'type') return { kind: 'value', element: 'PrincipalType' };
    if (a === 'identifiers') {
      const block = innerBlockAt(req, last);
      const t = block?.body.attributes.find((x) => x.name === 'type')?.value;
      return { kind: 'value', element: 'PrincipalValue', principalType: t?.kind === 'string' && t.value ? t.value : 'AWS' };
    }
    return undefined;
  }
  if (path.length === 2 && last === 'condition') {
    if (a === 'test') return { kind: 'value', element: 'Operator' };
    if (a === 'variable') return { kind: 'value', element: 'ConditionKeyName' };
    if (a === 'values') {
      const block = innerBlockAt(req, 'condition');
      const v = block?.body.attributes.find((x) => x.name === 'variable')?.value;
      return v?.kind === 'string' && v.value ? { kind: 'value', element: 'ConditionValue', key: v.value } : undefined;
    }
  }
  return undefined;
}

function innerBlockAt(req: CompletionContext, type: string) {
  const { offset } = req;
  for (const st of req.top?.body.blocks ?? []) {
    if (offset < st.span.start || offset > st.span.end) continue;
    return st.body.blocks.find((b) => b.type === type && offset >= b.span.start && offset <= b.span.end);
  }
  return undefined;
}
