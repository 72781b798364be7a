/** Hover on a key block's header (the `resource` keyword, the type or the name label): who can use the key. */
import type { Hover } from '../types';
import type { RequestContext } from '../context';
import type { Block } from '../hcl/model';
import { declarationsOf } from '../blocks/references';
import { keyAccess } from '../keys/access';
import { accessMarkdown } from '../keys/render';
import { KEY_TYPES } from '../keys/resolve';

const within = (s: { start: number; end: number }, o: number) => o >= s.start && o <= s.end;

/** Whether the offset is on the header of a key resource block. */
export function onKeyHeader(ctx: RequestContext, top: Block): boolean {
  const type = top.labels[0]?.value;
  const nameLabel = top.labels[1];
  return !!type && KEY_TYPES.has(type) && (within(top.typeSpan, ctx.offset) || (!!nameLabel && within(nameLabel.span, ctx.offset)));
}

export function hoverKeyAccess(ctx: RequestContext, top: Block): Hover | undefined {
  const key = declarationsOf(ctx.doc).find((d) => d.block === top);
  if (!key) return undefined;
  return { contents: accessMarkdown(keyAccess(ctx.folder, key), ctx.folder), span: { start: top.span.start, end: top.labels[1]?.span.end ?? top.typeSpan.end } };
}
