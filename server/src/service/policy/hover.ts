/** Hover inside policy documents. Returns undefined when the offset is not on a policy element. */
import type { Hover, HoverRequest } from '../hover';

export function hoverPolicy(_req: HoverRequest): Hover | undefined {
  return undefined;
}
