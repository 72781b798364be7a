/** cursorContextFrom (hcl/cursor.ts): the same context as cursorContext when started at the top-level block. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cursorContext, cursorContextFrom } from '../../../server/src/service/hcl/cursor';

describe('cursorContextFrom', () => {
  it('gives the answer of a scan from the start of the file at every offset of a block', () => {
    const head = 'data "aws_caller_identity" "current" {}\n\nlocals {\n  x = "a${1}b"\n}\n';
    const block = 'resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Statement = [{ Effect = "Allow", Action = ["kms:De"] }]\n  })\n  description = <<EOF\ntext\nEOF\n}\n';
    const text = head + block;
    for (let o = head.length; o <= text.length; o++) assert.deepEqual(cursorContextFrom(text, o, head.length), cursorContext(text, o), `offset ${o}`);
  });
});
