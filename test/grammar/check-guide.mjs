// Every HCL code block of the KMS Terraform guide must tokenize without a broken scope:
// no `invalid.*` token, no quoted string left open at a line end, nothing left open at the end
// of the block, and no text the grammar did not recognise at the top level. run.mjs runs these checks
// over the guide, the snippets and the deliberately broken files.
import { tokenize } from './tokenize.mjs';

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
