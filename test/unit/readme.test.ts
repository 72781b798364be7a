import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNIPPETS_PATH, withPatternsTable, withRuleSettings, withRulesTable } from '../../scripts/docs';
import { allRules } from '../../server/src/service/rules';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

it('the README rule table is the one generated from the registry (run `npm run docs`)', () => {
  assert.equal(readme, withRulesTable(readme));
});

it('the README lists every pattern with its prefix (run `npm run docs`)', () => {
  assert.equal(readme, withPatternsTable(readme, readFileSync(SNIPPETS_PATH, 'utf8')));
});

it('every rule has an id, a summary and docs, and ids are unique', () => {
  const ids = new Set<string>();
  for (const r of allRules) {
    assert.match(r.id, /^[a-z][a-z0-9-]+$/);
    assert.ok(!ids.has(r.id), `duplicate ${r.id}`);
    ids.add(r.id);
    assert.ok(r.summary.length > 10 && r.docs.length > 20, r.id);
  }
});

it('the tfkms.rules setting lists every rule id (run `npm run docs`)', () => {
  const text = readFileSync(join(__dirname, '../../package.json'), 'utf8');
  assert.equal(text, withRuleSettings(text));
});
