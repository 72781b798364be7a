// The CLI over a corpus of public Terraform (see SOURCES.md): every error-level finding, and every
// `wildcard-principal` warning, must be a true finding listed in expected-errors.json with its reason. A finding
// not listed is a false finding to fix; an entry that no longer fires is stale and must be removed. The folder
// count, the findings by rule and level and the CLI time are printed to stderr.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const cli = join(root, 'dist/cli.js');
const expectedPath = join(here, 'expected-errors.json');

const TF = /\.tf(\.json)?$/;
// Anything in a folder that mentions one of these is a KMS or IAM folder for the corpus statistics.
const KMS_OR_IAM = /\baws_kms_\w+|aws_iam_policy_document|assume_role_policy|"Statement"|\bStatement\s*=|\b\w*policy\s*=\s*(jsonencode|<<|data\.aws_iam_policy_document)/;

/** Folders holding .tf or .tf.json files, relative to the corpus root, with the text of those files. */
function moduleFolders(dir, out = new Map()) {
  const entries = readdirSync(dir, { withFileTypes: true });
  const tf = entries.filter((e) => e.isFile() && TF.test(e.name));
  if (tf.length) out.set(relative(here, dir) || '.', tf.map((e) => readFileSync(join(dir, e.name), 'utf8')).join('\n'));
  for (const e of entries) if (e.isDirectory() && e.name !== '.terraform' && e.name !== 'node_modules') moduleFolders(join(dir, e.name), out);
  return out;
}

const key = (f) => `${f.file}:${f.line} ${f.ruleId}`;
/** What this test holds to account: errors, and wildcard principals (a policy that lets everyone in). */
const checked = (f) => f.severity === 'error' || f.ruleId === 'wildcard-principal';

let report;
let folders;
let repos;
let ms;
let code;
let stderr;

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  folders = moduleFolders(here);
  repos = readdirSync(here, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, '--format', 'json', '.'], { cwd: here, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  ms = Number(process.hrtime.bigint() - t0) / 1e6;
  code = r.status;
  stderr = r.stderr;
  assert.ok(code === 0 || code === 1, `the CLI exited with ${code}: ${r.stderr}`);
  report = JSON.parse(r.stdout);

  const kmsIam = [...folders.values()].filter((text) => KMS_OR_IAM.test(text)).length;
  const byRule = new Map();
  for (const f of report.findings) byRule.set(`${f.ruleId} (${f.severity})`, (byRule.get(`${f.ruleId} (${f.severity})`) ?? 0) + 1);
  const lines = [
    `realworld: ${repos.length} repositories, ${folders.size} module folders (${kmsIam} with KMS blocks or IAM policies), ${report.files} files`,
    `realworld: CLI time ${(ms / 1000).toFixed(2)} s, ${report.findings.length} findings, exit ${code}`,
    ...[...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `realworld:   ${String(n).padStart(5)}  ${k}`),
  ];
  process.stderr.write(lines.join('\n') + '\n');
});

describe('real-world Terraform corpus', () => {
  it('is the corpus SOURCES.md describes: at least 10 repositories, 200 module folders, 80 with KMS or IAM', () => {
    assert.ok(repos.length >= 10, `${repos.length} repositories`);
    assert.ok(folders.size >= 200, `${folders.size} module folders`);
    const kmsIam = [...folders.values()].filter((text) => KMS_OR_IAM.test(text)).length;
    assert.ok(kmsIam >= 80, `${kmsIam} KMS/IAM folders`);
    const sources = readFileSync(join(here, 'SOURCES.md'), 'utf8');
    for (const r of repos) {
      assert.ok(existsSync(join(here, r, 'LICENSE')), `${r} has no LICENSE`);
      assert.ok(sources.includes(r.replace('__', '/')), `${r} is not in SOURCES.md`);
    }
  });

  it('expected-errors.json lists true findings only, each once, with a one-line reason', () => {
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    assert.ok(Array.isArray(expected));
    const seen = new Set();
    for (const e of expected) {
      assert.equal(typeof e.file, 'string');
      assert.ok(Number.isInteger(e.line) && e.line > 0, `${e.file}: line`);
      assert.equal(typeof e.ruleId, 'string');
      assert.ok(typeof e.reason === 'string' && e.reason.trim() !== '' && !e.reason.includes('\n'), `${key(e)}: a one-line reason`);
      assert.ok(!seen.has(key(e)), `${key(e)} is listed twice`);
      seen.add(key(e));
    }
  });

  it('reports no error and no wildcard principal that is not a known true finding', () => {
    const expected = new Set(JSON.parse(readFileSync(expectedPath, 'utf8')).map(key));
    const unexpected = report.findings.filter((f) => checked(f) && !expected.has(key(f)));
    const lines = unexpected.map((f) => `  ${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message}`);
    if (lines.length) assert.fail(`${lines.length} finding(s) not in expected-errors.json (false findings to fix, or true ones to list with a reason):\n${lines.join('\n')}`);
  });

  it('still reports every finding expected-errors.json lists', () => {
    const found = new Set(report.findings.filter(checked).map(key));
    const stale = JSON.parse(readFileSync(expectedPath, 'utf8')).filter((e) => !found.has(key(e)));
    if (stale.length) assert.fail(`entries of expected-errors.json that no longer fire:\n${stale.map((e) => `  ${key(e)}`).join('\n')}`);
  });

  it('no rule fails on any file (a rule that throws, or a parser that gave up, hides findings)', () => {
    const failures = stderr.split('\n').filter((l) => /rule \S+ failed on |RuntimeError|Aborted\(\)/.test(l));
    if (failures.length) assert.fail(`${failures.length} failure line(s) on stderr, the first:\n  ${failures.slice(0, 5).join('\n  ')}`);
  });

  it('exits 1 exactly when there is an error-level finding', () => {
    assert.equal(code, report.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });
});
