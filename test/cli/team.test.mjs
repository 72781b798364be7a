// The CLI as a team runs it in CI: .tfkms.json found above the files or given with --config, --rule over it,
// ignorePaths, --fail-on, --quiet, --show-suppressed, the github format, and SARIF for code scanning
// (suppressions, fingerprints that survive moved lines, rule help and security tags).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/cli.js');

function run(args, cwd) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// One warning (key-rotation-disabled on line 1), one error (unknown-attribute on line 4), one suppressed
// warning (key-disabled on line 6, with a reason).
const KEYS = `resource "aws_kms_key" "app" {
  description = "app"
  policy      = var.policy
  bogus       = 1
  # tfkms:ignore key-disabled retired with the old stack
  is_enabled  = false
}
`;
const INFO_ONLY = 'resource "aws_kms_key" "plain" {\n  enable_key_rotation = true\n}\n';

let dir;
function repo(name, files) {
  const d = join(dir, name);
  mkdirSync(join(d, '.git'), { recursive: true });
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(d, p)), { recursive: true });
    writeFileSync(join(d, p), text);
  }
  return d;
}

before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'tfkms-team-'));
});

describe('exit status and --fail-on', () => {
  let d;
  before(() => {
    d = repo('failon', { 'err/main.tf': KEYS, 'warn/main.tf': KEYS.replace('  bogus       = 1\n', ''), 'info/main.tf': INFO_ONLY });
  });
  const cases = [
    // [folder, --fail-on, exit status]
    ['err', undefined, 1],
    ['warn', undefined, 0],
    ['warn', 'warning', 1],
    ['warn', 'error', 0],
    ['info', 'warning', 0],
    ['info', 'info', 1],
    ['err', 'never', 0],
  ];
  for (const [folder, failOn, code] of cases) {
    it(`${folder} with --fail-on ${failOn ?? '(default)'} exits ${code}`, () => {
      const r = run([...(failOn ? ['--fail-on', failOn] : []), folder], d);
      assert.equal(r.code, code, r.stderr);
    });
  }
  it('failOn in the configuration file is the default, and --fail-on wins over it', () => {
    const c = repo('failon-config', { '.tfkms.json': '{ "failOn": "warning" }', 'main.tf': KEYS.replace('  bogus       = 1\n', '') });
    assert.equal(run(['.'], c).code, 1);
    assert.equal(run(['--fail-on', 'error', '.'], c).code, 0);
  });
});

describe('the summary line', () => {
  it('states files, findings by level, suppressed findings and the time, on stderr', () => {
    const d = repo('summary', { 'main.tf': KEYS, 'other.tf': INFO_ONLY });
    const r = run(['--format', 'json', '.'], d);
    assert.match(r.stderr, /^tfkms: 2 files: 1 error, 1 warning, 1 info, 0 hints, 1 suppressed in \d+ ms\n$/);
    assert.deepEqual(JSON.parse(r.stdout).summary, { error: 1, warning: 1, info: 1, hint: 0, suppressed: 1 });
  });
  it('--quiet leaves it out, and stderr is empty', () => {
    const d = repo('quiet', { 'main.tf': KEYS });
    const r = run(['--quiet', '.'], d);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.notEqual(r.stdout, '');
  });
});

