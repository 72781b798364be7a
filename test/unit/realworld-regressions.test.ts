/**
 * False findings met in public Terraform (test/realworld/ and other public repositories), each reduced to the
 * smallest fixture that showed it. Every case fired before its fix; each pins what is reported now.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, useParser } from './harness';
import { FORMS, render } from './policy/forms';

useParser();

const errors = (text: string, rule: string) => findingsOf(text, { only: [rule] }).filter((f) => f.severity === 'error');


describe('real-world regressions: actions that do not exist', () => {
  // ministryofjustice/modernisation-platform-environments (ten policies, e.g. cdpt-chaps/ecs.tf): an identity policy
  // listing "kms:ReEncrypt". IAM stores it (the action is uncategorized and grants nothing): apply does not fail.
  const identity = (action: string) => ({
    type: 'identity' as const,
    Statement: [{ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:Encrypt', action], Resource: '*' }],
  });
  const ROOT = 'arn:aws:iam::${data.aws_caller_identity.current.account_id}:root';
  const key = (action: string) => ({ Statement: [{ Sid: 'Admin', Effect: 'Allow', Principal: { AWS: ROOT }, Action: ['kms:*', action], Resource: '*' }] });

  it('in an identity policy, kms:ReEncrypt is a warning that suggests kms:ReEncrypt*', () => {
    for (const form of FORMS) {
      const f = findingsOf(render(identity('kms:ReEncrypt'), form), { only: ['unknown-action'] });
      assert.deepEqual(f.map((x) => [x.severity, x.message]), [['warning', 'KMS has no action "ReEncrypt"; did you mean "kms:ReEncrypt*"?']], form);
    }
  });

  it('in an identity policy, a wildcard that matches nothing is a warning', () => {
    const f = findingsOf(render(identity('kms:Frobnicate*'), 'jsonencode'), { only: ['unknown-action'] });
    assert.deepEqual(f.map((x) => x.severity), ['warning']);
  });

  it('an action without a service prefix is still an error (IAM rejects the policy)', () => {
    const f = findingsOf(render(identity('Decrypt'), 'jsonencode'), { only: ['unknown-action'] });
    assert.deepEqual(f.map((x) => x.severity), ['error']);
  });

  it('in a key policy, an action that does not exist keeps the rule level', () => {
    const f = findingsOf(render(key('kms:Decrpyt'), 'jsonencode'), { only: ['unknown-action'] });
    assert.deepEqual(f.map((x) => [x.severity, x.message]), [['error', 'KMS has no action "Decrpyt"; did you mean "kms:Decrypt"?']]);
  });
});

describe('real-world regressions: module inputs whose default is null', () => {
  // ebogdum/terraform-providers aws/resources/kms_custom_key_store: every argument is a module input that
  // defaults to null. The caller sets them; the module itself is valid.
  const store = `resource "aws_kms_custom_key_store" "this" {
  custom_key_store_name    = var.custom_key_store_name
  custom_key_store_type    = var.custom_key_store_type
  cloud_hsm_cluster_id     = var.cloud_hsm_cluster_id
  key_store_password       = var.key_store_password
  trust_anchor_certificate = var.trust_anchor_certificate
}
variable "custom_key_store_name" { type = string }
variable "custom_key_store_type" {
  type    = string
  default = null
}
variable "cloud_hsm_cluster_id" {
  type    = string
  default = null
}
variable "key_store_password" {
  type    = string
  default = null
}
variable "trust_anchor_certificate" {
  type    = string
  default = null
}
`;

  it('custom-key-store-config: a null default is not an error, and the finding names the variable', () => {
    assert.deepEqual(errors(store, 'custom-key-store-config'), []);
    const f = findingsOf(store, { only: ['custom-key-store-config'] });
    assert.ok(f.length > 0 && f.every((x) => x.severity === 'warning' && x.message.startsWith('With the default of `var.')), JSON.stringify(f.map((x) => x.message)));
  });

  it('custom-key-store-config: arguments left out are still an error', () => {
    const text = 'resource "aws_kms_custom_key_store" "s" {\n  custom_key_store_name = "s"\n  cloud_hsm_cluster_id = "cluster-1"\n}\n';
    assert.deepEqual(errors(text, 'custom-key-store-config').map((f) => f.message).sort(), [
      'An AWS_CLOUDHSM key store needs `key_store_password`.',
      'An AWS_CLOUDHSM key store needs `trust_anchor_certificate`.',
    ]);
  });

  it('missing-required: a required argument from a variable that defaults to null is not an error', () => {
    // terraform-aws-modules/terraform-aws-kms main.tf: the replica key of a module, off by default.
    const text = `resource "aws_kms_replica_key" "this" {
  count           = var.create && var.create_replica ? 1 : 0
  primary_key_arn = var.primary_key_arn
}
variable "create" {
  type    = bool
  default = true
}
variable "create_replica" {
  type    = bool
  default = false
}
variable "primary_key_arn" {
  type    = string
  default = null
}
`;
    assert.deepEqual(errors(text, 'missing-required'), []);
  });

  it('key-spec-usage-mismatch: key_usage from a variable that defaults to null is not an error', () => {
    const text = `resource "aws_kms_key" "sign" {
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = var.key_usage
}
variable "key_usage" {
  type    = string
  default = null
}
`;
    assert.deepEqual(errors(text, 'key-spec-usage-mismatch'), []);
    const f = findingsOf(text, { only: ['key-spec-usage-mismatch'] });
    assert.equal(f.length, 1);
    assert.match(f[0]!.message, /^With the default of `var\.key_usage` \(null\): /);
  });

  it('key-spec-usage-mismatch: a spec from a variable that defaults to null is not an error', () => {
    const text = `resource "aws_kms_key" "sign" {
  customer_master_key_spec = var.spec
  key_usage                = "SIGN_VERIFY"
}
variable "spec" {
  type    = string
  default = null
}
`;
    assert.deepEqual(errors(text, 'key-spec-usage-mismatch'), []);
  });

  it('key-spec-usage-mismatch: key_usage left out is still an error', () => {
    const text = 'resource "aws_kms_key" "sign" {\n  customer_master_key_spec = "ECC_NIST_P256"\n}\n';
    assert.equal(errors(text, 'key-spec-usage-mismatch').length, 1);
  });
});

describe('real-world regressions: principals', () => {
  it('invalid-principal: the principal of a CloudFront origin access identity is valid', () => {
    // The S3 bucket policy S3 and CloudFront document for an origin access identity.
    const text = `resource "aws_s3_bucket_policy" "site" {
  bucket = "example-site"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowCloudFront"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHAPOMQZL" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-site/*"
    }]
  })
}
`;
    assert.deepEqual(findingsOf(text, { only: ['invalid-principal'] }), []);
    const bad = text.replace('iam::cloudfront:user', 'iam::cloudfrnt:user');
    assert.deepEqual(findingsOf(bad, { only: ['invalid-principal'] }).map((f) => f.message), ['In this S3 bucket policy: `cloudfrnt` is not an account ID (12 digits).']);
  });
});
