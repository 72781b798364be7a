/**
 * Hover inside policy documents: finds the element under the offset (its key chain from the root, the statement
 * holding it) and hands it to its module under hover/: the access summary on the `policy` argument, a policy
 * document block's header, `Statement`, a statement or its `Sid` (policySummary); element keys
 * (policyElements); actions and wildcards (actions); principals (principals); condition operators and keys
 * (conditions). Undefined when the offset is not on a policy element.
 */
import type { Hover } from '../types';
import type { RequestContext } from '../context';
import type { ParsedDocument } from '../document';
import { actionHover } from '../hover/actions';
import { conditionKeyHover, operatorHover } from '../hover/conditions';
import { policyElementHover, statementElementHover } from '../hover/policyElements';
import { hoverPolicySummary, onPolicyHeader, summaryMarkdown } from '../hover/policySummary';
import { EVERYONE_HOVER, principalHover, principalTypeHover } from '../hover/principals';
import { policiesInBlock } from './find';
import { nodePathAt, type Policy, type PolicyEntry, type PolicyNode } from './model';
import { policyView, type StatementView } from './statements';

export function hoverPolicy(ctx: RequestContext): Hover | undefined {
  const { doc, offset, top } = ctx;
  if (!top) return undefined;
  if (onPolicyHeader(ctx, top)) return hoverPolicySummary(ctx, top);
  const policy = policiesInBlock(doc, ctx.folder, top).find((p) => offset >= p.source.span.start && offset <= p.source.span.end);
  if (!policy) return undefined;
  return hoverInPolicy(policy, offset, ctx.folder);
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
    return onKey ? policyElementHover(c0) : undefined;
  }
  if (c0 !== 'Statement' || !statement) return undefined;
  if (chain.length === 2) {
    if (c1 === 'Sid') return summaryMarkdown(policy, statement, folder);
    const element = onKey ? statementElementHover(c1) : undefined;
    if (element) return element;
    if ((c1 === 'Action' || c1 === 'NotAction') && last.node.kind === 'string') return actionHover(last.node.value);
    if ((c1 === 'Principal' || c1 === 'NotPrincipal') && last.node.kind === 'string' && last.node.value === '*') return EVERYONE_HOVER;
    return undefined;
  }
  if (c1 === 'Principal' || c1 === 'NotPrincipal') {
    if (chain.length !== 3) return undefined;
    if (onKey) return principalTypeHover(c2);
    if (last.node.kind !== 'string') return undefined;
    return principalHover(policy, c2, last.node, folder);
  }
  if (c1 === 'Condition') {
    if (chain.length === 3 && onKey && c2) return operatorHover(c2);
    if (chain.length === 4 && onKey && c3) return conditionKeyHover(c3, statement);
    if (chain.length === 4 && policy.source.form === 'document' && c2 && last.node.kind !== 'string') return undefined;
  }
  return undefined;
}
