import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument, Workspace } from '../../server/src/service';
import { useParser } from './harness';

useParser();

const SAMPLE = `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "a" {
  description             = "first \${var.env}"
  deletion_window_in_days = 10
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }, Action = "kms:*", Resource = "*" }]
  })
}

locals {
  names = ["a", "b"]
}

resource "aws_kms_alias" "a" {
  name          = "alias/a"
  target_key_id = aws_kms_key.a.key_id
}

resource "aws_kms_key" "b" {
  policy = <<EOT
{"Version": "2012-10-17", "Statement": []}
EOT
}
`;

/** A small deterministic generator, so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('incremental parsing', () => {
  it('gives the same model as a fresh parse after every one of 400 random edits', () => {
    const random = rng(42);
    const ws = new Workspace();
    let doc = ws.openDocument('file:///ws/inc.tf', 1, SAMPLE);
    const alphabet = ['a', ' ', '\n', '"', '{', '}', '=', '[', ']', '#', '$', '(', ')', ',', 'x'];
    for (let i = 0; i < 400; i++) {
      void doc.hcl; // the previous version's model is what the next build may reuse
      const at = Math.floor(random() * (doc.text.length + 1));
      const del = random() < 0.4 ? Math.min(doc.text.length - at, Math.floor(random() * 3)) : 0;
      const ins = random() < 0.7 ? alphabet[Math.floor(random() * alphabet.length)]! : '';
      doc = ws.changeDocument(doc.uri, doc.version + 1, [{ start: at, end: at + del, newText: ins }])!;
      const fresh = new ParsedDocument(doc.uri, doc.version, doc.text);
      assert.deepEqual(doc.hcl, fresh.hcl, `after edit ${i} at ${at}: ${JSON.stringify(doc.text.slice(Math.max(0, at - 20), at + 20))}`);
      fresh.dispose();
    }
  });

  it('applies several changes of one notification in order', () => {
    const ws = new Workspace();
    ws.openDocument('file:///ws/multi.tf', 1, 'resource "aws_kms_key" "k" {\n  bogus = 1\n}\n');
    const doc = ws.changeDocument('file:///ws/multi.tf', 2, [
      { start: 31, end: 36, newText: 'description' },
      { start: 45, end: 46, newText: '"x"' },
    ])!;
    assert.equal(doc.text, 'resource "aws_kms_key" "k" {\n  description = "x"\n}\n');
    assert.equal(doc.hcl.body.blocks[0]!.body.attributes[0]!.name, 'description');
  });
});
