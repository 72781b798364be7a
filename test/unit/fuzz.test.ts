/**
 * Mutation fuzzing: the guide's examples and the expanded snippets, cut, duplicated and sprinkled with
 * punctuation, go through every feature at many offsets. Nothing may throw, and every rule must finish
 * (a rule that throws is reported by doValidation's onRuleError, which fails here).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  doCodeActions,
  doComplete,
  doDefinition,
  doHover,
  doReferences,
  doSymbols,
  doValidation,
  expandWithDefaults,
  kmsPatterns,
} from '../../server/src/service';
import { useParser, workspaceWith } from './harness';
import { guideBlocks } from './policy/guide';

useParser();

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['{', '}', '[', ']', '(', ')', '"', '=', ',', ':', '\n', '${', '<<EOT\n', '\nEOT\n', '#', '/*', '*/', '\\', 'jsonencode(', 'aws_kms_key.', '"kms:', '\u0000', '😀', '-1', '1e999'];

function mutate(text: string, random: () => number): string {
  let t = text;
  const n = 1 + Math.floor(random() * 4);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(random() * (t.length + 1));
    const r = random();
    if (r < 0.35) t = t.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + t.slice(at);
    else if (r < 0.65) t = t.slice(0, at) + t.slice(Math.min(t.length, at + 1 + Math.floor(random() * 40)));
    else if (r < 0.85) t = t.slice(0, at); // cut: the user is typing at the end
    else {
      const from = Math.floor(random() * t.length);
      t = t.slice(0, at) + t.slice(from, from + 60) + t.slice(at);
    }
  }
  return t;
}

describe('mutation fuzzing', () => {
  const seeds = [...guideBlocks().map((b) => b.text), ...kmsPatterns().slice(0, 12).map((p) => expandWithDefaults(p.body))];

  it(`every feature survives ${seeds.length * 6} mutated files`, () => {
    const random = rng(7);
    let checked = 0;
    for (const seed of seeds) {
      for (let v = 0; v < 6; v++) {
        const text = mutate(seed, random);
        const { ws, doc } = workspaceWith(text);
        const errors: string[] = [];
        const findings = doValidation(ws, doc, { onRuleError: (id, e) => errors.push(`${id}: ${e instanceof Error ? e.stack : String(e)}`) });
        assert.deepEqual(errors, [], `a rule threw on:\n${text}`);
        doSymbols(doc);
        const offsets = [0, text.length, ...Array.from({ length: 25 }, () => Math.floor(random() * (text.length + 1)))];
        for (const o of offsets) {
          try {
            doComplete(ws, doc, o);
            doHover(ws, doc, o);
            doDefinition(ws, doc, o);
            doReferences(ws, doc, o, true);
            doCodeActions(findings, { start: o, end: o });
          } catch (e) {
            assert.fail(`offset ${o} of:\n${text}\n${e instanceof Error ? e.stack : String(e)}`);
          }
        }
        for (const f of findings) {
          assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${f.ruleId} span out of the text`);
          for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length, `${f.ruleId} fix edit out of the text`);
        }
        checked++;
      }
    }
    assert.equal(checked, seeds.length * 6);
  });
});
