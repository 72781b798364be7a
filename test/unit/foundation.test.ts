import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyCompletion, applyFix, checkDiagnostics, completionLabels, findingsOf, hoverAt, useParser } from './harness';

useParser();

describe('completion (first slice)', () => {
  it('offers aws_kms_* resource types after resource "', () => {
    const labels = completionLabels('resource "$0');
    assert.ok(labels.includes('aws_kms_key'));
    assert.ok(labels.includes('aws_kms_custom_key_store'));
    assert.ok(!labels.includes('aws_kms_public_key'), 'a data source is not a resource');
  });

  it('offers data source types after data "', () => {
    const labels = completionLabels('data "aws_kms_$0"');
    assert.ok(labels.includes('aws_kms_public_key'));
    assert.ok(labels.includes('aws_kms_secrets'));
  });

  it('replaces the partly typed type name', () => {
    assert.equal(applyCompletion('resource "aws_kms_ke$0" "k" {}', 'aws_kms_key'), 'resource "aws_kms_key" "k" {}');
  });

  it('offers the arguments of aws_kms_key that are not present yet, in a half-typed block', () => {
    const labels = completionLabels('resource "aws_kms_key" "k" {\n  description = "x"\n  ena$0\n}\n');
    assert.ok(labels.includes('enable_key_rotation'));
    assert.ok(labels.includes('deletion_window_in_days'));
    assert.ok(!labels.includes('description'), 'already present');
    assert.ok(!labels.includes('arn'), 'computed only');
    assert.ok(!labels.includes('key_id'), 'computed only');
  });

  it('inserts an argument with its assignment', () => {
    assert.equal(
      applyCompletion('resource "aws_kms_key" "k" {\n  enable_key_rot$0\n}\n', 'enable_key_rotation'),
      'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n',
    );
  });

  it('offers nothing in a value position or a comment', () => {
    assert.deepEqual(completionLabels('resource "aws_kms_key" "k" {\n  description = $0\n}\n'), []);
    assert.deepEqual(completionLabels('# resource "$0'), []);
  });
});

describe('hover (first slice)', () => {
  it('describes an aws_kms_key argument', () => {
    const h = hoverAt('resource "aws_kms_key" "k" {\n  deletion_win$0dow_in_days = 7\n}\n');
    assert.ok(h?.includes('`deletion_window_in_days`'), h);
    assert.ok(h?.includes('`number`'), h);
    assert.ok(h?.includes('optional'), h);
    assert.ok(h?.includes('7 to 30'), h);
  });

  it('says nothing on whitespace', () => {
    assert.equal(hoverAt('resource "aws_kms_key" "k" {\n $0 \n}\n'), undefined);
  });
});

describe('unknown-attribute (first slice)', () => {
  it('fires on an argument aws_kms_key does not have', () => {
    checkDiagnostics(
      [
        'resource "aws_kms_key" "k" {',
        '  bogus = 1',
        '# ^^^^^ error unknown-attribute: aws_kms_key has no argument `bogus`.',
        '}',
      ].join('\n'),
      { only: ['unknown-attribute'] },
    );
  });

  it('does not fire on real arguments and meta-arguments', () => {
    checkDiagnostics(
      [
        'resource "aws_kms_key" "k" {',
        '  count               = 1',
        '  description         = "x"',
        '  enable_key_rotation = true',
        '  lifecycle {',
        '    prevent_destroy = true',
        '  }',
        '}',
      ].join('\n'),
      { only: ['unknown-attribute'] },
    );
  });

  it('has a quick fix for a near miss, and the fix clears the finding', () => {
    const text = 'resource "aws_kms_key" "k" {\n  enable_key_rotaton = true\n}\n';
    const fixed = applyFix(text, 'unknown-attribute');
    assert.equal(fixed, 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n');
    assert.deepEqual(findingsOf(fixed, { only: ['unknown-attribute'] }), []);
  });
});

describe('robustness', () => {
  for (const [name, text] of [
    ['empty', ''],
    ['garbage', '\u0000\u0001\uffff{{{"""\\\\\n]]]'],
    ['unclosed brace', 'resource "aws_kms_key" "k" {\n  description = "x"\n'],
    ['unclosed string', 'resource "aws_kms_key" "k" {\n  description = "x\n}\n'],
  ] as const) {
    it(`survives ${name} input`, () => {
      const findings = findingsOf(text);
      assert.ok(Array.isArray(findings));
      for (let i = 0; i <= text.length; i++) completionLabels(text.slice(0, i) + '$0' + text.slice(i));
    });
  }
});

describe('cursor context', () => {
  it('follows blocks, calls, objects and tuples into a jsonencode policy', async () => {
    const { cursorContext } = await import('../../server/src/service/hcl/cursor');
    const { fixture } = await import('./harness');
    const f = fixture('resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect = "Allow"\n      Action = ["kms:De$0"]\n    }]\n  })\n}\n');
    const c = cursorContext(f.text, f.offset!);
    assert.deepEqual(
      c.frames.map((fr) => (fr.kind === 'block' ? `block ${fr.type} ${fr.labels.join(' ')} [${fr.attribute}]` : fr.kind === 'object' ? `object ${fr.keys.join(',')} -> ${fr.valueOf}` : fr.kind === 'call' ? `call ${fr.name}` : fr.kind)),
      ['block resource aws_kms_key k [policy]', 'call jsonencode', 'object Version,Statement -> Statement', 'tuple', 'object Effect,Action -> Action', 'tuple'],
    );
    assert.equal(c.string?.textBefore, 'kms:De');
  });
});

describe('beside HashiCorp Terraform', () => {
  it('leaves type and argument names to it, keeps values', async () => {
    const { doComplete } = await import('../../server/src/service');
    const { fixture, workspaceWith } = await import('./harness');
    const f = fixture('resource "aws_kms_key" "k" {\n  ena$0\n}\n');
    const { ws, doc } = workspaceWith(f.text);
    assert.ok(doComplete(ws, doc, f.offset!).some((i) => i.label === 'enable_key_rotation'));
    assert.deepEqual(doComplete(ws, doc, f.offset!, { besideHashicorp: true }).filter((i) => i.kind === 'attribute'), []);
  });
});
