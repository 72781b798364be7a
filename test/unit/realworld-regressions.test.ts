/**
 * False findings met in public Terraform (test/realworld/ and other public repositories), each reduced to the
 * smallest fixture that showed it. Every case fired before its fix; each pins what is reported now.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, useParser } from './harness';
import { FORMS, render } from './policy/forms';

useParser();

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
