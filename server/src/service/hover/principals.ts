/** Hover on principals of a policy: everyone (`"*"`), a principal type, and a principal of a type (account roots, services). */
import type { ParsedDocument } from '../document';
import { PRINCIPAL_TYPES } from '../iam/grammar';
import { describePrincipal } from '../policy/describe';
import type { Policy, PolicyNode } from '../policy/model';
import { classifyPrincipal } from '../policy/statements';

export const EVERYONE_HOVER = '**Everyone** (`"*"`): every AWS account and anonymous callers, unless a condition narrows who.';

/** A principal type as a key of `Principal`; undefined for other keys. */
export function principalTypeHover(type: string | undefined): string | undefined {
  return type && PRINCIPAL_TYPES[type] ? `**${type}** principals — ${PRINCIPAL_TYPES[type]}` : undefined;
}

/** A principal of a type, as written in the policy's document. */
export function principalHover(policy: Policy, type: string | undefined, node: Extract<PolicyNode, { kind: 'string' }>, folder: readonly ParsedDocument[]): string {
  const ref = { type, node, identity: classifyPrincipal(type, node.text) };
  const d = folder.find((x) => x.uri === policy.source.uri);
  const raw = d?.text.slice(node.contentSpan.start, node.contentSpan.end);
  return `**Principal** — ${describePrincipal(ref, raw)}${ref.identity.kind === 'account-root' ? '\n\nAn account root in a key policy delegates access to the IAM policies of that account: its users and roles can use the key as far as their own policies allow.' : ''}${ref.identity.kind === 'service' ? `\n\n${serviceNote(ref.identity.name)}` : ''}`;
}

function serviceNote(name: string): string {
  return `A service principal: ${name.replace(/\.amazonaws\.com$/, '')} calls KMS with its own identity, not on behalf of one of your principals. Limit it with \`aws:SourceAccount\`/\`aws:SourceArn\` or an encryption-context condition.`;
}
