import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../../server/src/service/document';
import { expandWithDefaults, kmsPatterns } from '../../server/src/service/patterns';
import {
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  SemanticTokensMemo,
  doSemanticTokens,
  encodeSemanticTokens,
  type SemanticToken,
} from '../../server/src/service/semanticTokens';
import { useParser } from './harness';

useParser();

function tokensOf(text: string): { doc: ParsedDocument; tokens: SemanticToken[] } {
  const doc = new ParsedDocument('file:///ws/main.tf', 1, text);
  return { doc, tokens: doSemanticTokens(doc) };
}

/** One line per token: `line:character text type[.modifier...]` (1-based line, 0-based character). */
function render(text: string): string {
  const { doc, tokens } = tokensOf(text);
  return tokens
    .map((t) => {
      const { line, character } = doc.lineMap.positionAt(t.start);
      return `${line + 1}:${character} ${text.slice(t.start, t.end)} ${[t.type, ...t.modifiers].join('.')}`;
    })
    .join('\n');
}

/** The invariants LSP clients rely on: sorted, not overlapping, each token on one line and not empty. */
function assertWellFormed(text: string, tokens: readonly SemanticToken[]): void {
  let previousEnd = 0;
  for (const t of tokens) {
    assert.ok(t.end > t.start, `empty token at ${t.start}`);
    assert.ok(t.start >= previousEnd, `token at ${t.start} overlaps the previous one`);
    assert.ok(!/[\r\n]/.test(text.slice(t.start, t.end)), `token at ${t.start} spans lines`);
    previousEnd = t.end;
  }
}

