/**
 * Benchmark of the built language server and CLI, each figure next to a bare web-tree-sitter parse of the
 * same text measured in the same run, with the targets (PASS/MISS) beside. Figures only: nothing here is a
 * test, and `npm test` does not run it. Build first (`npm run build`): it measures dist/.
 *
 *   npm run bench                       # tables on stdout, progress on stderr
 *   npm run bench -- --json             # the results as JSON on stdout instead
 *   npm run bench -- --json --out F     # JSON into F (tables still on stdout)
 *   npm run bench -- --quick            # fewer samples and documents: about a minute
 *   npm run bench -- --only keystroke,cli   # some sections: keystroke, spawn, memory, cli
 *   npm run bench -- --dist DIR         # measure another build (server.js, cli.js and the wasm files in DIR)
 *
 * Generated files go to $TMPDIR/tfkms-bench (replaced on each run). The build is copied there first
 * (server.js, cli.js, the wasm files), so that a rebuild of dist/ during the run does not change what is measured.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cliScenario, runNode, type CliResult } from './cli';
import { memoryScenario, sizeScenario, spawnScenario, type Ctx, type SizeResult, type SpawnResult } from './editor';
import { initBareParser, measureParse } from './floor';
import { generateFile, lineCount, writeFolder } from './generate';
import { machine } from './machine';
import { render, type Results } from './report';
import { offsetOf } from './text';

const root = join(__dirname, '..');
const SECTIONS = ['keystroke', 'spawn', 'memory', 'cli'] as const;

interface Options {
  json: boolean;
  out: string | undefined;
  quick: boolean;
  only: Set<string>;
  /** The build to measure (default dist/). */
  dist: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, out: undefined, quick: false, only: new Set(SECTIONS), dist: join(root, 'dist') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--quick') o.quick = true;
    else if (a === '--out') {
      o.out = argv[++i];
      o.json = true;
      if (!o.out) throw new Error('--out needs a file');
    } else if (a === '--only') {
      const list = (argv[++i] ?? '').split(',').filter(Boolean);
      const bad = list.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (bad.length || !list.length) throw new Error(`--only takes some of ${SECTIONS.join(',')}`);
      o.only = new Set(list);
    } else if (a === '--dist') {
      const d = argv[++i];
      if (!d) throw new Error('--dist needs a folder');
      o.dist = d;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run bench -- [--quick] [--json] [--out FILE] [--only keystroke,spawn,memory,cli] [--dist BUILD_DIR]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const started = performance.now();
  const m = machine(root);
  const work = join(tmpdir(), 'tfkms-bench');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // A snapshot of the build: others may rebuild dist/ while this runs.
  const dist = join(work, 'dist');
  mkdirSync(dist);
  const built = ['server.js', 'cli.js', 'tree-sitter.wasm', 'tree-sitter-terraform.wasm'];
  for (const f of built) {
    const from = join(opts.dist, f);
    if (!existsSync(from)) throw new Error(`${from} is missing: run npm run build first`);
    copyFileSync(from, join(dist, f));
  }
  const builtAt = `${opts.dist} at ${new Date(statSync(join(opts.dist, 'server.js')).mtimeMs).toISOString()}`;
  process.env.TFKMS_BENCH_DIST = dist;
  const serverPath = join(dist, 'server.js');
  const cliPath = join(dist, 'cli.js');
  const ctx: Ctx = { serverPath, quick: opts.quick, log };
  log(`measuring the build of ${builtAt} (copied to ${dist})`);
  let sectionStart = performance.now();
  const section = (name: string) => {
    log(`${name} (${((performance.now() - sectionStart) / 1000).toFixed(0)} s since the last section):`);
    sectionStart = performance.now();
  };

  // Generated inputs: one file per size, each in a folder of its own (the server reads a file's siblings).
  const sizes = [
    ['1k', 1_000],
    ['10k', 10_000],
    ['30k', 30_000],
    ['50k', 50_000],
  ] as const;
  const files: Record<string, string> = {};
  for (const [label, lines] of sizes) {
    mkdirSync(join(work, label));
    files[label] = join(work, label, 'main.tf');
    writeFileSync(files[label], generateFile(lines));
  }
  log(`generating folders in ${work}`);
  const folder1000 = join(work, 'folder1000');
  const folder200 = join(work, 'folder200');
  const paths1000 = writeFolder(folder1000, 1000);
  writeFolder(folder200, 200);

  // The floors.
  await initBareParser(dist);
  const floors: Results['floors'] = {};
  for (const [label] of sizes) {
    const text = readFileSync(files[label]!, 'utf8');
    const mid = offsetOf(text, 'description             = "Key ', Math.floor(text.length / 2), 30);
    floors[label] = { ...measureParse(text, mid), lines: lineCount(text), bytes: Buffer.byteLength(text) };
    log(`floor ${label}: parse ${floors[label].fullMs.toFixed(1)} ms, incremental ${floors[label].incrementalMs.toFixed(2)} ms`);
  }

  const results: Results = { machine: { ...m, builtAt }, quick: opts.quick, floors, sizes: [], spawn: [], cli: [], verdicts: [], durationS: 0, loadAverageEnd: 0 };

  if (opts.only.has('keystroke')) {
    section('keystrokes, stray quote, completion and hover');
    const out: SizeResult[] = [];
    for (const [label] of sizes) {
      out.push(await sizeScenario(ctx, label, files[label]!, floors[label]!.lines, label === '10k' || label === '50k'));
    }
    results.sizes = out;
  }

  if (opts.only.has('spawn')) {
    section('spawn -> first diagnostics');
    const out: SpawnResult[] = [];
    for (const label of ['1k', '10k']) {
      out.push(await spawnScenario(ctx, label, files[label]!, join(__dirname, 'bare-parse.cjs')));
      log(`  ${label}: ${out.at(-1)!.firstDiagnostics.median.toFixed(0)} ms (bare process ${out.at(-1)!.bareProcess.median.toFixed(0)} ms)`);
    }
    results.spawn = out;
  }

  if (opts.only.has('memory')) {
    section('memory');
    const one = paths1000[500]!;
    results.memory = await memoryScenario(ctx, folder1000, one, files['30k']!, opts.quick ? 2_000 : 10_000);
    const bare = join(__dirname, 'bare-parse.cjs');
    results.memoryFloor = { oneFileMiB: (await runNode([bare, one])).peakRssMiB, file30kMiB: (await runNode([bare, files['30k']!])).peakRssMiB };
  }

  if (opts.only.has('cli')) {
    section('CLI');
    const tools = { cli: cliPath, bare: join(__dirname, 'bare-parse.cjs'), hcl2json: join(__dirname, 'hcl2json-parse.cjs') };
    const out: CliResult[] = [];
    // Runs over the limit are killed and reported as "> limit" (a MISS), to keep the whole run bounded.
    const limit = opts.quick ? 30_000 : 60_000;
    out.push(await cliScenario('generated 200 files', folder200, tools, opts.quick ? 1 : 2, log, limit));
    out.push(await cliScenario('generated 1,000 files', folder1000, tools, 1, log, limit));
    out.push(await cliScenario('test/realworld', join(root, 'test/realworld'), tools, 1, log, limit));
    results.cli = out;
  }

  section('done');
  results.durationS = (performance.now() - started) / 1000;
  results.loadAverageEnd = Math.round(loadavg()[0]! * 100) / 100;
  const text = render(results);
  const json = JSON.stringify(results, null, 2);
  if (opts.json && !opts.out) process.stdout.write(`${json}\n`);
  else {
    process.stdout.write(`${text}\n`);
    if (opts.out) {
      writeFileSync(opts.out, `${json}\n`);
      log(`wrote ${opts.out}`);
    }
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
