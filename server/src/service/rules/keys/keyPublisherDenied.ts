import type { Rule } from '../rule';
import { combined, publisherUsesIn, verdicts } from '../../keys/consumers';
import { actionList, keyName } from './describe';
import { policyFixes, reportWithFixes } from './report';

export const keyPublisherDenied: Rule = {
  id: 'key-publisher-denied',
  severity: 'warning',
  category: 'apply',
  summary: 'A service publishing into an encrypted SNS topic or SQS queue (alarms, EventBridge, S3 notifications, SNS subscriptions) is not allowed by the key policy.',
  docs:
    'CloudWatch alarms, EventBridge rules, S3 event notifications and SNS subscriptions deliver to an encrypted ' +
    'topic or queue as their own service principal (`cloudwatch.amazonaws.com`, `events.amazonaws.com`, ' +
    '`s3.amazonaws.com`, `sns.amazonaws.com`), which needs `kms:GenerateDataKey*` and `kms:Decrypt` in the key ' +
    'policy of the topic\'s or queue\'s key. Without them apply succeeds and every delivery fails silently. Silent ' +
    'when the key or its policy is known only at apply. The quick fix adds a statement for the service.',
  examples: {
    fires: `resource "aws_kms_key" "alerts" {
  description         = "Alert topic"
  enable_key_rotation = true
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.alerts.arn
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 0
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
`,
    fixed: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "alerts" {
  description         = "Alert topic"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Root"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
      Action    = "kms:*"
      Resource  = "*"
    }, {
      Sid       = "CloudWatchAlarms"
      Effect    = "Allow"
      Principal = { Service = "cloudwatch.amazonaws.com" }
      Action    = ["kms:GenerateDataKey*", "kms:Decrypt"]
      Resource  = "*"
    }]
  })
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.alerts.arn
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 0
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
`,
  },
  check(ctx) {
    const folder = ctx.folder();
    for (const use of publisherUsesIn(ctx.doc, folder)) {
      if (use.target.kind !== 'key') continue;
      const p = use.publisher;
      const label = p.principal.split('.')[0]!;
      const vs = verdicts(folder, use.target.key, label, p.actions);
      if (!vs?.length || combined(vs, (v) => v.service) !== 'no') continue;
      const what = use.destination.type === 'aws_sns_topic' ? 'topic' : 'queue';
      const fixes = policyFixes(ctx, folder, vs, use.target.key, { label, regional: false, service: p.service, actions: ['kms:GenerateDataKey*', 'kms:Decrypt'] });
      const policyText = vs[0]!.setter ? `whose key policy (in \`${vs[0]!.setter.setter.address}\`) does not allow` : 'which has the default key policy (no policy in the folder): it does not allow';
      reportWithFixes(ctx, {
        span: use.expr.span,
        address: use.resource.address,
        message: `\`${use.resource.address}\` delivers to the ${what} \`${use.destination.address}\`, encrypted with ${keyName(use.target)}, ${policyText} ${p.service} (\`${p.principal}\`) ${actionList(p.actions)}: apply succeeds, but every delivery fails silently.`,
      }, fixes);
    }
  },
};
