#!/usr/bin/env node
// Runs node's test runner over every `*.test.ts` / `*.test.mjs` file under the given folders (Node 20's
// `--test` takes no glob patterns). TypeScript files run through tsx.
//   node scripts/run-tests.mjs test/unit [more folders...]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...find(p));
    else if (/\.test\.(ts|mjs)$/.test(e.name)) out.push(p);
  }
  return out;
}

const files = process.argv.slice(2).flatMap(find).sort();
if (files.length === 0) {
  console.error(`no test files under ${process.argv.slice(2).join(', ')}`);
  process.exit(1);
}
const args = ['--test', '--test-reporter=spec'];
if (files.some((f) => f.endsWith('.ts'))) args.unshift('--import', 'tsx');
const r = spawnSync(process.execPath, [...args, ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