describe('--show-suppressed', () => {
  let d;
  before(() => {
    d = repo('suppressed', { 'main.tf': KEYS });
  });
  it('text: suppressed findings are left out unless asked for', () => {
    assert.equal(
      run(['.'], d).stdout,
      'main.tf:1:11: warning key-rotation-disabled: Automatic key rotation is off for this symmetric encryption key.\n' +
        'main.tf:4:3: error unknown-attribute: aws_kms_key has no argument `bogus`.\n',
    );
    assert.equal(
      run(['--show-suppressed', '.'], d).stdout,
      'main.tf:1:11: warning key-rotation-disabled: Automatic key rotation is off for this symmetric encryption key.\n' +
        'main.tf:4:3: error unknown-attribute: aws_kms_key has no argument `bogus`.\n' +
        'main.tf:6:17: suppressed warning key-disabled: This key is disabled: every cryptographic operation with it will fail. (retired with the old stack)\n',
    );
  });
  it('json: a `suppressed` list with the justification', () => {
    const out = JSON.parse(run(['--format', 'json', '--show-suppressed', '.'], d).stdout);
    assert.deepEqual(
      out.suppressed.map((f) => [f.ruleId, f.line, f.justification]),
      [['key-disabled', 6, 'retired with the old stack']],
    );
    assert.equal(JSON.parse(run(['--format', 'json', '.'], d).stdout).suppressed, undefined);
  });
  it('a suppressed error does not fail the run', () => {
    const e = repo('suppressed-error', { 'main.tf': 'resource "aws_kms_alias" "a" {\n  name = "alias/a"\n  target_key_id = "k"\n  bogus = 1 # tfkms:ignore unknown-attribute read by a wrapper module\n}\n' });
    const r = run(['.'], e);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /0 errors, .* 1 suppressed/);
  });
});

describe('configuration', () => {
  it('the nearest .tfkms.json above each file applies, up to the repository root', () => {
    const d = repo('config-walk', {
      '.tfkms.json': '{ "rules": { "unknown-attribute": "warning" } }',
      'infra/main.tf': KEYS,
      'apps/.tfkms.jsonc': '// apps are stricter\n{ "rules": { "key-rotation-disabled": "error", }, }\n',
      'apps/api/main.tf': KEYS,
    });
    const out = JSON.parse(run(['--format', 'json', '.'], d).stdout);
    assert.deepEqual(
      out.findings.map((f) => [f.file, f.ruleId, f.severity]),
      [
        ['apps/api/main.tf', 'key-rotation-disabled', 'error'],
        ['apps/api/main.tf', 'unknown-attribute', 'error'],
        ['infra/main.tf', 'key-rotation-disabled', 'warning'],
        ['infra/main.tf', 'unknown-attribute', 'warning'],
      ],
    );
  });

  it('a file above the repository root is not read', () => {
    const outer = join(dir, 'outer');
    mkdirSync(outer, { recursive: true });
    writeFileSync(join(outer, '.tfkms.json'), '{ "rules": { "unknown-attribute": "off" } }');
    mkdirSync(join(outer, 'inner/.git'), { recursive: true });
    writeFileSync(join(outer, 'inner/main.tf'), KEYS);
    writeFileSync(join(outer, 'main.tf'), KEYS);
    assert.equal(run(['.'], join(outer, 'inner')).code, 1);
    // From the outer folder, its own file gets the outer configuration; the inner repository's does not.
    assert.equal(run(['main.tf'], outer).code, 0);
    assert.equal(run(['inner/main.tf'], outer).code, 1);
  });

  it('--config FILE replaces the lookup, and --rule wins over it', () => {
    const d = repo('config-flag', { '.tfkms.json': '{ "rules": { "unknown-attribute": "off" } }', 'ci.json': '{ "rules": { "unknown-attribute": "info", "key-rotation-disabled": "off" } }', 'main.tf': KEYS });
    const severities = (args) => JSON.parse(run(['--format', 'json', ...args, '.'], d).stdout).findings.map((f) => `${f.ruleId}=${f.severity}`);
    assert.deepEqual(severities([]), ['key-rotation-disabled=warning']);
    assert.deepEqual(severities(['--config', 'ci.json']), ['unknown-attribute=info']);
    assert.deepEqual(severities(['--config', 'ci.json', '--rule', 'unknown-attribute=error', '--rule', 'key-rotation-disabled=hint']), [
      'key-rotation-disabled=hint',
      'unknown-attribute=error',
    ]);
    assert.deepEqual(severities(['--rule', 'unknown-attribute=warning']), ['key-rotation-disabled=warning', 'unknown-attribute=warning']);
  });

  it('an unknown rule id or level in the file is a warning with its position; the run goes on', () => {
    const d = repo('config-unknown', { '.tfkms.json': '{\n  "rules": {\n    "key-rotaton-disabled": "off",\n    "unknown-attribute": "loud"\n  }\n}\n', 'main.tf': KEYS });
    const r = run(['.'], d);
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr.split('\n').slice(0, 2).join('\n'),
      'tfkms: warning: .tfkms.json:3:5: warning: Unknown rule "key-rotaton-disabled"; did you mean "key-rotation-disabled"?.\n' +
        'tfkms: warning: .tfkms.json:4:26: warning: Unknown level "loud" for rule "unknown-attribute": use off, error, warning, info or hint.',
    );
  });

  it('a configuration that is not JSON, or a missing --config file, is exit 2', () => {
    const d = repo('config-broken', { '.tfkms.json': '{ "rules": ', 'main.tf': KEYS });
    const r = run(['.'], d);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'tfkms: .tfkms.json:1:12: error: Not valid JSON: unexpected end of file.\n');
    const m = run(['--config', 'missing.json', '.'], d);
    assert.equal(m.code, 2);
    assert.equal(m.stderr, 'tfkms: --config missing.json: no such file or directory\n');
  });

  it('ignorePaths skip files and folders, relative to the configuration file', () => {
    const d = repo('ignore', {
      '.tfkms.json': '{ "ignorePaths": ["modules/legacy", "*.generated.tf"] }',
      'main.tf': INFO_ONLY,
      'modules/legacy/main.tf': KEYS,
      'modules/current/keys.generated.tf': KEYS,
      'modules/current/main.tf': INFO_ONLY,
    });
    const r = run(['--format', 'json', '.'], d);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout).findings.map((f) => f.file), ['main.tf', 'modules/current/main.tf']);
    assert.match(r.stderr, /^tfkms: 2 files \(2 ignored\)/);
    // Named on the command line (as pre-commit does), an ignored file is still skipped.
    assert.equal(run(['modules/legacy/main.tf'], d).code, 0);
  });
});

