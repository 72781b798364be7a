/** Shared walk for policy rules: every policy of the document, with its statements, and reports that carry the address. */
import type { Report, RuleContext } from '../rule';
import { documentPolicies, policiesOf } from '../../policy/find';
import type { Policy } from '../../policy/model';
import { policyView, type PolicyView } from '../../policy/statements';

export type PolicyReport = Omit<Report, 'address'>;

export function eachPolicy(ctx: RuleContext, fn: (policy: Policy, view: PolicyView, report: (r: PolicyReport) => void) => void): void {
  for (const policy of policiesOf(ctx.doc, ctx.folder())) {
    fn(policy, policyView(policy.source), (r) => ctx.report({ ...r, address: policy.source.address }));
  }
}

/** The name of a `data "aws_caller_identity"` declared in the folder, if any. */
export function callerIdentityName(ctx: RuleContext): string | undefined {
  for (const d of ctx.folder()) {
    const n = documentPolicies(d).callerIdentity;
    if (n) return n;
  }
  return undefined;
}

const DOCUMENT_NAMES: Readonly<Record<string, string>> = {
  Sid: 'sid', Effect: 'effect', Action: 'actions', NotAction: 'not_actions', Resource: 'resources', NotResource: 'not_resources',
  Principal: 'principals', NotPrincipal: 'not_principals', Condition: 'condition', Version: 'version', Id: 'policy_id', Statement: 'statement',
};

/** How an element is spelled in this policy's form: `Action` in JSON, `actions` in aws_iam_policy_document. */
export function elementName(policy: Policy, element: string): string {
  return policy.source.form === 'document' ? (DOCUMENT_NAMES[element] ?? element) : element;
}
