/** Every policy rule fires where it should and stays silent where it should not, in the three policy forms. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useParser } from '../harness';
import { policyRules } from '../../../server/src/service/rules/policy';
import { ADMIN, assertFires, assertSilent, render, ruleFindings, type Stmt } from './forms';

useParser();

const USE: Stmt = { Sid: 'Use', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/app' }, Action: ['kms:Decrypt', 'kms:Encrypt'], Resource: '*' };
const key = (...Statement: Stmt[]) => ({ Statement: [ADMIN, ...Statement] });
const identity = (...Statement: Stmt[]) => ({ type: 'identity' as const, Statement });

describe('policy rules in three forms', () => {
  it('the registry lists each rule once, with docs', () => {
    const ids = policyRules.map((r) => r.id);
    assert.deepEqual(ids, [
      'policy-json-syntax', 'policy-structure', 'policy-version', 'policy-effect', 'duplicate-sid', 'invalid-sid', 'unknown-action',
      'non-kms-action-in-key-policy', 'unknown-condition-operator', 'unknown-condition-key', 'condition-type-mismatch', 'condition-key-not-applicable',
      'invalid-principal', 'key-policy-resource', 'wildcard-principal', 'full-access-to-non-root', 'cross-account-access', 'policy-lockout',
      'notprincipal-allow', 'policy-size', 'identity-kms-all-keys',
    ]);
    const levels = Object.fromEntries(policyRules.map((r) => [r.id, r.severity]));
    assert.deepEqual(levels, {
      'policy-json-syntax': 'error', 'policy-structure': 'error', 'policy-version': 'warning', 'policy-effect': 'error', 'duplicate-sid': 'warning',
      'invalid-sid': 'error', 'unknown-action': 'error', 'non-kms-action-in-key-policy': 'warning', 'unknown-condition-operator': 'error',
      'unknown-condition-key': 'warning', 'condition-type-mismatch': 'warning', 'condition-key-not-applicable': 'warning', 'invalid-principal': 'error',
      'key-policy-resource': 'warning', 'wildcard-principal': 'warning', 'full-access-to-non-root': 'warning', 'cross-account-access': 'info',
      'policy-lockout': 'error', 'notprincipal-allow': 'warning', 'policy-size': 'error', 'identity-kms-all-keys': 'warning',
    });
    for (const r of policyRules) {
      assert.ok(r.summary.length > 10 && r.docs.length > 40, r.id);
      assert.equal(r.category, 'policy');
    }
  });

  it('a sound key policy and a sound identity policy get nothing', () => {
    for (const form of ['jsonencode', 'json', 'document'] as const) {
      for (const spec of [key(USE), identity({ Sid: 'Use', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' })]) {
        const text = render(spec, form);
        for (const r of policyRules) assert.deepEqual(ruleFindings(r.id, text), [], `${r.id} in ${form}:\n${text}`);
      }
    }
  });

  it('policy-structure', () => {
    assertFires('policy-structure', key({ Effect: 'Allow', Principal: '*', Resource: '*' }), '{', ['jsonencode', 'json']);
    assertFires('policy-structure', key({ Effect: 'Allow', Principal: '*', Resource: '*' }), 'statement', ['document']);
    assertFires('policy-structure', key({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }), '{', ['jsonencode', 'json']);
    assertFires('policy-structure', key({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }), 'statement', ['document']);
    assertFires('policy-structure', key({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', NotAction: 'kms:Encrypt', Resource: '*' }), 'NotAction', ['jsonencode', 'json']);
    assertFires('policy-structure', key({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', NotAction: 'kms:Encrypt', Resource: '*' }), 'not_actions', ['document']);
    assertFires('policy-structure', identity({ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'kms:Decrypt', Resource: '*' }), 'Principal', ['jsonencode', 'json']);
    assertFires('policy-structure', identity({ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'kms:Decrypt', Resource: '*' }), 'principals', ['document']);
    assertFires('policy-structure', identity({ Action: 'kms:Decrypt', Resource: '*' }), '{', ['jsonencode', 'json']);
    assertSilent('policy-structure', identity({ Action: 'kms:Decrypt', Resource: '*' }), ['document']); // the provider defaults effect to Allow
    assertSilent('policy-structure', key(USE));
    assertSilent('policy-structure', identity({ Effect: 'Allow', NotAction: 'kms:*', NotResource: '*' }));
  });

  it('policy-structure: unknown and misplaced elements, wrong shapes', () => {
    const wrongCase = 'resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid = "A"\n      effect = "Allow"\n      Principal = { AWS = "111122223333" }\n      Action = "kms:*"\n      Resource = "*"\n    }]\n  })\n}\n';
    assert.deepEqual(ruleFindings('policy-structure', wrongCase).map((f) => f.text), ['effect']);
    const json = 'resource "aws_kms_key" "k" {\n  policy = <<EOF\n{"Version": "2012-10-17", "Effect": "Allow", "Statement": {"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": 5, "Resource": "*"}}\nEOF\n}\n';
    assert.deepEqual(ruleFindings('policy-structure', json).map((f) => f.text), ['"Effect"', '5']);
    const doc = 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions = ["kms:Decrypt"]\n    resource = ["*"]\n  }\n}\n';
    // The misspelling explains the missing `resources`: one finding, at the misspelling.
    assert.deepEqual(ruleFindings('policy-structure', doc).map((f) => f.message), ['A `statement` block has no argument or block `resource`; did you mean `resources`?']);
    const none = 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions = ["kms:Decrypt"]\n  }\n}\n';
    // Used as an identity policy, a statement needs a resource; unused, its kind (and so that need) is not known.
    const used = `${none}resource "aws_iam_policy" "p" {\n  policy = data.aws_iam_policy_document.d.json\n}\n`;
    assert.deepEqual(ruleFindings('policy-structure', used).map((f) => f.message), ['The statement has no `resources` or `not_resources`.']);
    assert.deepEqual(ruleFindings('policy-structure', none).map((f) => f.message), []);
  });

  it('policy-version', () => {
    assertFires('policy-version', { ...key(USE), Version: '2008-10-17' }, '2008-10-17');
    assertFires('policy-version', { ...key(USE), Version: null }, '{', ['jsonencode', 'json']);
    assertSilent('policy-version', { ...key(USE), Version: null }, ['document']);
    assertSilent('policy-version', key(USE));
  });

  it('policy-effect', () => {
    assertFires('policy-effect', key({ ...USE, Effect: 'allow' }), 'allow');
    assertFires('policy-effect', key({ ...USE, Effect: 'Permit' }), 'Permit');
    assertSilent('policy-effect', key(USE, { ...USE, Sid: 'Deny', Effect: 'Deny' }));
    assertSilent('policy-effect', key({ ...USE, Effect: '${var.effect}' }));
  });

  it('duplicate-sid', () => {
    assertFires('duplicate-sid', key(USE, { ...USE, Action: 'kms:DescribeKey' }), 'Use');
    assertSilent('duplicate-sid', key(USE, { ...USE, Sid: 'Use2' }));
    assertSilent('duplicate-sid', key(USE, { ...USE, Sid: '${var.sid}' }));
  });

  it('invalid-sid', () => {
    assertFires('invalid-sid', identity({ Sid: 'Allow decrypt', Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/x' }), 'Allow decrypt');
    assertSilent('invalid-sid', identity({ Sid: 'AllowDecrypt', Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/x' }));
    assertSilent('invalid-sid', key({ ...USE, Sid: 'Allow use of the key' }));
  });

  it('unknown-action', () => {
    assertFires('unknown-action', key({ ...USE, Action: ['kms:Decrpyt'] }), 'kms:Decrpyt');
    assertFires('unknown-action', key({ ...USE, Action: ['kms:Frobnicate*'] }), 'kms:Frobnicate*');
    assertFires('unknown-action', key({ ...USE, Action: ['Decrypt'] }), 'Decrypt');
    assertSilent('unknown-action', key({ ...USE, Action: ['kms:decrypt', 'kms:ReEncrypt*', 'kms:Get?eyPolicy', 's3:Nothing', 'kms:${var.action}'] }));
  });

  it('non-kms-action-in-key-policy', () => {
    assertFires('non-kms-action-in-key-policy', key({ ...USE, Action: ['kms:Decrypt', 's3:GetObject'] }), 's3:GetObject');
    assertSilent('non-kms-action-in-key-policy', identity({ Effect: 'Allow', Action: ['kms:Decrypt', 's3:GetObject'], Resource: 'arn:aws:s3:::b/*' }));
    assertSilent('non-kms-action-in-key-policy', key(USE));
  });

  it('unknown-condition-operator', () => {
    assertFires('unknown-condition-operator', key({ ...USE, Condition: { StringEqual: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }), 'StringEqual');
    assertSilent('unknown-condition-operator', key({ ...USE, Condition: { 'ForAnyValue:StringLikeIfExists': { 'kms:EncryptionContextKeys': 'x*' }, Null: { 'kms:EncryptionContextKeys': 'false' } } }));
  });

  it('unknown-condition-key', () => {
    assertFires('unknown-condition-key', key({ ...USE, Condition: { StringEquals: { 'kms:ViaServices': 's3.us-east-1.amazonaws.com' } } }), 'kms:ViaServices');
    assertFires('unknown-condition-key', key({ ...USE, Condition: { StringEquals: { 'aws:PrincipalOrgId2': 'o-123' } } }), 'aws:PrincipalOrgId2');
    assertSilent('unknown-condition-key', key({ ...USE, Condition: { StringEquals: { 'kms:EncryptionContext:aws:logs:arn': 'x', 'aws:PrincipalTag/team': 'a', 'aws:principalorgid': 'o-1', 's3:prefix': 'x' } } }));
  });

  it('condition-type-mismatch', () => {
    assertFires('condition-type-mismatch', key({ ...USE, Condition: { StringEquals: { 'aws:CurrentTime': '2030-01-01' } } }), 'StringEquals');
    assertFires('condition-type-mismatch', key({ ...USE, Condition: { Bool: { 'aws:SecureTransport': 'yes' } } }), 'yes');
    assertFires('condition-type-mismatch', key({ ...USE, Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': 'an hour' } } }), 'an hour');
    assertSilent('condition-type-mismatch', key({ ...USE, Condition: { Bool: { 'aws:SecureTransport': 'true' }, ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:*' }, DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } } }));
    assertSilent('condition-type-mismatch', key({ ...USE, Condition: { Bool: { 'aws:SecureTransport': '${var.tls}' } } }));
  });

  it('condition-key-not-applicable', () => {
    assertFires('condition-key-not-applicable', key({ ...USE, Action: 'kms:DescribeKey', Condition: { StringEquals: { 'kms:EncryptionContext:app': 'x' } } }), 'kms:EncryptionContext:app');
    assertSilent('condition-key-not-applicable', key({ ...USE, Condition: { StringEquals: { 'kms:EncryptionContext:app': 'x', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }));
    assertSilent('condition-key-not-applicable', key({ ...USE, Action: ['kms:DescribeKey', '${var.more}'], Condition: { StringEquals: { 'kms:EncryptionContext:app': 'x' } } }));
    assertSilent('condition-key-not-applicable', key({ ...USE, Action: 'kms:CreateGrant', Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } }));
  });

  it('invalid-principal', () => {
    assertFires('invalid-principal', key({ ...USE, Principal: { AWS: 'arn:aws:iam::12345:root' } }), 'arn:aws:iam::12345:root');
    assertFires('invalid-principal', key({ ...USE, Principal: { AWS: 'arn:aws:s3:::bucket' } }), 'arn:aws:s3:::bucket');
    assertFires('invalid-principal', key({ ...USE, Principal: { Service: 'logs' } }), 'logs');
    assertFires('invalid-principal', key({ ...USE, Principal: { Aws: '111122223333' } }), 'Aws');
    assertSilent('invalid-principal', key({ ...USE, Principal: { AWS: ['111122223333', 'arn:aws:iam::111122223333:role/path/app', 'arn:aws:sts::111122223333:assumed-role/r/s', '${aws_iam_role.app.arn}', 'arn:aws:iam::${var.account}:role/x'], Service: ['logs.${data.aws_region.current.name}.amazonaws.com', 'lambda.amazonaws.com'], Federated: 'cognito-identity.amazonaws.com' } }));
  });

  it('key-policy-resource', () => {
    assertFires('key-policy-resource', key({ ...USE, Resource: 'arn:aws:kms:us-east-1:111122223333:key/abc' }), 'arn:aws:kms:us-east-1:111122223333:key/abc');
    assertSilent('key-policy-resource', key(USE));
    assertSilent('key-policy-resource', key({ ...USE, Resource: '${aws_kms_key.k.arn}' }));
    assertSilent('key-policy-resource', identity({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/abc' }));
  });

  it('wildcard-principal', () => {
    assertFires('wildcard-principal', key({ ...USE, Principal: '*' }), '*');
    assertFires('wildcard-principal', key({ ...USE, Principal: { AWS: ['111122223333', '*'] } }), '*');
    assertSilent('wildcard-principal', key({ ...USE, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }));
    assertSilent('wildcard-principal', key({ ...USE, Principal: { AWS: '*' }, Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } } }));
    assertSilent('wildcard-principal', key({ ...USE, Effect: 'Deny', Principal: '*' }));
  });

  it('full-access-to-non-root', () => {
    assertFires('full-access-to-non-root', key({ ...USE, Action: 'kms:*' }), 'kms:*');
    assertSilent('full-access-to-non-root', key(USE));
    assertSilent('full-access-to-non-root', key({ ...USE, Principal: { AWS: '111122223333' }, Action: 'kms:*' }));
    assertSilent('full-access-to-non-root', key({ ...USE, Principal: { AWS: '${var.admin_arn}' }, Action: 'kms:*' }));
  });

  it('cross-account-access', () => {
    assertFires('cross-account-access', key({ ...USE, Principal: { AWS: 'arn:aws:iam::444455556666:root' } }), '444455556666');
    assertSilent('cross-account-access', key({ ...USE, Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }));
    assertSilent('cross-account-access', key({ ...USE, Principal: { AWS: 'arn:aws:iam::${var.partner}:root' } }));
    assertSilent('cross-account-access', key(USE));
  });

  it('policy-lockout', () => {
    assertFires('policy-lockout', { Statement: [USE] }, 'Statement', ['jsonencode', 'json']);
    assertFires('policy-lockout', { Statement: [{ ...ADMIN, Principal: { Service: 'logs.amazonaws.com' } }] }, 'Statement', ['jsonencode', 'json']);
    assertFires('policy-lockout', { Statement: [USE] }, '', ['document']);
    assertSilent('policy-lockout', key(USE));
    assertSilent('policy-lockout', { Statement: [{ ...USE, Action: ['kms:Put*', 'kms:Decrypt'] }] });
    assertSilent('policy-lockout', { Statement: [{ ...USE, Principal: { AWS: '${var.admins}' }, Action: 'kms:*' }] });
    assertSilent('policy-lockout', { type: 'identity', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/x' }] });
  });

  it('notprincipal-allow', () => {
    assertFires('notprincipal-allow', key({ Sid: 'N', Effect: 'Allow', NotPrincipal: { AWS: '111122223333' }, Action: 'kms:Decrypt', Resource: '*' }), 'NotPrincipal', ['jsonencode', 'json']);
    assertFires('notprincipal-allow', key({ Sid: 'N', Effect: 'Allow', NotPrincipal: { AWS: '111122223333' }, Action: 'kms:Decrypt', Resource: '*' }), 'not_principals', ['document']);
    assertSilent('notprincipal-allow', key({ Sid: 'N', Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 'kms:Decrypt', Resource: '*' }));
  });

  it('policy-size', () => {
    const many = Array.from({ length: 600 }, (_, i) => `arn:aws:iam::111122223333:role/application-role-number-${String(i).padStart(4, '0')}`);
    assertFires('policy-size', key({ ...USE, Principal: { AWS: many } }), '{', ['jsonencode', 'json']);
    assertFires('policy-size', key({ ...USE, Principal: { AWS: many } }), 'data "aws_iam_policy_document" "d"', ['document']);
    assertSilent('policy-size', key({ ...USE, Principal: { AWS: many.slice(0, 100) } }));
    assertSilent('policy-size', { type: 'identity', Statement: [{ Effect: 'Allow', Action: many.map((_, i) => `s3:GetObject${i}`), Resource: 'arn:aws:s3:::b' }] });
  });

  it('identity-kms-all-keys', () => {
    assertFires('identity-kms-all-keys', identity({ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: '*' }), '*');
    assertFires('identity-kms-all-keys', identity({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }), '*');
    assertSilent('identity-kms-all-keys', identity({ Effect: 'Allow', Action: ['kms:ListKeys', 'kms:ListAliases', 'kms:DescribeKey', 'kms:CreateKey', 'kms:GenerateRandom'], Resource: '*' }));
    assertSilent('identity-kms-all-keys', identity({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }));
    assertSilent('identity-kms-all-keys', identity({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '${aws_kms_key.k.arn}' }));
  });
});