describe('--format github', () => {
  it('prints one workflow annotation per finding, escaped', () => {
    const d = repo('github', {
      'main.tf': KEYS,
      'odd,name.tf': 'resource "aws_kms_alias" "a" {\n  name = "alias/a"\n  target_key_id = "k"\n  bogus = 1\n}\n',
    });
    const r = run(['--format', 'github', '.'], d);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      '::warning file=main.tf,line=1,col=11,endLine=1,endColumn=22,title=key-rotation-disabled::Automatic key rotation is off for this symmetric encryption key.\n' +
        '::error file=main.tf,line=4,col=3,endLine=4,endColumn=8,title=unknown-attribute::aws_kms_key has no argument `bogus`.\n' +
        '::error file=odd%2Cname.tf,line=4,col=3,endLine=4,endColumn=8,title=unknown-attribute::aws_kms_alias has no argument `bogus`.\n',
    );
    assert.match(r.stderr, /^tfkms: 2 files/);
  });
  it('info and hint findings are notices', () => {
    const d = repo('github-notice', { 'main.tf': INFO_ONLY });
    assert.match(run(['--format', 'github', '.'], d).stdout, /^::notice file=main\.tf,line=1,.*title=key-without-policy::/);
  });
});

describe('SARIF for code scanning', () => {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
  let d;
  let log;
  before(() => {
    d = repo('sarif', { 'infra/main.tf': KEYS, 'infra/policy.tf': 'resource "aws_kms_key" "open" {\n  enable_key_rotation = true\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Sid = "Admin", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" },\n      { Sid = "All", Effect = "Allow", Principal = "*", Action = "kms:Decrypt", Resource = "*" }]\n  })\n}\n' });
    const r = run(['--format', 'sarif', '.'], d);
    assert.equal(r.code, 1);
    log = JSON.parse(r.stdout);
  });

  it('validates against the SARIF 2.1.0 schema, suppressions included', () => {
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  });

  it('carries suppressed findings with kind inSource and the justification', () => {
    const results = log.runs[0].results;
    const suppressed = results.filter((x) => x.suppressions);
    assert.deepEqual(
      suppressed.map((x) => [x.ruleId, x.suppressions]),
      [['key-disabled', [{ kind: 'inSource', justification: 'retired with the old stack' }]]],
    );
    assert.ok(results.filter((x) => !x.suppressions).length >= 3);
  });

  it('uses URIs relative to %SRCROOT%, which is the working folder', () => {
    const run0 = log.runs[0];
    assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(d).href + '/');
    for (const res of run0.results) {
      const loc = res.locations[0].physicalLocation.artifactLocation;
      assert.equal(loc.uriBaseId, '%SRCROOT%');
      assert.match(loc.uri, /^infra\/(main|policy)\.tf$/);
    }
  });

  it('describes every rule with its page, help Markdown and tags; security rules with security-severity', () => {
    const rules = log.runs[0].tool.driver.rules;
    const byId = Object.fromEntries(rules.map((x) => [x.id, x]));
    const wp = byId['wildcard-principal'];
    assert.equal(wp.helpUri, 'https://github.com/tfkms/terraform-kms/blob/main/docs/rules/wildcard-principal.md');
    assert.match(wp.help.markdown, /^# `wildcard-principal`/);
    assert.match(wp.help.markdown, /## Example/);
    assert.ok(wp.properties.tags.includes('security'), JSON.stringify(wp.properties.tags));
    assert.equal(wp.properties['security-severity'], '8.0');
    assert.ok(byId['key-rotation-disabled'].properties.tags.includes('security'));
    assert.ok(!byId['unknown-attribute'].properties.tags.includes('security'));
    assert.equal(byId['unknown-attribute'].properties['security-severity'], undefined);
    for (const r of rules) assert.ok(r.helpUri.endsWith(`/docs/rules/${r.id}.md`) && r.help.markdown && r.help.text, r.id);
  });

  it('gives each result a fingerprint that stays when lines are inserted above it', () => {
    const prints = (l) => l.runs[0].results.map((x) => `${x.ruleId}@${x.locations[0].physicalLocation.artifactLocation.uri}=${x.partialFingerprints['tfkmsFinding/v1']}`).sort();
    const before = prints(log);
    assert.equal(new Set(before).size, before.length);
    for (const p of before) assert.match(p, /=[0-9a-f]{32}$/);
    const moved = join(dir, 'sarif-moved');
    mkdirSync(join(moved, '.git'), { recursive: true });
    mkdirSync(join(moved, 'infra'));
    writeFileSync(join(moved, 'infra/main.tf'), '# Keys of the application.\n\nvariable "policy" {}\n\n' + KEYS);
    writeFileSync(join(moved, 'infra/policy.tf'), '\n\n' + readFileSync(join(d, 'infra/policy.tf'), 'utf8'));
    const after = JSON.parse(run(['--format', 'sarif', '.'], moved).stdout);
    assert.notDeepEqual(after.runs[0].results.map((x) => x.locations[0].physicalLocation.region.startLine), log.runs[0].results.map((x) => x.locations[0].physicalLocation.region.startLine));
    assert.deepEqual(prints(after), before);
  });

  it('equal findings in one file get different fingerprints', () => {
    const e = repo('sarif-twice', { 'main.tf': 'resource "aws_kms_alias" "a" {\n  name = "alias/a"\n  target_key_id = "k"\n  bogus = 1\n  bogus = 1\n}\n' });
    const results = JSON.parse(run(['--format', 'sarif', '--rule', 'unknown-attribute=error', '.'], e).stdout).runs[0].results.filter((x) => x.ruleId === 'unknown-attribute');
    assert.equal(results.length, 2);
    assert.notEqual(results[0].partialFingerprints['tfkmsFinding/v1'], results[1].partialFingerprints['tfkmsFinding/v1']);
  });
});
