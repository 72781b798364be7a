// The CLI as CI runs it: formats, exit codes, stdout/stderr discipline, and SARIF checked against the
// SARIF 2.1.0 JSON schema.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/cli.js');

function run(args, cwd) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const BAD = `resource "aws_kms_alias" "main" {\n  name          = "alias/main"\n  bogus         = 1\n  target_key_id = "${KEY_ID}"\n}\n`;
const GOOD = `resource "aws_kms_alias" "main" {\n  name          = "alias/main"\n  target_key_id = "${KEY_ID}"\n}\n`;
const DATA_BAD = 'data "aws_kms_alias" "x" {\n  name = "alias/x"\n  nope = true\n}\n';

let dir;
before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'tfkms-cli-'));
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'bad/main.tf'), BAD);
  writeFileSync(join(dir, 'bad/data.tf'), DATA_BAD);
  mkdirSync(join(dir, 'bad/.terraform/modules'), { recursive: true });
  writeFileSync(join(dir, 'bad/.terraform/modules/ignored.tf'), BAD);
  mkdirSync(join(dir, 'bad/node_modules'), { recursive: true });
  writeFileSync(join(dir, 'bad/node_modules/ignored.tf'), BAD);
  mkdirSync(join(dir, 'good'));
  writeFileSync(join(dir, 'good/main.tf'), GOOD);
  mkdirSync(join(dir, 'none'));
  writeFileSync(join(dir, 'none/readme.md'), '# nothing');
  symlinkSync('loop.tf', join(dir, 'loop.tf'));
});

describe('tfkms CLI', () => {
  it('prints compiler-style lines and exits 1 on an error', () => {
    const r = run(['bad'], dir);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      'bad/data.tf:3:3: error unknown-attribute: aws_kms_alias has no argument `nope`.\n' +
        'bad/main.tf:3:3: error unknown-attribute: aws_kms_alias has no argument `bogus`.\n',
    );
    assert.match(r.stderr, /^tfkms: 2 files: 2 errors, 0 warnings, 0 info, 0 hints, 0 suppressed in \d+ ms\n$/);
  });

  it('exits 0 on clean files', () => {
    const r = run(['--format', 'text', 'good/main.tf'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
  });

  it('lets a rule be switched off', () => {
    const r = run(['--rule', 'unknown-attribute=off', 'bad'], dir);
    assert.equal(r.code, 0);
  });

  it('warns about an unknown rule id or level in --rule and goes on', () => {
    const r = run(['--rule', 'no-such-rule=off', '--rule', 'unknown-attribute=loud', 'bad'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 2);
    assert.match(r.stderr, /^tfkms: warning: --rule: unknown rule "no-such-rule"\ntfkms: warning: --rule: unknown level "loud" for rule "unknown-attribute" \(off, error, warning, info or hint\)\n/);
  });

  it('writes only JSON on stdout with --format json', () => {
    const r = run(['--format=json', 'bad'], dir);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.files, 2);
    assert.deepEqual(
      out.findings.map((f) => [f.file, f.line, f.column, f.severity, f.ruleId, f.address]),
      [
        ['bad/data.tf', 3, 3, 'error', 'unknown-attribute', 'data.aws_kms_alias.x'],
        ['bad/main.tf', 3, 3, 'error', 'unknown-attribute', 'aws_kms_alias.main'],
      ],
    );
    assert.match(r.stderr, /^tfkms: 2 files/);
    assert.deepEqual(out.summary, { error: 2, warning: 0, info: 0, hint: 0, suppressed: 0 });
  });

  it('writes SARIF 2.1.0 that validates against the schema', () => {
    const r = run(['--format', 'sarif', 'bad'], dir);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    // The validator does reject a malformed log.
    assert.equal(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'fatal' }] }] }), false);
    const run0 = log.runs[0];
    const ruleIds = run0.tool.driver.rules.map((x) => x.id);
    assert.ok(ruleIds.includes('unknown-attribute') && ruleIds.includes('syntax-error'));
    for (const rule of run0.tool.driver.rules) {
      assert.ok(rule.shortDescription.text && rule.help.text && rule.defaultConfiguration.level, rule.id);
    }
    assert.equal(run0.results.length, 2);
    const res = run0.results[1];
    assert.equal(res.ruleId, 'unknown-attribute');
    assert.equal(res.level, 'error');
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, 'unknown-attribute');
    assert.match(res.message.text, /bogus/);
    assert.deepEqual(res.locations[0].physicalLocation.artifactLocation.uri, 'bad/main.tf');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 3, startColumn: 3, endLine: 3, endColumn: 8 });
    assert.equal(res.locations[0].logicalLocations[0].fullyQualifiedName, 'aws_kms_alias.main');
    assert.equal(run0.results[0].locations[0].logicalLocations[0].fullyQualifiedName, 'data.aws_kms_alias.x');
  });

  it('says so and exits 0 when a folder holds no .tf file', () => {
    const r = run(['--format', 'json', 'none'], dir);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout).findings, []);
    assert.match(r.stderr, /no \.tf files found/);
  });

  it('exits 2 with one line on stderr for a missing path', () => {
    const r = run(['does-not-exist'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'tfkms: does-not-exist: no such file or directory\n');
  });

  it('exits 2 for a file that cannot be read', () => {
    const r = run(['loop.tf'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^tfkms: loop\.tf: cannot read/);
  });

  it('exits 2 on a usage error', () => {
    for (const args of [['--format', 'xml', 'bad'], ['--bogus'], ['--rule', 'no-equals-sign'], ['--fail-on', 'sometimes', 'bad'], ['--fail-on'], ['--config']]) {
      const r = run(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^tfkms: /);
    }
  });

  it('prints help and version', () => {
    assert.match(run(['--help'], dir).stdout, /^usage: tfkms/);
    assert.match(run(['--version'], dir).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
