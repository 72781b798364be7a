/**
 * Hover with a policy's access summary: on the `policy` argument's name of a resource, or on the header of an
 * aws_iam_policy_document block, the whole policy's table; on `Statement` or a statement, its part of it.
 */
import type { Hover } from '../types';
import type { RequestContext } from '../context';
import type { ParsedDocument } from '../document';
import { blockAddress, type Attribute, type Block, type Span } from '../hcl/model';
import { accessSummary } from '../policy/describe';
import { documentPolicies, policiesInBlock, policyNamed } from '../policy/find';
import type { Policy } from '../policy/model';
import { policyView, type StatementView } from '../policy/statements';

/** The `policy` argument of a resource block whose name holds the offset. */
function policyAttributeAt(top: Block, offset: number): Attribute | undefined {
  return top.type === 'resource' ? top.body.attributes.find((a) => a.name === 'policy' && offset >= a.nameSpan.start && offset <= a.nameSpan.end) : undefined;
}

function onDocumentHeader(top: Block, offset: number): boolean {
  return top.type === 'data' && top.labels[0]?.value === 'aws_iam_policy_document' && offset < top.body.span.start;
}

/** Whether the offset is on the `policy` argument's name or the header of a policy document block. */
export function onPolicyHeader(ctx: RequestContext, top: Block): boolean {
  return !!policyAttributeAt(top, ctx.offset) || onDocumentHeader(top, ctx.offset);
}

/** The whole policy's summary, on the `policy` argument's name or the header of a policy document block. */
export function hoverPolicySummary(ctx: RequestContext, top: Block): Hover | undefined {
  const { doc, folder } = ctx;
  const policyAttr = policyAttributeAt(top, ctx.offset);
  const policy = policyAttr ? policyOfAttribute(doc, folder, top, policyAttr.value.span) : policiesInBlock(doc, folder, top)[0];
  if (!policy) return undefined;
  return { contents: summaryMarkdown(policy, undefined, folder), span: policyAttr ? policyAttr.nameSpan : { start: top.span.start, end: top.body.span.start } };
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

export function summaryMarkdown(policy: Policy, only: StatementView | undefined, folder: readonly ParsedDocument[]): string {
  const kind = policy.type === 'key' ? 'Key policy' : policy.type === 'identity' ? 'Identity policy' : 'Policy';
  const where = policy.usedBy.length && !policy.source.inlineType ? ` used by ${policy.usedBy.map((u) => `\`${u}\``).join(', ')}` : '';
  const title = only ? `**Statement ${only.index + 1}${only.sid?.value.kind === 'string' && only.sid.value.value ? ` "${only.sid.value.value}"` : ''}** — access` : `**${kind}**${where} — access summary`;
  return `${title}\n\n${accessSummary(policyView(policy.source), textOf(folder, policy.source.uri), only, policy.type === 'key')}`;
}
