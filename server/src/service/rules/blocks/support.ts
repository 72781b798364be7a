/** What the block rules share: the folder's target provider version and the spans findings point at. */
import type { RuleContext } from '../rule';
import type { KmsBlock } from '../../blocks/kmsBlocks';
import { kmsBlocks } from '../../blocks/kmsBlocks';
import { targetVersion } from '../../blocks/target';
import type { Span } from '../../hcl/model';
import { majorOf } from '../../schema';

export interface BlockRuleInput {
  readonly blocks: readonly KmsBlock[];
  /** The provider version the folder targets (see blocks/target.ts). */
  readonly version: string;
  readonly major: number;
}

export function blockRuleInput(ctx: RuleContext): BlockRuleInput {
  const blocks = kmsBlocks(ctx.doc);
  const version = blocks.length ? targetVersion(ctx.folder()) : '';
  return { blocks, version, major: version ? majorOf(version) : 0 };
}

/** The type label of the block (inside its quotes): where block-level findings point. */
export function typeLabelSpan(k: KmsBlock): Span {
  return k.block.labels[0]?.valueSpan ?? k.block.typeSpan;
}

export function quoted(values: readonly string[], max = 30): string {
  const shown = values.slice(0, max).map((v) => `\`${v}\``).join(', ');
  return values.length > max ? `${shown}, ...` : shown;
}
