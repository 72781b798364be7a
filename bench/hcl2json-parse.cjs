#!/usr/bin/env node
/**
 * Comparison: @cdktf/hcl2json's parse(filename, contents) of the given .tf/.tofu files (folders searched like the
 * CLI does), one after the other in one process. Prints one JSON line: { files, bytes, initMs, parseMs, failed }.
 *   node bench/hcl2json-parse.cjs PATH...
 */
'use strict';
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { performance } = require('node:perf_hooks');

const SKIP_DIRS = new Set(['.terraform', 'node_modules', '.git']);

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
  const { parse } = require('@cdktf/hcl2json');
  const t1 = performance.now();
  let bytes = 0;
  let failed = 0;
  const files = collect(process.argv.slice(2));
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    try {
      await parse(f, text);
    } catch {
      failed++;
    }
  }
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ files: files.length, bytes, initMs: t1 - t0, parseMs: t2 - t1, failed }) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(2);
});
