/**
 * Hover inside policy documents: actions (what they allow, access level, condition keys), wildcards (what they
 * expand to), condition keys and operators, principals, elements; on the `policy` argument, the `Statement`
 * element, a statement or a policy document block, the access summary table. Undefined when the offset is not
 * on a policy element.
 */
import type { Hover } from '../types';
import type { RequestContext } from '../context';
import type { ParsedDocument } from '../document';
import { blockAddress, type Block, type Span } from '../hcl/model';
import { actionSupportsKey, catalogSource, conditionKey, kmsAction, matchKmsActions, type KmsAction } from '../iam/catalog';
import { PRINCIPAL_TYPES, POLICY_ELEMENTS, STATEMENT_ELEMENTS, parseOperator } from '../iam/grammar';
import { accessSummary, describePrincipal } from './describe';
import { documentPolicies, policiesInBlock, policyNamed } from './find';
import { nodePathAt, type Policy, type PolicyEntry, type PolicyNode } from './model';
import { classifyPrincipal, coveredKmsActions, policyView, type StatementView } from './statements';

export function hoverPolicy(req: RequestContext): Hover | undefined {
  const { doc, offset, top } = req;
  const folder = () => req.folder;
  if (!top) return undefined;
  // The `policy` argument's name, or the header of a policy document block: the whole policy's summary.
  const policyAttr = top.type === 'resource' ? top.body.attributes.find((a) => a.name === 'policy' && offset >= a.nameSpan.start && offset <= a.nameSpan.end) : undefined;
  const onDocHeader = top.type === 'data' && top.labels[0]?.value === 'aws_iam_policy_document' && offset < top.body.span.start;
  if (policyAttr || onDocHeader) {
    const policy = policyAttr ? policyOfAttribute(doc, folder(), top, policyAttr.value.span) : policiesInBlock(doc, folder(), top)[0];
    if (!policy) return undefined;
    return { contents: summaryMarkdown(policy, undefined, folder()), span: policyAttr ? policyAttr.nameSpan : { start: top.span.start, end: top.body.span.start } };
  }
  const policy = policiesInBlock(doc, folder(), top).find((p) => offset >= p.source.span.start && offset <= p.source.span.end);
  if (!policy) return undefined;
  return hoverInPolicy(policy, offset, folder());
}

/** The policy an attribute's value is or refers to (data document or local, anywhere in the folder). */
function policyOfAttribute(doc: ParsedDocument, folder: readonly ParsedDocument[], block: Block, valueSpan: Span): Policy | undefined {
  const inline = policiesInBlock(doc, folder, block).find((p) => p.source.span.start === valueSpan.start);
  if (inline) return inline;
  const address = blockAddress(block);
  const ref = documentPolicies(doc).refs.find((r) => r.usedBy === address);
  return ref ? policyNamed(folder, ref.kind, ref.name) : undefined;
}

function textOf(folder: readonly ParsedDocument[], uri: string): (s: Span) => string {
  const d = folder.find((x) => x.uri === uri);
  return (s) => (d ? d.text.slice(s.start, s.end) : '');
}

function summaryMarkdown(policy: Policy, only: StatementView | undefined, folder: readonly ParsedDocument[]): string {
  const kind = policy.type === 'key' ? 'Key policy' : policy.type === 'identity' ? 'Identity policy' : 'Policy';
  const where = policy.usedBy.length && !policy.source.inlineType ? ` used by ${policy.usedBy.map((u) => `\`${u}\``).join(', ')}` : '';
  const title = only ? `**Statement ${only.index + 1}${only.sid?.value.kind === 'string' && only.sid.value.value ? ` "${only.sid.value.value}"` : ''}** — access` : `**${kind}**${where} — access summary`;
  return `${title}\n\n${accessSummary(policyView(policy.source), textOf(folder, policy.source.uri), only, policy.type === 'key')}`;
}

interface Located {
  readonly chain: readonly (string | undefined)[];
  readonly statement: StatementView | undefined;
  readonly last: { node: PolicyNode; entry?: PolicyEntry; onKey?: boolean };
}

function hoverInPolicy(policy: Policy, offset: number, folder: readonly ParsedDocument[]): Hover | undefined {
  const path = nodePathAt(policy.source.root, offset);
  if (path.length === 0) return undefined;
  const view = policyView(policy.source);
  const chain = path.filter((s) => s.entry).map((s) => s.entry!.key);
  const statement = view.statements.find((s) => path.some((p) => p.node === s.node));
  const last = path[path.length - 1]!;
  const loc: Located = { chain, statement, last };
  const span = last.onKey ? last.entry!.keySpan : last.node.span;
  const md = describeLocation(policy, loc, folder);
  return md ? { contents: md, span } : undefined;
}

function describeLocation(policy: Policy, loc: Located, folder: readonly ParsedDocument[]): string | undefined {
  const { chain, statement, last } = loc;
  const onKey = !!last.onKey;
  const [c0, c1, c2, c3] = chain;
  // The root object or the Statement key: the whole summary.
  if (chain.length === 0) return undefined;
  if (chain.length === 1) {
    if (c0 === 'Statement' && (onKey || !statement)) return summaryMarkdown(policy, undefined, folder);
    if (c0 === 'Statement' && statement && last.node === statement.node) return summaryMarkdown(policy, statement, folder);
    if (onKey && c0 && POLICY_ELEMENTS[c0]) return `**${c0}** — ${POLICY_ELEMENTS[c0]}`;
    return undefined;
  }
  if (c0 !== 'Statement' || !statement) return undefined;
  if (chain.length === 2) {
    if (c1 === 'Sid') return summaryMarkdown(policy, statement, folder);
    if (onKey && c1 && STATEMENT_ELEMENTS[c1]) return `**${c1}** — ${STATEMENT_ELEMENTS[c1]}`;
    if ((c1 === 'Action' || c1 === 'NotAction') && last.node.kind === 'string') return actionHover(last.node.value);
    if ((c1 === 'Principal' || c1 === 'NotPrincipal') && last.node.kind === 'string' && last.node.value === '*') return '**Everyone** (`"*"`): every AWS account and anonymous callers, unless a condition narrows who.';
    return undefined;
  }
  if (c1 === 'Principal' || c1 === 'NotPrincipal') {
    if (chain.length !== 3) return undefined;
    if (onKey) return c2 && PRINCIPAL_TYPES[c2] ? `**${c2}** principals — ${PRINCIPAL_TYPES[c2]}` : undefined;
    if (last.node.kind !== 'string') return undefined;
    const ref = { type: c2, node: last.node, identity: classifyPrincipal(c2, last.node.text) };
    const d = folder.find((x) => x.uri === policy.source.uri);
    const raw = d?.text.slice(last.node.contentSpan.start, last.node.contentSpan.end);
    return `**Principal** — ${describePrincipal(ref, raw)}${ref.identity.kind === 'account-root' ? '\n\nAn account root in a key policy delegates access to the IAM policies of that account: its users and roles can use the key as far as their own policies allow.' : ''}${ref.identity.kind === 'service' ? `\n\n${serviceNote(ref.identity.name)}` : ''}`;
  }
  if (c1 === 'Condition') {
    if (chain.length === 3 && onKey && c2) return operatorHover(c2);
    if (chain.length === 4 && onKey && c3) return conditionKeyHover(c3, statement);
    if (chain.length === 4 && policy.source.form === 'document' && c2 && last.node.kind !== 'string') return undefined;
  }
  return undefined;
}

function serviceNote(name: string): string {
  return `A service principal: ${name.replace(/\.amazonaws\.com$/, '')} calls KMS with its own identity, not on behalf of one of your principals. Limit it with \`aws:SourceAccount\`/\`aws:SourceArn\` or an encryption-context condition.`;
}

