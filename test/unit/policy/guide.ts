/** The HCL examples of the KMS Terraform guide, read from ../shared/guide (or the copy kept for when shared/ is absent). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const candidates = [path.resolve(root, '../shared/guide/kms-terraform-guide.md'), path.resolve(root, 'test/grammar/fixtures/guide-examples.md')];

export interface GuideBlock {
  /** 1-based line of the block's first line in the guide. */
  readonly line: number;
  readonly text: string;
}

export function guideBlocks(): GuideBlock[] {
  const file = candidates.find((c) => existsSync(c));
  if (!file) throw new Error('the KMS guide is missing');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const blocks: GuideBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(hcl|terraform|tf)\s*$/.test(lines[i]!)) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.startsWith('```'); j++) body.push(lines[j]!);
    blocks.push({ line: i + 2, text: body.join('\n') + '\n' });
    i = j;
  }
  return blocks;
}
