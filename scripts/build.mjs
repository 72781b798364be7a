#!/usr/bin/env node
// Bundles the client, the server and the CLI into dist/ with esbuild, and copies the
// tree-sitter wasm files beside the server so that it runs with no node_modules.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(join(dirname(require.resolve('web-tree-sitter')), 'tree-sitter.wasm'), join(root, 'dist/tree-sitter.wasm'));
copyFileSync(
  join(dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-terraform.wasm'),
  join(root, 'dist/tree-sitter-terraform.wasm'),
);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  // The ESM build of web-tree-sitter uses import.meta; the CommonJS build bundles cleanly.
  alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: [join(root, 'client/src/extension.ts')], outfile: join(root, 'dist/extension.js'), external: ['vscode'] },
  // The server is also the `tfkms-ls` command of the npm package: it needs the shebang too.
  { entryPoints: [join(root, 'server/src/server.ts')], outfile: join(root, 'dist/server.js'), banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: [join(root, 'server/src/cli.ts')], outfile: join(root, 'dist/cli.js'), banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const e of entries) await (await esbuild.context({ ...common, ...e })).watch();
  console.error('esbuild: watching');
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  chmodSync(join(root, 'dist/cli.js'), 0o755);
  chmodSync(join(root, 'dist/server.js'), 0o755);
}