function actionLine(a: KmsAction): string {
  return `- \`kms:${a.name}\` — ${a.accessLevel}`;
}

function actionHover(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === '*') return '**`*`** — every action of every service. In a key policy only the KMS actions count.';
  const m = /^([^:]+):(.*)$/.exec(value);
  if (!m || m[1]!.toLowerCase() !== 'kms') return undefined;
  const name = m[2]!;
  if (/[*?]/.test(name)) {
    const matched = matchKmsActions(name);
    if (!matched.length) return `**\`${value}\`** matches no KMS action.`;
    return `**\`${value}\`** — ${matched.length} KMS action${matched.length === 1 ? '' : 's'}:\n\n${matched.map(actionLine).join('\n')}`;
  }
  const a = kmsAction(name);
  if (!a) return undefined;
  const keys = a.conditionKeys.map((k) => `\`${k}\``).join(', ');
  const resourceKeys = a.resourceTypes.flatMap((r) => r.conditionKeys ?? []);
  return [
    `**kms:${a.name}** — ${a.description}`,
    `Access level: **${a.accessLevel}**${a.alsoAccessLevels?.length ? ` (also ${a.alsoAccessLevels.join(', ')})` : ''}`,
    a.resourceTypes.length ? `Resource types: ${a.resourceTypes.map((r) => `${r.name}${r.required ? ' (required)' : ''}`).join(', ')}` : 'Resource types: none (use `"*"`)',
    keys || resourceKeys.length ? `Condition keys: ${[keys, ...resourceKeys.map((k) => `\`${k}\``)].filter(Boolean).join(', ')}${a.attestation ? ', `kms:RecipientAttestation:*`' : ''}` : 'Condition keys: global keys only',
    `_Source: ${catalogSource.package} ${catalogSource.version}_`,
  ].join('\n\n');
}

function operatorHover(name: string): string | undefined {
  const p = parseOperator(name);
  if (!p) return undefined;
  const o = p.operator;
  const missing = o.family === 'Null'
    ? 'It is the operator that tests for a missing key.'
    : p.ifExists
      ? 'With `IfExists`, a request without the key matches.'
      : o.negated
        ? 'A request without the key matches (negated operators are true when the key is missing); add a `Null` check if that is not wanted.'
        : 'A request without the key does not match.';
  const qual = p.qualifier === 'ForAnyValue'
    ? '\n\n`ForAnyValue:` — for multivalued keys: true when at least one value in the request matches.'
    : p.qualifier === 'ForAllValues'
      ? '\n\n`ForAllValues:` — for multivalued keys: true when every value in the request matches, and also when the request has no value at all (avoid it with `Allow`).'
      : '';
  return `**${name}** — ${o.description}\n\n${missing}${qual}`;
}

function conditionKeyHover(name: string, statement: StatementView): string | undefined {
  const k = conditionKey(name);
  if (!k) return undefined;
  const parts = [`**${name}** — \`${k.type}\`${k.category ? ` (global, ${k.category})` : ''}`, k.description || ''];
  if (k.name.toLowerCase().startsWith('kms:')) {
    const actions = coveredKmsActions(statement.action);
    if (actions && actions.length) {
      const yes = actions.filter((a) => actionSupportsKey(a, k));
      parts.push(yes.length === actions.length ? 'Set for every action of this statement.' : yes.length ? `Set for ${yes.map((a) => `\`kms:${a.name}\``).join(', ')} of this statement's actions.` : 'Not set for any action of this statement.');
    }
  }
  return parts.filter(Boolean).join('\n\n');
}
