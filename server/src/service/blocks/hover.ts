/**
 * Hover for aws_kms_* blocks: a reference to one (hover/references), the type label (hover/blockTypes), an
 * argument, nested block or enum value in the body (hover/arguments, hover/values).
 */
import type { Hover } from '../types';
import type { RequestContext } from '../context';
import type { Span } from '../hcl/model';
import { hoverInBody } from '../hover/arguments';
import { typeHover } from '../hover/blockTypes';
import { hoverReference } from '../hover/references';

const within = (s: Span, o: number) => o >= s.start && o <= s.end;

export function hoverBlocks(ctx: RequestContext): Hover | undefined {
  const ref = hoverReference(ctx);
  if (ref) return ref;
  const k = ctx.kms;
  if (!k) return undefined;
  const typeLabelNode = k.block.labels[0]!;
  if (within(typeLabelNode.span, ctx.offset)) return { span: typeLabelNode.span, contents: typeHover(k.kind, k.type) };
  const at = ctx.kmsBody;
  if (!at) return undefined;
  return hoverInBody(ctx, k.block.body, at);
}
