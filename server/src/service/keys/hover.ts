/**
 * Hover for keys in context: on a key block's header, who can use the key (hover/keyAccess); on a consumer's key
 * argument, the key and whether its policy lets the service in (hover/keyConsumers).
 */
import type { Hover } from '../types';
import type { RequestContext } from '../context';
import { hoverKeyAccess, onKeyHeader } from '../hover/keyAccess';
import { hoverKeyConsumer } from '../hover/keyConsumers';

export function hoverKeys(ctx: RequestContext): Hover | undefined {
  const { top } = ctx;
  if (!top || top.type !== 'resource') return undefined;
  if (onKeyHeader(ctx, top)) return hoverKeyAccess(ctx, top);
  return hoverKeyConsumer(ctx, top);
}
