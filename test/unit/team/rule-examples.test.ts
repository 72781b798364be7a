/**
 * Every rule carries two examples (rules/rule.ts `examples`), shown on its page in docs/rules/: the one that fires
 * must produce the rule, the fixed one must not. A rule added without examples fails here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../../server/src/service';
import { lint, useParser } from './support';

useParser();

describe('rule examples', () => {
  for (const rule of allRules) {
    describe(rule.id, () => {
      it('has both examples', () => {
        assert.ok(rule.examples, `${rule.id} has no examples`);
        assert.ok(rule.examples.fires.trim().length > 0 && rule.examples.fixed.trim().length > 0, rule.id);
        assert.notEqual(rule.examples.fires, rule.examples.fixed);
      });
      it('the example that fires produces the rule', () => {
        const r = lint(rule.examples.fires);
        assert.equal(r.ruleErrors.get(rule.id), undefined, `${rule.id} threw`);
        const found = r.kept.filter((f) => f.ruleId === rule.id);
        assert.ok(found.length > 0, `${rule.id} does not fire on its example:\n${rule.examples.fires}`);
      });
      it('the fixed example does not', () => {
        const r = lint(rule.examples.fixed);
        assert.equal(r.ruleErrors.get(rule.id), undefined, `${rule.id} threw`);
        const found = r.kept.filter((f) => f.ruleId === rule.id);
        assert.deepEqual(found.map((f) => f.message), []);
      });
    });
  }
});
