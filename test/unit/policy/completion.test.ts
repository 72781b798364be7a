/** Completion in policies: jsonencode objects, JSON text (heredoc and quoted) and aws_iam_policy_document blocks. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyCompletion, completionLabels, completionsAt, findingsOf, hoverAt, useParser } from '../harness';

useParser();

const CALLER = '\ndata "aws_caller_identity" "current" {}\n';

/** A key policy in jsonencode with `body` inside its only statement. */
const inStatement = (body: string, resource = 'aws_kms_key') =>
  `resource "${resource}" "k" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      {\n${body}\n      }\n    ]\n  })\n}\n${CALLER}`;

/** The same in a heredoc. */
const inJson = (body: string) => `resource "aws_kms_key" "k" {\n  policy = <<EOF\n{\n  "Version": "2012-10-17",\n  "Statement": [{\n${body}\n  }]\n}\nEOF\n}\n${CALLER}`;

const inDocument = (body: string) => `data "aws_iam_policy_document" "d" {\n  statement {\n${body}\n  }\n}\nresource "aws_kms_key" "k" {\n  policy = data.aws_iam_policy_document.d.json\n}\n${CALLER}`;

describe('policy completion', () => {
  it('offers the elements a statement lacks, and no Principal in an identity policy', () => {
    assert.deepEqual(completionLabels(inStatement('        Effect = "Allow"\n        Action = "kms:Decrypt"\n        $0')), ['Sid', 'Principal', 'NotPrincipal', 'Resource', 'NotResource', 'Condition']);
    assert.deepEqual(completionLabels(inStatement('        $0', 'aws_iam_policy')), ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
    assert.deepEqual(completionLabels('resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    $0\n  })\n}\n'), ['Version', 'Id', 'Statement']);
  });

  it('inserts an element with its value shape', () => {
    assert.equal(applyCompletion(inStatement('        Eff$0'), 'Effect'), inStatement('        Effect = "Allow"'));
    assert.equal(applyCompletion(inJson('    "Eff$0'), 'Effect'), inJson('    "Effect": "Allow"'));
  });

  it('offers Effect and Version values', () => {
    assert.deepEqual(completionLabels(inStatement('        Effect = "$0"')), ['Allow', 'Deny']);
    assert.deepEqual(completionLabels(inJson('    "Effect": "A$0"')), ['Allow', 'Deny']);
    assert.deepEqual(completionLabels(inDocument('    effect = "$0"')), ['Allow', 'Deny']);
    assert.deepEqual(completionLabels('resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Version = "$0"\n  })\n}\n'), ['2012-10-17']);
    assert.equal(applyCompletion(inStatement('        Effect = $0'), 'Deny'), inStatement('        Effect = "Deny"'));
  });

  it('offers KMS actions and wildcards, with or without the kms: prefix typed', () => {
    const labels = completionLabels(inStatement('        Action = ["kms:De$0"]'));
    assert.ok(labels.includes('kms:Decrypt') && labels.includes('kms:DescribeKey') && labels.includes('kms:*') && labels.includes('kms:GenerateDataKey*'));
    assert.equal(applyCompletion(inStatement('        Action = ["kms:Decr$0"]'), 'kms:Decrypt'), inStatement('        Action = ["kms:Decrypt"]'));
    const bare = completionsAt(inStatement('        Action = ["Decr$0"]')).find((c) => c.label === 'kms:Decrypt')!;
    assert.equal(bare.filterText, 'Decrypt');
    assert.equal(applyCompletion(inStatement('        Action = ["Decr$0"]'), 'kms:Decrypt'), inStatement('        Action = ["kms:Decrypt"]'));
    assert.equal(applyCompletion(inJson('    "Action": ["kms:Enc$0rypt"]'), 'kms:Encrypt'), inJson('    "Action": ["kms:Encrypt"]'));
    assert.ok(completionLabels(inDocument('    actions = ["kms:$0"]')).includes('kms:GenerateDataKey'));
  });

  it('offers the folder\'s key ARNs as resources of an identity policy', () => {
    const text = inStatement('        Resource = $0', 'aws_iam_policy') + 'resource "aws_kms_key" "main" {}\n';
    assert.deepEqual(completionLabels(text), ['*', 'aws_kms_key.main.arn']);
    assert.ok(applyCompletion(text, 'aws_kms_key.main.arn').includes('        Resource = aws_kms_key.main.arn\n'));
    const inString = inStatement('        Resource = "$0"', 'aws_iam_policy') + 'resource "aws_kms_key" "main" {}\n';
    assert.ok(applyCompletion(inString, 'aws_kms_key.main.arn').includes('        Resource = "${aws_kms_key.main.arn}"\n'));
  });

  it('offers principal types, the account root of this account and service principals', () => {
    assert.deepEqual(completionLabels(inStatement('        Principal = {\n          $0\n        }')), ['AWS', 'Service', 'Federated']);
    assert.equal(
      applyCompletion(inStatement('        Principal = { AWS = "$0" }'), 'arn:aws:iam::${data.aws_caller_identity.current.account_id}:root'),
      inStatement('        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }'),
    );
    assert.ok(completionLabels(inStatement('        Principal = { Service = "$0" }')).includes('logs.amazonaws.com'));
    assert.ok(completionLabels(inJson('    "Principal": {"Service": "$0"}')).includes('cloudtrail.amazonaws.com'));
    assert.deepEqual(completionLabels(inDocument('    principals {\n      type = "$0"\n    }')), ['AWS', 'Service', 'Federated']);
    assert.ok(completionLabels(inDocument('    principals {\n      type        = "Service"\n      identifiers = ["$0"]\n    }')).includes('logs.amazonaws.com'));
    // Without a caller identity: an account template.
    const noCaller = 'resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Statement = [{\n      Principal = { AWS = "$0" }\n    }]\n  })\n}\n';
    assert.equal(applyCompletion(noCaller, 'arn:aws:iam::<account>:root'), noCaller.replace('$0', 'arn:aws:iam::111122223333:root'));
  });

  it('offers condition operators with IfExists and set qualifiers', () => {
    const labels = completionLabels(inStatement('        Condition = {\n          $0\n        }'));
    for (const l of ['StringEquals', 'StringLikeIfExists', 'ArnLike', 'Bool', 'Null', 'ForAnyValue:StringLike', 'ForAllValues:StringEquals']) assert.ok(labels.includes(l), l);
    assert.ok(!labels.includes('NullIfExists'));
    assert.ok(completionLabels(inDocument('    condition {\n      test = "$0"\n    }')).includes('StringEquals'));
  });

  it('offers the condition keys the statement\'s actions support first', () => {
    const items = completionsAt(inStatement('        Action = ["kms:CreateGrant"]\n        Condition = {\n          Bool = {\n            $0\n          }\n        }'));
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
    assert.ok(sorted.indexOf('kms:GrantIsForAWSResource') < sorted.indexOf('aws:SecureTransport'), sorted.slice(0, 10).join());
    assert.ok(sorted.indexOf('aws:SecureTransport') < sorted.indexOf('kms:EncryptionAlgorithm'), 'keys CreateGrant does not support come last');
    assert.equal(
      applyCompletion(inStatement('        Condition = {\n          StringEquals = {\n            "kms:Via$0"\n          }\n        }'), 'kms:ViaService'),
      inStatement('        Condition = {\n          StringEquals = {\n            "kms:ViaService" = ""\n          }\n        }'),
    );
    assert.ok(completionLabels(inDocument('    condition {\n      test     = "StringEquals"\n      variable = "$0"\n    }')).includes('kms:ViaService'));
  });

  it('offers values for kms:ViaService-style keys', () => {
    const via = completionLabels(inStatement('        Condition = {\n          StringEquals = {\n            "kms:ViaService" = "$0"\n          }\n        }'));
    assert.ok(via.includes('s3.us-east-1.amazonaws.com'), via.join());
    const withRegion = completionLabels(inStatement('        Condition = {\n          StringEquals = {\n            "kms:ViaService" = "$0"\n          }\n        }') + 'data "aws_region" "current" {}\n');
    assert.ok(withRegion.includes('s3.${data.aws_region.current.name}.amazonaws.com'), withRegion.join());
    assert.deepEqual(completionLabels(inJson('    "Condition": {"StringEquals": {"kms:EncryptionAlgorithm": "$0"}}')), ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE']);
    assert.deepEqual(completionLabels(inDocument('    condition {\n      test     = "Bool"\n      variable = "kms:GrantIsForAWSResource"\n      values   = ["$0"]\n    }')), ['true', 'false']);
  });

  it('works in JSON inside a quoted string, escaping quotes', () => {
    const quoted = 'resource "aws_kms_key" "k" {\n  policy = "{\\"Statement\\": [{$0}]}"\n}\n';
    assert.equal(applyCompletion(quoted, 'Resource'), 'resource "aws_kms_key" "k" {\n  policy = "{\\"Statement\\": [{\\"Resource\\": \\"*\\"}]}"\n}\n');
    assert.deepEqual(completionLabels('resource "aws_kms_key" "k" {\n  policy = "{\\"Statement\\": [{\\"Effect\\": \\"$0\\"}]}"\n}\n'), ['Allow', 'Deny']);
  });

  it('offers a key policy skeleton and the folder\'s policy documents after policy =', () => {
    const text = 'resource "aws_kms_key" "k" {\n  policy = $0\n}\ndata "aws_iam_policy_document" "d" {}\n' + CALLER;
    assert.deepEqual(completionLabels(text), ['jsonencode key policy', 'data.aws_iam_policy_document.d.json']);
    const applied = applyCompletion(text, 'jsonencode key policy');
    assert.ok(applied.includes('Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }'), applied);
    assert.deepEqual(findingsOf(applied, { only: ['policy-structure', 'policy-lockout', 'policy-json-syntax', 'policy-version'] }), []);
  });

  it('offers the arguments and blocks of aws_iam_policy_document', () => {
    assert.deepEqual(completionLabels(inDocument('    $0')), ['sid', 'effect', 'actions', 'not_actions', 'resources', 'not_resources', 'principals', 'not_principals', 'condition']);
    assert.deepEqual(completionLabels('data "aws_iam_policy_document" "d" {\n  st$0\n}\n').slice(0, 2), ['statement', 'version']);
    assert.equal(applyCompletion(inDocument('    condition {\n      te$0\n    }'), 'test'), inDocument('    condition {\n      test = \n    }'));
  });

  it('survives every cursor position of policies in the three forms', () => {
    const texts = [
      inStatement('        Effect = "Allow"\n        Action = ["kms:Decrypt", "kms:*"]\n        Principal = { AWS = ["*"], Service = "x" }\n        Condition = { StringEquals = { "kms:ViaService" = ["a"] } }'),
      inJson('    "Effect": "Allow", "Action": ["kms:Decrypt",], "Condition": {"Bool": {"aws:SecureTransport": "${var.x}"}}'),
      inDocument('    actions = ["kms:Decrypt"]\n    principals {\n      type = "AWS"\n      identifiers = ["*"]\n    }\n    condition {\n      test = "Bool"\n      variable = "aws:SecureTransport"\n      values = ["true"]\n    }'),
      'resource "aws_kms_key" "k" {\n  policy = "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"kms:*\\"}]}"\n}\n',
    ];
    for (const t of texts) for (let i = 0; i <= t.length; i++) {
      completionLabels(t.slice(0, i) + '$0' + t.slice(i));
      hoverAt(t.slice(0, i) + '$0' + t.slice(i));
      findingsOf(t.slice(0, i));
    }
  });

  it('leaves other places to block completion', () => {
    assert.ok(completionLabels('resource "aws_kms_key" "k" {\n  enable_key_rot$0\n}\n').includes('enable_key_rotation'));
    // Inside an interpolation it is HCL again: references, not policy values.
    const inInterpolation = completionLabels('resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Statement = [{ Resource = "${aws_kms_key.$0" }]\n  })\n}\n');
    assert.ok(!inInterpolation.includes('*') && !inInterpolation.includes('kms:Decrypt'), inInterpolation.join());
    assert.deepEqual(completionLabels('locals {\n  tags = jsonencode({\n    $0\n  })\n}\n'), []);
  });
});
