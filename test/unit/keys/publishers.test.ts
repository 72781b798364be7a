/** key-publisher-denied: services delivering into encrypted topics and queues, for each publisher of the table. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, useParser } from '../harness';
import { ROOT, key, serviceStatement } from './fixtures';

useParser();

const only = ['key-publisher-denied'];
const count = (text: string) => findingsOf(text, { only }).length;

const topic = 'resource "aws_sns_topic" "t" {\n  name = "t"\n  kms_master_key_id = aws_kms_key.k.arn\n}\n';
const queue = 'resource "aws_sqs_queue" "q" {\n  name = "q"\n  kms_master_key_id = aws_kms_key.k.id\n}\n';

const publishers: { name: string; principal: string; text: string }[] = [
  { name: 'CloudWatch alarm actions', principal: 'cloudwatch.amazonaws.com', text: topic + 'resource "aws_cloudwatch_metric_alarm" "a" {\n  alarm_name = "a"\n  alarm_actions = [aws_sns_topic.t.arn]\n}\n' },
  { name: 'CloudWatch OK actions', principal: 'cloudwatch.amazonaws.com', text: topic + 'resource "aws_cloudwatch_metric_alarm" "a" {\n  alarm_name = "a"\n  ok_actions = ["${aws_sns_topic.t.id}"]\n}\n' },
  { name: 'EventBridge target (topic)', principal: 'events.amazonaws.com', text: topic + 'resource "aws_cloudwatch_event_target" "e" {\n  rule = "r"\n  arn = aws_sns_topic.t.arn\n}\n' },
  { name: 'EventBridge target (queue)', principal: 'events.amazonaws.com', text: queue + 'resource "aws_cloudwatch_event_target" "e" {\n  rule = "r"\n  arn = aws_sqs_queue.q.arn\n}\n' },
  { name: 'S3 notification (topic)', principal: 's3.amazonaws.com', text: topic + 'resource "aws_s3_bucket_notification" "n" {\n  bucket = "b"\n  topic {\n    topic_arn = aws_sns_topic.t.arn\n    events = ["s3:ObjectCreated:*"]\n  }\n}\n' },
  { name: 'S3 notification (queue)', principal: 's3.amazonaws.com', text: queue + 'resource "aws_s3_bucket_notification" "n" {\n  bucket = "b"\n  queue {\n    queue_arn = aws_sqs_queue.q.arn\n    events = ["s3:ObjectCreated:*"]\n  }\n}\n' },
  { name: 'SNS subscription of an SQS queue', principal: 'sns.amazonaws.com', text: queue + 'resource "aws_sns_topic_subscription" "s" {\n  topic_arn = "arn:aws:sns:us-east-1:111122223333:t"\n  protocol = "sqs"\n  endpoint = aws_sqs_queue.q.arn\n}\n' },
];

describe('key-publisher-denied', () => {
  for (const p of publishers) {
    it(`${p.name}: fires without ${p.principal}, quiet with it, fix lets it in`, () => {
      const denied = key([ROOT]) + p.text;
      assert.equal(count(denied), 1);
      assert.equal(count(key(undefined) + p.text), 1, 'default key policy');
      assert.equal(count(key([ROOT, serviceStatement(p.principal, ['kms:GenerateDataKey*', 'kms:Decrypt'])]) + p.text), 0);
      assert.equal(count(key([ROOT, serviceStatement(p.principal, ['kms:*'], '{ StringEquals = { "aws:SourceAccount" = var.account } }')]) + p.text), 0, 'unknown condition');
      assert.equal(count(applyFix(denied, 'key-publisher-denied')), 0);
      assert.equal(count(applyFix(key(undefined) + p.text, 'key-publisher-denied')), 0);
    });
  }

  it('says what fails', () => {
    const f = findingsOf(key([ROOT]) + publishers[0]!.text, { only });
    assert.equal(
      f[0]!.message,
      '`aws_cloudwatch_metric_alarm.a` delivers to the topic `aws_sns_topic.t`, encrypted with `aws_kms_key.k`, whose key policy (in `aws_kms_key.k`) does not allow CloudWatch alarms (`cloudwatch.amazonaws.com`) kms:GenerateDataKey and kms:Decrypt: apply succeeds, but every delivery fails silently.',
    );
    assert.equal(f[0]!.severity, 'warning');
  });

  it('is quiet for look-alikes: other protocols, unencrypted or unknown destinations, keys outside the folder', () => {
    const sub = (protocol: string) => queue + `resource "aws_sns_topic_subscription" "s" {\n  topic_arn = "t"\n  protocol = "${protocol}"\n  endpoint = aws_sqs_queue.q.arn\n}\n`;
    assert.equal(count(key([ROOT]) + sub('lambda')), 0);
    assert.equal(count(key([ROOT]) + 'resource "aws_sns_topic" "t" {\n  name = "t"\n}\nresource "aws_cloudwatch_event_target" "e" {\n  rule = "r"\n  arn = aws_sns_topic.t.arn\n}\n'), 0);
    assert.equal(count('resource "aws_sns_topic" "t" {\n  kms_master_key_id = "alias/aws/sns"\n}\nresource "aws_cloudwatch_event_target" "e" {\n  rule = "r"\n  arn = aws_sns_topic.t.arn\n}\n'), 0);
    assert.equal(count(key([ROOT]) + topic + 'resource "aws_cloudwatch_event_target" "e" {\n  rule = "r"\n  arn = var.target\n}\n'), 0);
    assert.equal(count('resource "aws_sns_topic" "t" {\n  kms_master_key_id = data.aws_kms_key.k.arn\n}\nresource "aws_cloudwatch_event_target" "e" {\n  rule = "r"\n  arn = aws_sns_topic.t.arn\n}\n'), 0);
  });
});
