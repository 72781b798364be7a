/**
 * An unclosed string or bracket yields one syntax error, where it opens, instead of the parser's cascade on
 * the tokens after it; the blocks after it are still analysed; and a reference to a block the parser could
 * not read is not reported as undeclared (only the syntax error is certain).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDiagnostics, findingsOf, useParser } from './harness';
import { firstUnclosed } from '../../server/src/service/hcl/unclosed';

useParser();

describe('unclosed strings and brackets', () => {
  it('a stray quote gives one error at the quote that opens the unclosed string, and nothing else from its block', () => {
    checkDiagnostics(
      [
        'resource "aws_kms_alias" "a" {',
        '  name          = "alias/a"',
        '  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"',
        '}',
        'resource "aws_kms_alias" "b" {',
        '  name          = ""b"',
        '#                    ^ error syntax-error: Unclosed string: this quote opens a string that is not closed before the end of its line.',
        '  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"',
        '}',
        'resource "aws_kms_alias" "c" {',
        '  name          = "c"',
        '#                 ^^^ error alias-name: Alias `name` must start with `alias/`.',
        '  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('a missing closing brace gives one error at the brace that stays open, and the next block is still checked', () => {
    const text = [
      'resource "aws_kms_alias" "a" {',
      '  name          = "alias/app"',
      '  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"',
      '',
      'resource "aws_kms_alias" "b" {',
      '  name          = "app"',
      '  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"',
      '}',
      '',
    ].join('\n');
    const findings = findingsOf(text);
    const syntax = findings.filter((f) => f.ruleId === 'syntax-error');
    assert.deepEqual(syntax.map((f) => [text.slice(f.span.start, f.span.end), f.span.start, f.message]), [
      ['{', text.indexOf('{'), 'Unclosed brace: this `{` has no matching `}`.'],
    ]);
    assert.ok(findings.some((f) => f.ruleId === 'alias-name'), 'the block after the broken one is still analysed');
  });

  it('a reference to a block the parser could not read is not reported as undeclared', () => {
    const text = [
      'resource "aws_kms_key" "main" {',
      '  description = "main key',
      '  enable_key_rotation = true',
      '}',
      '',
      'resource "aws_kms_alias" "main" {',
      '  name          = "alias/main"',
      '  target_key_id = aws_kms_key.main.key_id',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(text).map((f) => f.ruleId), ['syntax-error']);
    // With the block fixed but another name referenced, the reference is an error again.
    const other = text.replace('"main key', '"main key"').replace('aws_kms_key.main.key_id', 'aws_kms_key.other.key_id');
    assert.ok(findingsOf(other).some((f) => f.ruleId === 'unresolved-reference'));
  });
});

describe('firstUnclosed', () => {
  it('follows templates, heredocs and comments', () => {
    assert.equal(firstUnclosed('a = "${jsonencode({ "k" = "v" })}"\n'), undefined);
    assert.equal(firstUnclosed('a = <<EOT\n"unbalanced { in a heredoc\nEOT\nb = 1\n'), undefined);
    assert.equal(firstUnclosed('# a "comment\n/* { */\nb = "$${not a template"\n'), undefined);
    assert.equal(firstUnclosed('a = "%{ if true }x%{ endif }"\n'), undefined);
    assert.deepEqual(firstUnclosed('a = "x\nb = 1\n')?.span, { start: 4, end: 5 });
    assert.deepEqual(firstUnclosed('a = [1, 2\n')?.span, { start: 4, end: 5 });
    assert.equal(firstUnclosed('a = [1, 2\n')?.message, 'Unclosed bracket: this `[` has no matching `]`.');
    // A stray closer is not an unclosed opening: the parser's own error stands.
    assert.equal(firstUnclosed('a = 1 }\n'), undefined);
  });
});
