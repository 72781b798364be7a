#!/usr/bin/env node
/**
 * The floor: a bare web-tree-sitter parse of the given .tf/.tofu files (folders searched like the CLI does),
 * in one process, with the same wasm files as the server (dist/, or $TFKMS_BENCH_DIST). Prints one JSON line:
 * { files, bytes, initMs, parseMs, errorFiles }. Run by the benchmark as a child process, so that its wall time
 * and peak RSS compare with the CLI's and its spawn time with the server's.
 *   node bench/bare-parse.cjs PATH...
 */
'use strict';
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { performance } = require('node:perf_hooks');
const { Parser, Language } = require('web-tree-sitter');

const SKIP_DIRS = new Set(['.terraform', 'node_modules', '.git']);
// The wasm files: those of the build the benchmark measures (TFKMS_BENCH_DIST), else dist/.
const dist = process.env.TFKMS_BENCH_DIST || join(__dirname, '..', 'dist');

function collect(paths) {
  const files = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p);
      } else if (e.isFile() && /\.(tf|tofu)$/.test(e.name)) files.add(resolve(p));
    }
  };
  for (const p of paths) {
    if (statSync(p).isDirectory()) walk(p);
    else files.add(resolve(p));
  }
  return [...files].sort();
}

async function main() {
  const t0 = performance.now();
  await Parser.init({ locateFile: () => join(dist, 'tree-sitter.wasm') });
  const language = await Language.load(join(dist, 'tree-sitter-terraform.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  const t1 = performance.now();
  let bytes = 0;
  let errorFiles = 0;
  const files = collect(process.argv.slice(2));
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    const tree = parser.parse(text);
    if (tree.rootNode.hasError) errorFiles++;
    tree.delete();
  }
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ files: files.length, bytes, initMs: t1 - t0, parseMs: t2 - t1, errorFiles }) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(2);
});
