import type { Rule } from '../rule';
import { keySpec, keyUsesIn } from '../../keys/consumers';
import { keyName } from './describe';

export const keyConsumerSpec: Rule = {
  id: 'key-consumer-spec',
  severity: 'error',
  category: 'apply',
  summary: 'A service that takes only symmetric encryption keys is given an asymmetric or HMAC key.',
  docs:
    'The AWS services that encrypt data at rest with KMS (CloudWatch Logs, CloudTrail, EBS, RDS, S3, SNS, SQS, ' +
    'Secrets Manager, Parameter Store, Lambda, DynamoDB, EKS, ECR, Kinesis) use only symmetric encryption keys ' +
    '(`SYMMETRIC_DEFAULT`). The rule follows the key argument to a key of the folder whose spec is known. An error ' +
    'where the service checks the key when the resource is created; a warning where it accepts the key ID and ' +
    'fails later, when data is written. Use a symmetric key.',
  examples: {
    fires: `resource "aws_kms_key" "signing" {
  description              = "Signing key"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_cloudwatch_log_group" "app" {
  name       = "/app/logs"
  kms_key_id = aws_kms_key.signing.arn
}
`,
    fixed: `resource "aws_kms_key" "logs" {
  description         = "Log encryption"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "app" {
  name       = "/app/logs"
  kms_key_id = aws_kms_key.logs.arn
}
`,
  },
  check(ctx) {
    const folder = ctx.folder();
    for (const use of keyUsesIn(ctx.doc, folder)) {
      if (use.target.kind !== 'key' || !use.consumer.symmetricOnly) continue;
      const spec = keySpec(folder, use.target.key);
      if (spec === undefined || spec === 'SYMMETRIC_DEFAULT') continue;
      const what = spec.startsWith('HMAC_') ? 'an HMAC key' : 'an asymmetric key';
      const c = use.consumer;
      ctx.report({
        span: use.attribute.value.span,
        address: use.resource.address,
        severity: c.usedAtCreate ? 'error' : 'warning',
        message: `${keyName(use.target)} is ${what} (${spec}), and ${c.service} takes only symmetric encryption keys (SYMMETRIC_DEFAULT): ${c.usedAtCreate ? `creating the ${c.noun} fails` : `the ${c.noun} is created, but writing and reading its data fail`}. Use a symmetric key.`,
      });
    }
  },
};
