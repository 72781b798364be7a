/**
 * `.tfkms.json`: parsing (JSONC), problems that point into the file, the merge of rule settings with its
 * precedence, ignorePaths globs, and the lookup on disk up to the repository root.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isIgnoredPath, mergeRuleSettings, parseConfig } from '../../../server/src/service';
import { ConfigFiles, findConfigFile, formatProblems, ignoredByConfig, loadConfigFile } from '../../../server/src/configFiles';

/** Problems rendered as `line:col severity message` with the text they point at. */
function problems(text: string): string[] {
  return parseConfig(text).problems.map((p) => `${p.severity} ${JSON.stringify(text.slice(p.span.start, p.span.end))}: ${p.message}`);
}

describe('parseConfig', () => {
  it('reads rules, ignorePaths and failOn, with comments and trailing commas', () => {
    const text = `{
  // levels for this repository
  "$schema": "./node_modules/terraform-kms/schemas/tfkms.schema.json",
  "rules": {
    "key-rotation-disabled": "off", /* rotated by the pipeline */
    "cross-account-access": "error",
  },
  "ignorePaths": ["modules/legacy/**", "*.generated.tf",],
  "failOn": "warning",
}
`;
    assert.deepEqual(parseConfig(text), {
      config: { rules: { 'key-rotation-disabled': 'off', 'cross-account-access': 'error' }, ignorePaths: ['modules/legacy/**', '*.generated.tf'], failOn: 'warning' },
      problems: [],
    });
  });

  it('an unknown rule id, level or setting is a warning at its place; the rest applies', () => {
    const text = '{ "rules": { "key-rotaton-disabled": "off", "key-disabled": "fatal", "policy-size": 1, "deprecated": "hint" }, "colour": true }';
    assert.deepEqual(problems(text), [
      'warning "\\"key-rotaton-disabled\\"": Unknown rule "key-rotaton-disabled"; did you mean "key-rotation-disabled"?.',
      'warning "\\"fatal\\"": Unknown level "fatal" for rule "key-disabled": use off, error, warning, info or hint.',
      'warning "1": Unknown level 1 for rule "policy-size": use off, error, warning, info or hint.',
      'warning "\\"colour\\"": Unknown setting "colour" (rules, ignorePaths, failOn).',
    ]);
    assert.deepEqual(parseConfig(text).config.rules, { deprecated: 'hint' });
  });

  it('wrong shapes', () => {
    assert.deepEqual(problems('{ "rules": [], "ignorePaths": "x", "failOn": "sometimes" }'), [
      'warning "[]": "rules" must be an object: rule id -> off, error, warning, info or hint.',
      'warning "\\"x\\"": "ignorePaths" must be a list of glob patterns.',
      'warning "\\"sometimes\\"": "failOn" must be one of error, warning, info, never.',
    ]);
    assert.deepEqual(problems('[]'), ['error "[]": The configuration must be a JSON object.']);
  });

  it('text that is not JSON is an error at the place it goes wrong', () => {
    assert.deepEqual(problems('{ "rules": { "key-disabled" "off" } }'), ['error "\\"": Not valid JSON: expected ":".']);
    assert.deepEqual(problems('{ "rules": '), ['error "": Not valid JSON: unexpected end of file.']);
    assert.deepEqual(problems('{ /* open'), ['error "/": Not valid JSON: unclosed comment.']);
  });
});

describe('mergeRuleSettings: later sources win', () => {
  it('the command line (or the editor setting) over the file', () => {
    const file = parseConfig('{ "rules": { "key-disabled": "off", "policy-size": "warning" } }').config.rules;
    assert.deepEqual(mergeRuleSettings([{ where: '.tfkms.json', rules: file }, { where: '--rule', rules: { 'key-disabled': 'error' } }]), {
      rules: { 'key-disabled': 'error', 'policy-size': 'warning' },
      warnings: [],
    });
  });

  it('warns about unknown ids and levels, naming where they were written', () => {
    assert.deepEqual(mergeRuleSettings([{ where: 'the tfkms.rules setting', rules: { 'no-such-rule': 'off', 'key-disabled': 'loud', 'policy-size': 'off' } }]), {
      rules: { 'policy-size': 'off' },
      warnings: ['the tfkms.rules setting: unknown rule "no-such-rule"', 'the tfkms.rules setting: unknown level "loud" for rule "key-disabled" (off, error, warning, info or hint)'],
    });
  });
});

