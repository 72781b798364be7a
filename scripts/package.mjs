#!/usr/bin/env node
// Builds the minified bundles and packages them into dist-vsix/terraform-kms.vsix with @vscode/vsce.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = join(root, 'dist-vsix/terraform-kms.vsix');

execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--minify'], { stdio: 'inherit' });
mkdirSync(dirname(out), { recursive: true });
// The screenshots are for the repository's README; the packaged one leaves them out (a VSIX README may only
// link images by absolute URL, and the project has no public one).
const readme = join(root, 'dist/README.md');
writeFileSync(readme, readFileSync(join(root, 'README.md'), 'utf8').replace(/^!\[[^\]]*\]\(docs\/[^)]*\)\n\n?/gm, ''));
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--readme-path', 'dist/README.md', '--out', out], {
  stdio: 'inherit',
  cwd: root,
});
console.error(`VSIX: ${out} (${(statSync(out).size / 1024).toFixed(0)} KiB)`);
