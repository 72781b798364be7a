/**
 * Every example policy of the KMS Terraform guide gets no false finding. The one finding it gets is true: the
 * cross-account example allows account 123456789012 (not the key's own account, whose root administers the key
 * through `${data.aws_caller_identity.current.account_id}`) with no condition, which is what cross-account-access notes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, findingsOf, useParser } from '../harness';
import { policyRules } from '../../../server/src/service/rules/policy';
import { guideBlocks } from './guide';

useParser();

const only = policyRules.map((r) => r.id);

/** Each block as main.tf, the others as files of the same folder (they share data sources). */
function guideFindings(): string[] {
  const blocks = guideBlocks();
  const out: string[] = [];
  blocks.forEach((b, i) => {
    const others: Record<string, string> = {};
    blocks.forEach((o, j) => {
      if (j !== i) others[`guide-${j}.tf`] = o.text;
    });
    for (const f of findingsOf(b.text, { only, others })) {
      const line = b.line + b.text.slice(0, f.span.start).split('\n').length - 1;
      out.push(`guide:${line} ${f.severity} ${f.ruleId} ${f.address}: ${b.text.slice(f.span.start, f.span.end)}`);
    }
  });
  return out;
}

describe('the guide\'s example policies', () => {
  it('get no false finding', () => {
    const blocks = guideBlocks();
    assert.ok(blocks.length >= 15, 'the guide examples were read');
    const cross = blocks.find((b) => b.text.includes('"cross_account"'))!;
    const line = cross.line + cross.text.split('\n').findIndex((l) => l.includes('123456789012:root'));
    assert.deepEqual(guideFindings(), [`guide:${line} info cross-account-access aws_kms_key_policy.cross_account: "arn:aws:iam::123456789012:root"`]);
  });

  it('the access summary of the cross-account policy names both accounts and who can decrypt', () => {
    const cross = guideBlocks().find((b) => b.text.includes('resource "aws_kms_key_policy" "cross_account"'))!;
    const at = cross.text.indexOf('policy = jsonencode') + 2;
    const h = hoverAt(cross.text.slice(0, at) + '$0' + cross.text.slice(at));
    assert.equal(
      h,
      [
        '**Key policy** — access summary',
        '',
        '| Principal | Effect | Access | Actions | Conditions |',
        '|---|---|---|---|---|',
        '| this account (root) | Allow | List, Read, Write, Permissions management, Tagging, **can decrypt**, can change the key policy | all KMS actions (`kms:*`) | none |',
        '| account 123456789012 (root) | Allow | Read, Write, **can decrypt** | Decrypt, DescribeKey, Encrypt, GenerateDataKey, GenerateDataKeyPair, GenerateDataKeyPairWithoutPlaintext, GenerateDataKeyWithoutPlaintext, ReEncryptFrom and 1 more | none |',
      ].join('\n'),
    );
  });

  it('the access summary of the service policy shows the services and their conditions', () => {
    const secure = guideBlocks().find((b) => b.text.includes('resource "aws_kms_key_policy" "secure"'))!;
    const at = secure.text.indexOf('Sid    = "Allow Specific Services"') + 3;
    const h = hoverAt(secure.text.slice(0, at) + '$0' + secure.text.slice(at)) ?? '';
    assert.ok(h?.startsWith('**Statement 2 "Allow Specific Services"** — access'), h);
    for (const s of ['s3.amazonaws.com', 'rds.amazonaws.com', 'lambda.amazonaws.com']) assert.ok(h.includes(`| service ${s} | Allow | Read, Write, **can decrypt** |`), h);
    assert.ok(h.includes('StringEquals kms:ViaService [ "s3.${data.aws_region.current.name}.amazonaws.com"'), h);
  });
});
