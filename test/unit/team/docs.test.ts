/**
 * The files `npm run docs` generates from the rule registry are current: one page per rule in docs/rules/, the
 * JSON schema of `.tfkms.json` (and its registration in package.json), and the schema does what it says.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { CONFIG_SCHEMA_PATH, RULE_DOCS_DIR, configSchema, rulePages, withJsonValidation } from '../../../scripts/docs';
import { allRules } from '../../../server/src/service';
import { ruleDocsUrl } from '../../../server/src/ruleDocs';

const root = join(__dirname, '../../..');

it('docs/rules has exactly one current page per rule (run `npm run docs`)', () => {
  const pages = rulePages();
  assert.deepEqual(readdirSync(RULE_DOCS_DIR).filter((f) => f.endsWith('.md')).sort(), [...pages.keys()].sort());
  for (const [f, text] of pages) assert.equal(readFileSync(join(RULE_DOCS_DIR, f), 'utf8'), text, f);
});

it('each page says what, why, an example that fires and the fix, and how to configure and suppress', () => {
  for (const r of allRules) {
    const page = rulePages().get(`${r.id}.md`)!;
    for (const part of ['## Why it matters', '## Example', 'Fixed:', '## Configure', '--rule ' + r.id, r.summary]) assert.ok(page.includes(part), `${r.id}: ${part}`);
    if (r.id !== 'unused-suppression' && r.id !== 'suppression-without-reason') assert.ok(page.includes(`# tfkms:ignore ${r.id} `), r.id);
  }
});

it('the rule URL is the page in the repository', () => {
  assert.equal(ruleDocsUrl('key-disabled'), 'https://github.com/tfkms/terraform-kms/blob/main/docs/rules/key-disabled.md');
});

it('the config schema is current and registered for .tfkms.json and .tfkms.jsonc (run `npm run docs`)', () => {
  assert.equal(readFileSync(CONFIG_SCHEMA_PATH, 'utf8'), configSchema());
  const pkgText = readFileSync(join(root, 'package.json'), 'utf8');
  assert.equal(pkgText, withJsonValidation(pkgText));
  const pkg = JSON.parse(pkgText);
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: ['.tfkms.json', '.tfkms.jsonc'], url: './schemas/tfkms.schema.json' }]);
});

it('the schema ships in the VSIX and the npm package', () => {
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
  assert.ok(ignore.includes('!schemas/tfkms.schema.json'), '.vscodeignore must let the schema into the VSIX');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const f of ['schemas/', 'docs/rules/', 'dist/cli.js', 'dist/server.js', 'LICENSE', 'README.md', 'THIRD_PARTY_NOTICES.md']) assert.ok(pkg.files.includes(f), f);
});

it('the schema accepts a good configuration and rejects unknown rule ids and levels', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(configSchema()));
  assert.ok(validate({ rules: { 'key-disabled': 'off' }, ignorePaths: ['modules/**'], failOn: 'warning' }), JSON.stringify(validate.errors));
  assert.equal(validate({ rules: { 'no-such-rule': 'off' } }), false);
  assert.equal(validate({ rules: { 'key-disabled': 'loud' } }), false);
  assert.equal(validate({ colour: true }), false);
  const ids = Object.keys(JSON.parse(configSchema()).properties.rules.properties);
  assert.deepEqual(ids, allRules.map((r) => r.id));
});
