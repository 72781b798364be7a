/** doHover: Markdown for the thing under the cursor: a policy element first, else a Terraform block part. */
import type { Span } from './hcl/model';
import type { ParsedDocument } from './document';
import type { Workspace } from './workspace';
import { hoverBlocks } from './blocks/hover';
import { hoverPolicy } from './policy/hover';
import { hoverKeys } from './keys/hover';

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  readonly span: Span;
}

export interface HoverRequest {
  readonly workspace: Workspace;
  readonly doc: ParsedDocument;
  readonly offset: number;
}

export function doHover(workspace: Workspace, doc: ParsedDocument, offset: number): Hover | undefined {
  const req: HoverRequest = { workspace, doc, offset };
  return hoverPolicy(req) ?? hoverKeys(req) ?? hoverBlocks(req);
}
