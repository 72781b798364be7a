// Every HCL code block of the KMS Terraform guide must tokenize without a broken scope:
// no `invalid.*` token, no quoted string left open at a line end, nothing left open at the end
// of the block, and no text the grammar did not recognise at the top level.
//   node test/grammar/check-guide.mjs [guide.md]     (prints one line per block, then "N passed, N failed")
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from './tokenize.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const guide = process.argv[2] ?? path.resolve(here, '../../../shared/guide/kms-terraform-guide.md');

/** Code blocks fenced as hcl/terraform/tf, with the 1-based line where each starts. */
export function hclBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(hcl|terraform|tf)\s*$/i.exec(lines[i]);
    if (!open) continue;
    const fence = open[2];
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j].trim().startsWith(fence); j++) body.push(lines[j]);
    blocks.push({ startLine: i + 2, text: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** Problems of one block, each "line N: why". */
export async function brokenScopes(text, firstLine = 1) {
  const { lines, openAtEnd } = await tokenize(text);
  const problems = [];
  lines.forEach((l, i) => {
    const at = `line ${firstLine + i}`;
    for (const t of l.tokens) {
      const invalid = t.scopes.find((s) => s.startsWith('invalid.'));
      if (invalid) problems.push(`${at}: ${invalid} at ${JSON.stringify(t.text)}`);
      if (t.scopes.length === 1 && t.text.trim() !== '') problems.push(`${at}: unrecognised top-level text ${JSON.stringify(t.text)}`);
    }
    if (l.openScopes.some((s) => s.startsWith('string.quoted'))) problems.push(`${at}: quoted string still open at the end of the line`);
  });
  if (openAtEnd.length) problems.push(`end of block: scopes still open: ${openAtEnd.join(' > ')}`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(guide)) {
    console.log(`# SKIP guide check: ${guide} not found`);
    console.log('0 passed, 0 failed, 1 skipped');
    process.exit(0);
  }
  const blocks = hclBlocks(await readFile(guide, 'utf8'));
  let passed = 0;
  let failed = 0;
  for (const block of blocks) {
    const problems = await brokenScopes(block.text, block.startLine);
    const name = `guide block at line ${block.startLine - 1} tokenizes cleanly`;
    if (problems.length === 0) {
      passed++;
      console.log(`✔ ${name}`);
    } else {
      failed++;
      console.log(`✖ ${name}`);
      for (const p of problems.slice(0, 10)) console.log(`    ${p}`);
    }
  }
  if (blocks.length === 0) { console.log('✖ no hcl code block found in the guide'); failed++; }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