describe('semantic tokens', () => {
  it('classifies a block: type keyword, labels, arguments, values and comments', () => {
    const text = [
      '# a key',
      'resource "aws_kms_key" "main" {',
      '  description             = "Key for ${var.env}" // why',
      '  deletion_window_in_days = 10',
      '  enable_key_rotation     = true',
      '  policy                  = jsonencode({ Version = "2012-10-17" })',
      '  tags                    = merge(local.tags, { "Name" = aws_kms_alias.a.name })',
      '}',
    ].join('\n');
    assert.equal(
      render(text),
      [
        '1:0 # a key comment',
        '2:0 resource keyword',
        '2:9 "aws_kms_key" type',
        '2:23 "main" variable.declaration',
        '3:2 description property.declaration',
        '3:26 = operator',
        '3:28 " string',
        '3:29 Key for string',
        '3:39 var variable.defaultLibrary',
        '3:43 env property',
        '3:47 " string',
        '3:49 // why comment',
        '4:2 deletion_window_in_days property.declaration',
        '4:26 = operator',
        '4:28 10 number',
        '5:2 enable_key_rotation property.declaration',
        '5:26 = operator',
        '5:28 true keyword',
        '6:2 policy property.declaration',
        '6:26 = operator',
        '6:28 jsonencode function',
        '6:41 Version property',
        '6:49 = operator',
        '6:51 "2012-10-17" string',
        '7:2 tags property.declaration',
        '7:26 = operator',
        '7:28 merge function',
        '7:34 local variable.defaultLibrary',
        '7:40 tags property',
        '7:48 "Name" string',
        '7:55 = operator',
        '7:57 aws_kms_alias variable',
        '7:71 a property',
        '7:73 name property',
      ].join('\n'),
    );
  });

  it('classifies expressions: for, conditionals, operators, splats, null', () => {
    const text = 'locals {\n  ids = [for k in var.keys : k.id if k != null]\n  n   = var.n > 0 ? -var.n : var.l[*].x\n}\n';
    assert.equal(
      render(text),
      [
        '1:0 locals keyword',
        '2:2 ids property.declaration',
        '2:6 = operator',
        '2:9 for keyword',
        '2:13 k variable.declaration',
        '2:15 in keyword',
        '2:18 var variable.defaultLibrary',
        '2:22 keys property',
        '2:29 k variable',
        '2:31 id property',
        '2:34 if keyword',
        '2:37 k variable',
        '2:39 != operator',
        '2:42 null keyword',
        '3:2 n property.declaration',
        '3:6 = operator',
        '3:8 var variable.defaultLibrary',
        '3:12 n property',
        '3:14 > operator',
        '3:16 0 number',
        '3:18 ? operator',
        '3:20 - operator',
        '3:21 var variable.defaultLibrary',
        '3:25 n property',
        '3:27 : operator',
        '3:29 var variable.defaultLibrary',
        '3:33 l property',
        '3:34 [*] operator',
        '3:38 x property',
      ].join('\n'),
    );
  });

  it('splits block comments and heredocs at line breaks', () => {
    const text = '/* one\n   two */\nlocals {\n  p = <<EOT\n{ "a": 1 }\nEOT\n}\n';
    assert.equal(
      render(text),
      [
        '1:0 /* one comment',
        '2:0    two */ comment',
        '3:0 locals keyword',
        '4:2 p property.declaration',
        '4:4 = operator',
        '4:6 << string',
        '4:8 EOT string',
        '5:0 { "a": 1 } string',
        '6:0 EOT string',
      ].join('\n'),
    );
  });

  it('encodes tokens as LSP relative numbers that decode back to the same tokens', () => {
    const text = 'resource "aws_kms_key" "k" {\n  description = "x"\n}\n# end\n';
    const { doc, tokens } = tokensOf(text);
    const data = encodeSemanticTokens(doc.lineMap, tokens);
    assert.equal(data.length, tokens.length * 5);
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.length; i++) {
      const [dLine, dChar, length, type, bits] = data.slice(i * 5, i * 5 + 5) as [number, number, number, number, number];
      line += dLine;
      character = dLine === 0 ? character + dChar : dChar;
      const t = tokens[i]!;
      assert.deepEqual(doc.lineMap.positionAt(t.start), { line, character });
      assert.equal(length, t.end - t.start);
      assert.equal(SEMANTIC_TOKEN_TYPES[type], t.type);
      assert.deepEqual(
        SEMANTIC_TOKEN_MODIFIERS.filter((_, b) => bits & (1 << b)),
        [...t.modifiers],
      );
    }
  });

  it('covers every word of every snippet, with well-formed tokens', () => {
    for (const pattern of kmsPatterns()) {
      const text = expandWithDefaults(pattern.body);
      const { tokens } = tokensOf(text);
      assertWellFormed(text, tokens);
      // Every letter or digit belongs to a token: nothing is left uncoloured but punctuation and space.
      const covered = new Uint8Array(text.length);
      for (const t of tokens) covered.fill(1, t.start, t.end);
      for (let i = 0; i < text.length; i++) {
        if (/[A-Za-z0-9_]/.test(text[i]!) && !covered[i]) {
          const line = text.slice(text.lastIndexOf('\n', i) + 1, text.indexOf('\n', i) === -1 ? undefined : text.indexOf('\n', i));
          assert.fail(`${pattern.prefix}: ${JSON.stringify(text[i])} at ${i} has no token, in: ${line}`);
        }
      }
    }
  });

  it('with a memo, gives after each edit the tokens of a fresh walk', () => {
    const memo = new SemanticTokensMemo();
    let doc = new ParsedDocument('file:///ws/main.tf', 1, '# top\nresource "aws_kms_key" "a" {\n  description = "a"\n}\n\nlocals {\n  n = 1\n}\n');
    doSemanticTokens(doc, memo);
    const edits = [
      { find: '"a"\n', newText: '"a ${var.x}"\n' }, // inside the first block
      { find: 'n = 1', newText: 'n = 1\n  m = [for k in var.k : k]' }, // the second block grows
      { find: '# top\n', newText: '' }, // every block moves
      { find: 'locals {', newText: 'locals { /* open' }, // a comment swallows the rest
    ];
    for (const [i, e] of edits.entries()) {
      const at = doc.text.indexOf(e.find);
      doc = doc.withChanges(i + 2, [{ start: at, end: at + e.find.length, newText: e.newText }]);
      const fresh = new ParsedDocument('file:///ws/fresh.tf', 1, doc.text);
      assert.deepEqual(doSemanticTokens(doc, memo), doSemanticTokens(fresh), `after edit ${i + 1}`);
    }
  });

  it('stays well-formed on broken, deeply nested and empty input', () => {
    for (const text of ['', 'resource "aws_kms_key" {\n  description = "unclosed\n', '{'.repeat(5000), 'a = ' + '['.repeat(3000) + ']'.repeat(3000), '\u00e9 = "\u{1f511}" # \u00fc\n']) {
      const { tokens } = tokensOf(text);
      assertWellFormed(text, tokens);
    }
  });
});
