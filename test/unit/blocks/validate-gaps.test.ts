/** What terraform validate rejects across a folder: duplicate addresses, references to resource types that do not exist. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, findingsOf, useParser } from '../harness';

useParser();

describe('duplicate-address', () => {
  it('fires on the second block of an address, naming the first, in this file or another', () => {
    checkDiagnostics(
      `resource "aws_kms_key" "a" {
  enable_key_rotation = true
}
resource "aws_kms_key" "a" {
#                      ^^^ error duplicate-address: \`aws_kms_key.a\` is already declared at main.tf:1; Terraform allows one block per address.
  enable_key_rotation = true
}
data "aws_kms_alias" "x" {
#                    ^^^ error duplicate-address: \`data.aws_kms_alias.x\` is already declared at a.tf:1; Terraform allows one block per address.
  name = "alias/x"
}
locals {
  days = 7
  days = 8
# ^^^^ error duplicate-address: The local value \`days\` is already defined at main.tf:11; Terraform allows one definition.
}
`,
      { only: ['duplicate-address'], others: { 'a.tf': 'data "aws_kms_alias" "x" {\n  name = "alias/x"\n}\n' } },
    );
  });

  it('is silent on distinct addresses, a resource and a data source of one name, and the first of two', () => {
    const text = 'resource "aws_kms_key" "a" {}\ndata "aws_kms_key" "a" {\n  key_id = "alias/a"\n}\nresource "aws_kms_key" "b" {}\n';
    assert.deepEqual(findingsOf(text, { only: ['duplicate-address'] }), []);
    assert.deepEqual(findingsOf(text, { only: ['duplicate-address'], others: { 'z.tf': 'resource "aws_kms_key" "a" {}\n' } }), []);
    const related = findingsOf('resource "aws_kms_key" "a" {}\n', { only: ['duplicate-address'], others: { 'a.tf': 'resource "aws_kms_key" "a" {}\n' } });
    assert.deepEqual(related.map((f) => f.related?.map((r) => `${r.uri} ${r.message}`)), [['file:///ws/a.tf `aws_kms_key.a` is first declared here.']]);
  });
});

describe('references to a type that does not exist', () => {
  it('names the closest type and fixes it', () => {
    checkDiagnostics(
      `resource "aws_kms_alias" "a" {
  name          = "alias/a"
  target_key_id = aws_kms_external.primary.arn
#                 ^^^^^^^^^^^^^^^^ error unresolved-reference: No resource type \`aws_kms_external\` exists, and no block of it is declared in this folder. Did you mean \`aws_kms_external_key\`?
}
`,
      { only: ['unresolved-reference'] },
    );
    const fixed = applyFix('resource "aws_kms_alias" "a" {\n  name = "alias/a"\n  target_key_id = aws_kms_external.primary.arn\n}\nresource "aws_kms_external_key" "primary" {}\n', 'unresolved-reference');
    assert.match(fixed, /target_key_id = aws_kms_external_key\.primary\.arn/);
  });
});
