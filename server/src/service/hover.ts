/** doHover: Markdown for the thing under the cursor: a policy element first, else a Terraform block part. */
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import { hoverBlocks } from './blocks/hover';
import { hoverPolicy } from './policy/hover';
import { hoverKeys } from './keys/hover';
import { hoverValue } from './model/hover';
import type { Hover } from './types';
import { requestContext } from './context';

export type { Hover, HoverRequest } from './types';

export function doHover(workspace: Workspace, doc: ParsedDocument, offset: number): Hover | undefined {
  const req = requestContext(workspace, doc, offset);
  const base = hoverPolicy(req) ?? hoverKeys(req) ?? hoverBlocks(req);
  // What the value under the cursor evaluates to, below what the thing is.
  const value = hoverValue(req, !!base);
  if (!value) return base;
  if (!base) return value;
  return { span: base.span, contents: `${base.contents}\n\n---\n\n${value.contents}` };
}
