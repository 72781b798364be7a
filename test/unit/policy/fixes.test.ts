/** Quick fixes on policies: each edit touches only its range, and applying it clears the finding, in every form it applies to. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, findingsOf, useParser } from '../harness';
import { policyRules } from '../../../server/src/service/rules/policy';
import { ADMIN, FORMS, render, ruleFindings, type Form, type PolicySpec, type Stmt } from './forms';

useParser();

const POLICY_RULES = policyRules.map((r) => r.id);

const USE: Stmt = { Sid: 'Use', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/app' }, Action: ['kms:Decrypt'], Resource: '*' };

/** Applies the rule's preferred fix and checks that the finding is gone and nothing else appeared. */
function fixClears(ruleId: string, spec: PolicySpec, forms: readonly Form[] = FORMS, expectInFixed?: string): void {
  for (const form of forms) {
    const text = render(spec, form);
    const before = findingsOf(text).filter((f) => f.ruleId !== ruleId).map((f) => `${f.ruleId}: ${f.message}`);
    const fixed = applyFix(text, ruleId);
    assert.deepEqual(ruleFindings(ruleId, fixed), [], `${ruleId} still fires in ${form} after the fix:\n${fixed}`);
    const after = findingsOf(fixed).map((f) => `${f.ruleId}: ${f.message}`);
    assert.deepEqual(after.filter((a) => !before.includes(a)), [], `the fix for ${ruleId} in ${form} brought new findings:\n${fixed}`);
    if (expectInFixed) assert.ok(fixed.includes(expectInFixed), `${form}: ${fixed}`);
  }
}

