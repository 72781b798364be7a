import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, useParser, workspaceWith } from '../harness';
import { doComplete, doDefinition, doHover, doReferences } from '../../../server/src/service';

useParser();

const TEXTS: Readonly<Record<string, string>> = {
  'a full folder file': [
    'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = ">= 5.0, < 6.0" }\n  }\n}',
    'resource "aws_kms_key" "k" {\n  customer_master_key_spec = "RSA_2048"\n  key_usage = "SIGN_VERIFY"\n  timeouts {\n    create = "5m"\n  }\n}',
    'resource "aws_kms_grant" "g" {\n  key_id = aws_kms_key.k.key_id\n  grantee_principal = var.p\n  operations = ["Sign", "${var.op}"]\n  constraints {\n    encryption_context_equals = { a = "b" }\n  }\n}',
    'output "o" {\n  value = var.x ? aws_kms_key.k[0].arn : data.aws_kms_alias.a.target_key_id\n}',
    'data "aws_kms_secrets" "s" {\n  dynamic "secret" {\n    for_each = var.s\n    content {\n      name = secret.key\n    }\n  }\n}',
  ].join('\n'),
  'half-typed blocks': 'resource "aws_kms_key" "k" {\n  key_usage = "SIG\n  enable_key_rotation = \nresource "aws_kms_alias" {\n  target_key_id = aws_kms_key.\n',
  'a reference to an unknown type': 'output "o" {\n  value = aws_kms_nope.x.y\n}\nresource "aws_kms_bogus" "b" {\n  x = data.aws_kms_key.\n}\n',
};

describe('features survive any offset', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(name, () => {
      assert.ok(Array.isArray(findingsOf(text)));
      const { ws, doc } = workspaceWith(text);
      for (let i = 0; i <= text.length; i++) {
        doComplete(ws, doc, i);
        doHover(ws, doc, i);
        doDefinition(ws, doc, i);
        doReferences(ws, doc, i);
      }
    });
  }

  it('ignores dynamic blocks when counting required nested blocks', () => {
    assert.deepEqual(findingsOf(TEXTS['a full folder file']!, { only: ['missing-required', 'unknown-attribute'] }).map((f) => f.message), []);
  });
});
