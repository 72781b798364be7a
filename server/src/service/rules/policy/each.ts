/** Shared walk for policy rules: every policy of the document, with its statements, and reports that carry the address. */
import type { Report, RuleContext } from '../rule';
import { documentPolicies, policiesOf } from '../../policy/find';
import type { Policy } from '../../policy/model';
import { kindPhrase } from '../../policy/kinds';
import { policyView, type PolicyView } from '../../policy/statements';

export type PolicyReport = Omit<Report, 'address'>;

/**
 * Calls `fn` for every policy of the document of a kind the rule applies to (Rule.policyKinds). Findings in a
 * policy that is neither a key policy nor an identity policy say which kind it was read as.
 */
export function eachPolicy(ctx: RuleContext, fn: (policy: Policy, view: PolicyView, report: (r: PolicyReport) => void) => void): void {
  const kinds = ctx.rule?.policyKinds;
  for (const policy of policiesOf(ctx.doc, ctx.folder())) {
    if (kinds && !kinds.includes(policy.type ?? 'unknown')) continue;
    const prefix = policy.type === 'trust' || policy.type === 'resource' ? `In ${kindPhrase(policy.type, policy.label)}: ` : '';
    // Statements made by one dynamic block share their text: say a finding there once.
    const seen = new Set<string>();
    fn(policy, policyView(policy.source), (r) => {
      const key = `${r.span.start}:${r.span.end}:${r.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      ctx.report({ ...r, message: prefix + r.message, address: policy.source.address });
    });
  }
}

/** The name of a `data "aws_organizations_organization"` declared in the folder, if any. */
export function organizationName(ctx: RuleContext): string | undefined {
  for (const d of ctx.folder()) {
    const b = d.hcl.body.blocks.find((x) => x.type === 'data' && x.labels[0]?.value === 'aws_organizations_organization' && x.labels[1]);
    if (b) return b.labels[1]!.value;
  }
  return undefined;
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