describe('policy quick fixes', () => {
  it('replaces an unknown action with the closest real one', () => {
    fixClears('unknown-action', { Statement: [ADMIN, { ...USE, Action: ['kms:Decrpyt'] }] }, FORMS, '"kms:Decrypt"');
    fixClears('unknown-action', { Statement: [ADMIN, { ...USE, Action: ['GenerateDataKey'] }] }, FORMS, '"kms:GenerateDataKey"');
  });

  it('replaces an unknown condition operator and key', () => {
    const spec = { Statement: [ADMIN, { ...USE, Condition: { StringEqual: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }] };
    fixClears('unknown-condition-operator', spec, FORMS, 'StringEquals');
    fixClears('unknown-condition-key', { Statement: [ADMIN, { ...USE, Condition: { StringEquals: { 'kms:ViaServce': 's3.us-east-1.amazonaws.com' } } }] }, FORMS, '"kms:ViaService"');
  });

  it('fixes Effect casing', () => {
    fixClears('policy-effect', { Statement: [ADMIN, { ...USE, Effect: 'allow' }] }, FORMS, '"Allow"');
  });

  it('sets Version', () => {
    fixClears('policy-version', { Version: '2008-10-17', Statement: [ADMIN, USE] }, FORMS, '2012-10-17');
    fixClears('policy-version', { Version: null, Statement: [ADMIN, USE] }, ['jsonencode', 'json'], '2012-10-17');
  });

  it('adds the account-root statement to a policy that locks everyone out', () => {
    fixClears('policy-lockout', { Statement: [USE] }, FORMS, 'data.aws_caller_identity.current.account_id}:root');
  });

  it('adds the account-root statement when Statement is a single object, turning it into a list', () => {
    const single = [
      'data "aws_caller_identity" "current" {}',
      'resource "aws_kms_key" "k" {',
      '  enable_key_rotation = true',
      '  policy = jsonencode({',
      '    Version   = "2012-10-17"',
      '    Statement = { Sid = "Use", Effect = "Allow", Principal = { Service = "logs.amazonaws.com" }, Action = "kms:Decrypt", Resource = "*" }',
      '  })',
      '}',
      '',
    ].join('\n');
    const heredoc = single.replace(
      /jsonencode\(\{[\s\S]*\}\)\n/,
      '<<EOT\n{\n  "Version": "2012-10-17",\n  "Statement": {"Sid": "Use", "Effect": "Allow", "Principal": {"Service": "logs.amazonaws.com"}, "Action": "kms:Decrypt", "Resource": "*"}\n}\nEOT\n',
    );
    for (const text of [single, heredoc]) {
      assert.equal(ruleFindings('policy-lockout', text).length, 1, text);
      const fixed = applyFix(text, 'policy-lockout');
      assert.deepEqual(ruleFindings('policy-lockout', fixed), [], fixed);
      assert.deepEqual(findingsOf(fixed).filter((f) => f.severity === 'error'), [], fixed);
      assert.ok(fixed.includes('logs.amazonaws.com') && fixed.includes('account_id}:root'), fixed);
    }
  });

  it('adds a narrowing condition to a wildcard principal', () => {
    fixClears('wildcard-principal', { Statement: [ADMIN, { ...USE, Principal: '*' }] }, FORMS, 'kms:CallerAccount');
  });

  it('adds the narrowing condition beside conditions that do not narrow who', () => {
    fixClears('wildcard-principal', { Statement: [ADMIN, { ...USE, Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }] }, FORMS, 'kms:CallerAccount');
    fixClears(
      'wildcard-principal',
      { Statement: [ADMIN, { ...USE, Principal: '*', Condition: { StringEquals: { 'kms:EncryptionContext:app': 'web' } } }] },
      FORMS,
      'kms:CallerAccount',
    );
  });

  it('rewrites an identity policy Sid to letters and digits', () => {
    fixClears('invalid-sid', { type: 'identity', Statement: [{ Sid: 'allow kms-use', Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/x' }] }, FORMS, '"AllowKmsUse"');
  });

  it('replaces a key policy resource with "*"', () => {
    fixClears('key-policy-resource', { Statement: [ADMIN, { ...USE, Resource: 'arn:aws:kms:us-east-1:111122223333:key/abc' }] });
  });

  it('renames an unknown principal type and a misspelt statement element', () => {
    fixClears('invalid-principal', { Statement: [ADMIN, { ...USE, Principal: { Aws: 'arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/app' } }] }, ['jsonencode', 'json']);
    const text = 'resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid = "A"\n      Effect = "Allow"\n      Principal = { AWS = "111122223333" }\n      Actions = "kms:*"\n      Resource = "*"\n    }]\n  })\n}\n';
    const fixed = applyFix(text, 'policy-structure');
    assert.ok(fixed.includes('      Action = "kms:*"'), fixed);
    assert.deepEqual(findingsOf(fixed, { only: POLICY_RULES }), []);
  });

  it('writes escaped JSON into a quoted policy string, and adds the caller identity when missing', () => {
    const text = 'resource "aws_kms_key" "k" {\n  policy = "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"AWS\\": \\"arn:aws:iam::111122223333:role/app\\"}, \\"Action\\": \\"kms:Decrypt\\", \\"Resource\\": \\"*\\"}]}"\n}\n';
    checkDiagnostics(
      [
        'resource "aws_kms_key" "k" {',
        '  policy = "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"AWS\\": \\"arn:aws:iam::111122223333:role/app\\"}, \\"Action\\": \\"kms:Decrypt\\", \\"Resource\\": \\"*\\"}]}"',
        '#                                         ^^^^^^^^^^^^^ error policy-lockout: No statement allows an account root, user or role to call kms:PutKeyPolicy: KMS refuses this policy, or (with the lockout safety check bypassed) nobody can manage the key.',
        '}',
        '',
      ].join('\n'),
      { only: POLICY_RULES },
    );
    const fixed = applyFix(text, 'policy-lockout');
    assert.equal(
      fixed,
      'resource "aws_kms_key" "k" {\n  policy = "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Sid\\": \\"Enable IAM User Permissions\\",\\"Effect\\": \\"Allow\\",\\"Principal\\": {\\"AWS\\": \\"arn:aws:iam::${data.aws_caller_identity.current.account_id}:root\\"},\\"Action\\": \\"kms:*\\",\\"Resource\\": \\"*\\"},{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"AWS\\": \\"arn:aws:iam::111122223333:role/app\\"}, \\"Action\\": \\"kms:Decrypt\\", \\"Resource\\": \\"*\\"}]}"\n}\n\ndata "aws_caller_identity" "current" {}\n',
    );
    // The role of account 111122223333 now sits beside the caller's account root: a cross-account note, true.
    assert.deepEqual(findingsOf(fixed, { only: POLICY_RULES }).map((f) => f.ruleId), ['cross-account-access']);
  });
});
