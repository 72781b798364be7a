// Headless editor tests: Neovim (built-in LSP client), Vim 9 (LSP channel mode) and Emacs (eglot),
// each starting `node dist/server.js --stdio` on test/editors/fixtures/main.tf and checking
// diagnostics, completion and hover. Prints a line per check and per editor, then "N passed, N failed".
// Outside CI a missing editor is skipped with a message; with CI=true it fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const inCI = process.env.CI === 'true' || process.env.CI === '1';
const outDir = path.join(root, 'test-output/editors');
const fixture = path.join(here, 'fixtures/main.tf');
const timeoutMs = 90_000;
const expectedChecks = ['server-started', 'initialized', 'diagnostics', 'completion', 'hover'];

const editors = [
  {
    name: 'neovim',
    bin: 'nvim',
    version: () => firstLine('nvim', ['--version']),
    args: ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(here, 'nvim/test.lua')}`],
  },
  {
    name: 'vim',
    bin: 'vim',
    version: () => firstLine('vim', ['--version']),
    usable: () => (/\+channel/.test(spawnSync('vim', ['--version'], { encoding: 'utf8' }).stdout) ? null : 'vim lacks +channel'),
    args: ['-N', '-u', 'NONE', '-i', 'NONE', '-n', '-es', '-S', path.join(here, 'vim/test.vim')],
  },
  {
    name: 'emacs',
    bin: 'emacs',
    version: () => firstLine('emacs', ['--version']),
    args: ['--batch', '-Q', '-l', path.join(here, 'emacs/test.el')],
  },
];

function firstLine(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.error ? null : (r.stdout || r.stderr).split('\n')[0].trim();
}

function runEditor(editor, resultsFile) {
  return new Promise((resolve) => {
    const env = { ...process.env, TFKMS_ROOT: root, TFKMS_FIXTURE: fixture, TFKMS_RESULTS: resultsFile };
    const child = spawn(editor.bin, editor.args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n(timed out after ${timeoutMs / 1000}s)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

if (!existsSync(path.join(root, 'dist/server.js'))) {
  console.log('# dist/server.js missing: running npm run build');
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) {
    console.log('✖ build failed\n0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
for (const editor of editors) {
  const started = Date.now();
  const version = editor.version();
  const unusable = version === null ? `${editor.bin} not found` : editor.usable?.();
  if (unusable) {
    if (inCI) {
      failed++;
      console.log(`✖ ${editor.name}: ${unusable} (CI=true: run .ci/setup.sh to install it)`);
    } else {
      skipped++;
      console.log(`- ${editor.name}: SKIPPED, ${unusable} (apt-get install neovim vim-nox emacs-nox elpa-eglot, or run .ci/setup.sh)`);
    }
    continue;
  }
  const resultsFile = path.join(outDir, `${editor.name}.results`);
  rmSync(resultsFile, { force: true });
  const { code, output } = await runEditor(editor, resultsFile);
  const lines = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean) : [];
  const seen = new Set();
  let editorFailed = false;
  for (const line of lines) {
    const [status, check, ...detail] = line.split(' ');
    seen.add(check);
    if (status === 'PASS') {
      passed++;
      console.log(`✔ ${editor.name}: ${check}${detail.length ? ` (${detail.join(' ').slice(0, 70)})` : ''}`);
    } else {
      failed++;
      editorFailed = true;
      console.log(`✖ ${editor.name}: ${check} ${detail.join(' ')}`);
    }
  }
  for (const check of expectedChecks.filter((c) => !seen.has(c))) {
    failed++;
    editorFailed = true;
    console.log(`✖ ${editor.name}: ${check} did not report (exit ${code})`);
  }
  if (editorFailed) console.log(output.split('\n').slice(-15).map((l) => `    | ${l}`).join('\n'));
  console.log(`# ${editorFailed ? 'FAIL' : 'PASS'} ${editor.name} — ${version} — ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
