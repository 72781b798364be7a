/** key-policy-conflict: competing key policies for one key, on each side, with the others as related locations. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDiagnostics, findingsOf, useParser } from '../harness';
import { guideBlocks } from '../policy/guide';

useParser();

const only = ['key-policy-conflict'];
const POLICY = 'jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" }] })';

describe('key-policy-conflict', () => {
  it('fires on both aws_kms_key_policy resources of one key', () => {
    checkDiagnostics(
      `resource "aws_kms_key" "k" {}
resource "aws_kms_key_policy" "a" {
  key_id = aws_kms_key.k.id
# ^^^^^^ warning key-policy-conflict: \`aws_kms_key_policy.a\` and \`aws_kms_key_policy.b\` both set the key policy of \`aws_kms_key.k\`: each apply overwrites the other and plans never settle. Keep one and merge the statements into it.
  policy = ${POLICY}
}
resource "aws_kms_key_policy" "b" {
  key_id = aws_kms_key.k.arn
# ^^^^^^ warning key-policy-conflict: \`aws_kms_key_policy.b\` and \`aws_kms_key_policy.a\` both set the key policy of \`aws_kms_key.k\`: each apply overwrites the other and plans never settle. Keep one and merge the statements into it.
  policy = ${POLICY}
}
`,
      { only },
    );
  });

  it('fires on the key policy argument and the aws_kms_key_policy, through an alias, across files', () => {
    const others = { 'policy.tf': `resource "aws_kms_alias" "a" {\n  name = "alias/k"\n  target_key_id = aws_kms_key.k.key_id\n}\nresource "aws_kms_key_policy" "p" {\n  key_id = aws_kms_alias.a.target_key_id\n  policy = ${POLICY}\n}\n` };
    const f = findingsOf(`resource "aws_kms_key" "k" {\n  policy = ${POLICY}\n}\n`, { only, others });
    assert.equal(f.length, 1);
    assert.equal(f[0]!.message, 'The `policy` argument of `aws_kms_key.k` and `aws_kms_key_policy.p` both set the key policy of `aws_kms_key.k`: each apply overwrites the other and plans never settle. Keep one and merge the statements into it.');
    assert.deepEqual(f[0]!.related?.map((r) => [r.uri, r.message]), [['file:///ws/policy.tf', '`aws_kms_key_policy.p` also sets the key policy of `aws_kms_key.k`']]);
  });

  it('is quiet for one policy per key, unresolvable keys and different keys', () => {
    const text = `resource "aws_kms_key" "k" {}
resource "aws_kms_key" "j" {
  policy = ${POLICY}
}
resource "aws_kms_key_policy" "a" {
  key_id = aws_kms_key.k.id
  policy = ${POLICY}
}
resource "aws_kms_key_policy" "b" {
  key_id = data.aws_kms_key.other.id
  policy = ${POLICY}
}
resource "aws_kms_key_policy" "c" {
  key_id = var.key
  policy = ${POLICY}
}
`;
    assert.deepEqual(findingsOf(text, { only }), []);
  });

  it("catches the guide's three policies of aws_kms_key.main when the guide is one folder", () => {
    const text = guideBlocks().map((b) => b.text).join('\n');
    const f = findingsOf(text, { only });
    assert.deepEqual(f.map((x) => x.address), ['aws_kms_key_policy.main', 'aws_kms_key_policy.secure', 'aws_kms_key_policy.debug']);
    assert.match(f[0]!.message, /^`aws_kms_key_policy.main`, `aws_kms_key_policy.secure` and `aws_kms_key_policy.debug` all set the key policy of `aws_kms_key.main`/);
  });
});