describe('isIgnoredPath', () => {
  const cases: [string, string, boolean][] = [
    ['modules/legacy/**', 'modules/legacy/main.tf', true],
    ['modules/legacy/**', 'modules/legacy/sub/keys.tf', true],
    ['modules/legacy/**', 'modules/current/main.tf', false],
    ['modules/legacy', 'modules/legacy/sub/keys.tf', true],
    ['modules/legacy/', 'modules/legacy/main.tf', true],
    ['*.generated.tf', 'a/b/keys.generated.tf', true],
    ['*.generated.tf', 'keys.tf', false],
    ['/keys.tf', 'keys.tf', true],
    ['/keys.tf', 'sub/keys.tf', false],
    ['**/test/*.tf', 'x/y/test/main.tf', true],
    ['**/test/*.tf', 'test/main.tf', true],
    ['env/{dev,stage}/*.tf', 'env/stage/main.tf', true],
    ['env/{dev,stage}/*.tf', 'env/prod/main.tf', false],
    ['env/?ev/*.tf', 'env/dev/main.tf', true],
    ['examples', 'examples/basic/main.tf', true],
    ['examples', '../examples/main.tf', false],
  ];
  for (const [glob, path, want] of cases) {
    it(`${glob} ${want ? 'ignores' : 'keeps'} ${path}`, () => assert.equal(isIgnoredPath([glob], path), want));
  }
});

describe('config files on disk', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'tfkms-config-'));
    // outer/.tfkms.json is above the repository: never read for files inside it.
    mkdirSync(join(dir, 'outer/repo/.git'), { recursive: true });
    mkdirSync(join(dir, 'outer/repo/infra/modules/legacy'), { recursive: true });
    mkdirSync(join(dir, 'outer/repo/apps/api'), { recursive: true });
    writeFileSync(join(dir, 'outer/.tfkms.json'), '{ "rules": { "key-disabled": "off" } }');
    writeFileSync(join(dir, 'outer/repo/.tfkms.jsonc'), '{ "rules": { "policy-size": "warning" }, "ignorePaths": ["infra/modules/legacy"] }');
    writeFileSync(join(dir, 'outer/repo/apps/.tfkms.json'), '{ "rules": { "key-rotation-disabled": "off", "bogus-rule": "off" } }');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the nearest file above wins, and the search stops at the repository root', () => {
    assert.equal(findConfigFile(join(dir, 'outer/repo/apps/api')), join(dir, 'outer/repo/apps/.tfkms.json'));
    assert.equal(findConfigFile(join(dir, 'outer/repo/infra/modules/legacy')), join(dir, 'outer/repo/.tfkms.jsonc'));
    assert.equal(findConfigFile(join(dir, 'outer/repo/.git')), join(dir, 'outer/repo/.tfkms.jsonc'));
    assert.equal(findConfigFile(join(dir, 'outer')), join(dir, 'outer/.tfkms.json'));
  });

  it('.tfkms.json is preferred over .tfkms.jsonc in one folder', () => {
    writeFileSync(join(dir, 'outer/repo/infra/.tfkms.json'), '{}');
    writeFileSync(join(dir, 'outer/repo/infra/.tfkms.jsonc'), '{}');
    assert.equal(findConfigFile(join(dir, 'outer/repo/infra')), join(dir, 'outer/repo/infra/.tfkms.json'));
    rmSync(join(dir, 'outer/repo/infra/.tfkms.json'));
    rmSync(join(dir, 'outer/repo/infra/.tfkms.jsonc'));
  });

  it('ignorePaths are relative to the folder of the file', () => {
    const files = new ConfigFiles();
    const legacy = join(dir, 'outer/repo/infra/modules/legacy/main.tf');
    assert.equal(ignoredByConfig(files.forFile(legacy), legacy), true);
    const other = join(dir, 'outer/repo/infra/main.tf');
    assert.equal(ignoredByConfig(files.forFile(other), other), false);
  });

  it('problems carry the file position', () => {
    const c = loadConfigFile(join(dir, 'outer/repo/apps/.tfkms.json'));
    assert.deepEqual(formatProblems(c, 'apps/.tfkms.json'), ['apps/.tfkms.json:1:46: warning: Unknown rule "bogus-rule".']);
    assert.deepEqual(c.config.rules, { 'key-rotation-disabled': 'off' });
  });

  it('a file that cannot be read is one problem', () => {
    const c = loadConfigFile(join(dir, 'nope/.tfkms.json'));
    assert.deepEqual(c.problems.map((p) => p.message), ['cannot read the file (ENOENT)']);
  });
});
