#!/usr/bin/env node
// Builds the minified bundles and packages them into dist-vsix/terraform-kms.vsix with @vscode/vsce.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
// vsce takes either package.json `files` (which the npm package uses) or .vscodeignore: package from a staging
// folder holding the manifest without `files` and exactly what .vscodeignore lets in.
const stage = join(root, 'dist-vsix/stage');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
delete manifest.files;
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
cpSync(join(root, '.vscodeignore'), join(stage, '.vscodeignore'));
for (const pattern of readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n')) {
  const m = /^!(.+)$/.exec(pattern.trim());
  if (!m || m[1] === 'package.json') continue;
  const [dir, file] = m[1].includes('/') ? [dirname(m[1]), m[1].slice(m[1].lastIndexOf('/') + 1)] : ['.', m[1]];
  const re = new RegExp(`^${file.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const from = join(root, dir);
  if (!existsSync(from)) continue;
  for (const name of readdirSync(from)) {
    if (!re.test(name)) continue;
    mkdirSync(join(stage, dir), { recursive: true });
    cpSync(join(from, name), join(stage, dir, name), { recursive: true });
  }
}
// Relative links (the rule pages) become links into the repository.
const base = 'https://github.com/tfkms/terraform-kms';
execFileSync(
  process.execPath,
  [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--baseContentUrl', `${base}/blob/main`, '--baseImagesUrl', `${base}/raw/main`, '--readme-path', 'dist/README.md', '--out', out],
  { stdio: 'inherit', cwd: stage },
);
rmSync(stage, { recursive: true, force: true });
console.error(`VSIX: ${out} (${(statSync(out).size / 1024).toFixed(0)} KiB)`);
