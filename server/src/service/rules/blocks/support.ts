/** What the block rules share: the folder's target provider version and the spans findings point at. */
import type { RuleContext } from '../rule';
import { kmsBlocks } from '../../blocks/kmsBlocks';
import { bindBlocks, type BoundBlock } from '../../model/bind';
import type { KmsBlock } from '../../blocks/kmsBlocks';
import { targetVersion } from '../../blocks/target';
import type { Span } from '../../hcl/model';
import { majorOf } from '../../schema';

export interface BlockRuleInput {
  /** Every instance of the file's aws_kms_* blocks, with arguments evaluated (see model/bind.ts). */
  readonly blocks: readonly BoundBlock[];
  /** The provider version the folder targets (see blocks/target.ts). */
  readonly version: string;
  readonly major: number;
}

export function blockRuleInput(ctx: RuleContext): BlockRuleInput {
  const plain = kmsBlocks(ctx.doc);
  if (!plain.length) return { blocks: [], version: '', major: 0 };
  const blocks = bindBlocks(ctx.doc, ctx.folder(), plain);
  for (const b of blocks) ctx.bind?.(b);
  const version = targetVersion(ctx.folder());
  return { blocks, version, major: version ? majorOf(version) : 0 };
}

/** The type label of the block (inside its quotes): where block-level findings point. */
export function typeLabelSpan(k: { readonly block: KmsBlock['block'] }): Span {
  return k.block.labels[0]?.valueSpan ?? k.block.typeSpan;
}

export function quoted(values: readonly string[], max = 30): string {
  const shown = values.slice(0, max).map((v) => `\`${v}\``).join(', ');
  return values.length > max ? `${shown}, ...` : shown;
}
