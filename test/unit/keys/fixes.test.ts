/** The key-consumer-denied quick fix in each policy form: the result lints clean for the rule, and reads right. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, useParser } from '../harness';

useParser();

const only = ['key-consumer-denied'];
const DATA = 'data "aws_caller_identity" "current" {}\ndata "aws_region" "current" {}\n';
const TRAIL = 'resource "aws_cloudtrail" "t" {\n  name = "audit"\n  s3_bucket_name = "b"\n  kms_key_id = aws_kms_key.k.arn\n}\n';
const LOGS = 'resource "aws_cloudwatch_log_group" "l" {\n  name = "/app/audit"\n  kms_key_id = aws_kms_key.k.arn\n}\n';

function fixedClean(text: string, title?: string): string {
  assert.equal(findingsOf(text, { only }).length, 1, 'fires before the fix');
  const fixed = applyFix(text, 'key-consumer-denied', title);
  assert.deepEqual(findingsOf(fixed, { only }).map((f) => f.message), [], fixed);
  assert.deepEqual(findingsOf(fixed, { only: ['syntax-error', 'policy-json-syntax', 'policy-structure'] }).map((f) => f.message), [], fixed);
  return fixed;
}

describe('key-consumer-denied fixes', () => {
  it('widens the condition of a jsonencode statement (the guide\'s log group)', () => {
    const text = `${DATA}resource "aws_kms_key" "k" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }, Action = "kms:*", Resource = "*" },
      {
        Sid       = "Allow CloudWatch Logs"
        Effect    = "Allow"
        Principal = { Service = "logs.\${data.aws_region.current.name}.amazonaws.com" }
        Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = {
          ArnEquals = {
            "kms:EncryptionContext:aws:logs:arn" = "arn:aws:logs:\${data.aws_region.current.name}:\${data.aws_caller_identity.current.account_id}:log-group:/aws/cloudwatch/logs"
          }
        }
      }
    ]
  })
}
${LOGS}`;
    const fixed = fixedClean(text, 'Add this log group');
    assert.ok(
      fixed.includes('"kms:EncryptionContext:aws:logs:arn" = ["arn:aws:logs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:log-group:/aws/cloudwatch/logs", "arn:aws:logs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:log-group:/app/audit"]'),
      fixed,
    );
  });

  it('adds a statement to a JSON heredoc policy', () => {
    const text = `${DATA}resource "aws_kms_key" "k" {
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }, "Action": "kms:*", "Resource": "*" }
  ]
}
EOF
}
${TRAIL}`;
    const fixed = fixedClean(text);
    assert.match(fixed, /"Service": "cloudtrail.amazonaws.com"/);
    assert.match(fixed, /"StringLike": \{\s*"kms:EncryptionContext:aws:cloudtrail:arn": "arn:aws:cloudtrail:\*:\$\{data.aws_caller_identity.current.account_id\}:trail\/audit"/);
  });

  it('adds a statement block with its condition to an aws_iam_policy_document', () => {
    const text = `${DATA}data "aws_iam_policy_document" "key" {
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}
resource "aws_kms_key" "k" {
  policy = data.aws_iam_policy_document.key.json
}
${LOGS}`;
    const fixed = fixedClean(text, 'Add a statement');
    assert.match(fixed, /type {8}= "Service"\n\s+identifiers = \["logs\.\$\{data\.aws_region\.current\.region\}\.amazonaws\.com"\]/);
    assert.match(fixed, /condition \{\n\s+test {5}= "ArnEquals"\n\s+variable = "kms:EncryptionContext:aws:logs:arn"\n\s+values {3}= \["arn:aws:logs:\$\{data\.aws_region\.current\.region\}:\$\{data\.aws_caller_identity\.current\.account_id\}:log-group:\/app\/audit"\]/);
  });

  it('writes the key policy of a key without one, adding the data sources it refers to', () => {
    const fixed = fixedClean(`resource "aws_kms_key" "k" {\n  description = "trail"\n}\n${TRAIL}`);
    assert.match(fixed, /^resource "aws_kms_key" "k" \{\n  policy = jsonencode\(\{\n    Version += "2012-10-17"/);
    assert.match(fixed, /data "aws_region" "current" \{\}\ndata "aws_caller_identity" "current" \{\}\n$/);
  });
});
