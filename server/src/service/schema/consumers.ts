/**
 * Consumers of KMS keys: the resources of other AWS services that take a key, which argument takes it, how the
 * service calls KMS, what it needs from the key policy, and which keys it accepts. Facts in our own words, each
 * entry citing the service's AWS documentation page it comes from.
 *
 * How a service calls KMS:
 *   service-principal  the service calls KMS as itself (`Principal = { Service = "..." }` in the key policy)
 *   via-service        the service calls KMS with the credentials of the principal that called it; the key policy
 *                      (or, when it lets IAM decide, the caller's IAM policies) must allow that caller, usually
 *                      narrowed with `kms:ViaService = <service>.<region>.amazonaws.com`
 *   both               either works (the service principal statement or the caller's permissions)
 */

export type KmsCallMode = 'service-principal' | 'via-service' | 'both';

/** An encryption-context value the service sends, as an ARN template: `{region}`, `{account}`, `{name}`. */
export interface ContextFact {
  /** The condition key that carries it, e.g. `kms:EncryptionContext:aws:logs:arn`. */
  readonly key: string;
  readonly arnTemplate: string;
  /** The argument of the consumer that gives `{name}`. */
  readonly nameArgument: string;
}

export interface KeyConsumer {
  /** The resource type. */
  readonly type: string;
  /** Nested blocks leading to the argument (`rule`, `apply_server_side_encryption_by_default`). */
  readonly path: readonly string[];
  /** The argument taking the key. */
  readonly argument: string;
  /** The service, for messages. */
  readonly service: string;
  /** What the resource is, for messages (`log group`, `trail`, `volume`). */
  readonly noun: string;
  readonly mode: KmsCallMode;
  /**
   * The service principal's first label (`logs` for `logs.amazonaws.com` and `logs.<region>.amazonaws.com`),
   * and how it is shown.
   */
  readonly principal?: { readonly label: string; readonly shown: string; readonly regional: boolean };
  /** The `kms:ViaService` service name (`ec2` for `ec2.<region>.amazonaws.com`). */
  readonly viaService?: string;
  /** KMS actions (without `kms:`) the service cannot work without. */
  readonly actions: readonly string[];
  /** What a statement for the service should allow (the documented statement; wildcards allowed). */
  readonly statementActions: readonly string[];
  readonly context?: ContextFact;
  /** Only symmetric encryption keys (SYMMETRIC_DEFAULT). */
  readonly symmetricOnly: boolean;
  /**
   * The service uses the key when the resource is created (true), so that a key it cannot use makes the apply
   * fail; or it takes the key ID without using it (false), and only later writes and reads fail.
   */
  readonly usedAtCreate: boolean;
  readonly source: string;
}

const KMS_SERVICES = 'https://docs.aws.amazon.com/kms/latest/developerguide';

function viaService(type: string, argument: string, service: string, noun: string, via: string, source: string, extra: Partial<KeyConsumer> = {}): KeyConsumer {
  return {
    type,
    path: [],
    argument,
    service,
    noun,
    mode: 'via-service',
    viaService: via,
    actions: ['GenerateDataKey', 'Decrypt'],
    statementActions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
    symmetricOnly: true,
    usedAtCreate: true,
    source,
    ...extra,
  };
}

export const KEY_CONSUMERS: readonly KeyConsumer[] = [
  {
    // The log group ARN is the encryption context; "CloudWatch Logs now supports kms:ViaService", so the
    // caller's permissions also work; only symmetric keys.
    type: 'aws_cloudwatch_log_group',
    path: [],
    argument: 'kms_key_id',
    service: 'CloudWatch Logs',
    noun: 'log group',
    mode: 'both',
    principal: { label: 'logs', shown: 'logs.<region>.amazonaws.com', regional: true },
    viaService: 'logs',
    actions: ['GenerateDataKey', 'Decrypt'],
    statementActions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    context: { key: 'kms:EncryptionContext:aws:logs:arn', arnTemplate: 'arn:aws:logs:{region}:{account}:log-group:{name}', nameArgument: 'name' },
    symmetricOnly: true,
    usedAtCreate: true,
    source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
  },
  {
    // "The policy must allow CloudTrail to use the key"; "CloudTrail cannot deliver logs" otherwise. The trail ARN
    // is the encryption context (StringLike arn:aws:cloudtrail:*:<account>:trail/*).
    type: 'aws_cloudtrail',
    path: [],
    argument: 'kms_key_id',
    service: 'CloudTrail',
    noun: 'trail',
    mode: 'service-principal',
    principal: { label: 'cloudtrail', shown: 'cloudtrail.amazonaws.com', regional: false },
    actions: ['GenerateDataKey'],
    statementActions: ['kms:GenerateDataKey*', 'kms:DescribeKey'],
    context: { key: 'kms:EncryptionContext:aws:cloudtrail:arn', arnTemplate: 'arn:aws:cloudtrail:{region}:{account}:trail/{name}', nameArgument: 'name' },
    symmetricOnly: true,
    usedAtCreate: true,
    source: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html',
  },
  // SNS and SQS: "only supports symmetric encryption KMS keys"; the key is used when messages are sent and
  // received, by the publishers and consumers (named in the key policy or through IAM).
  viaService('aws_sns_topic', 'kms_master_key_id', 'SNS', 'topic', 'sns', 'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html', { usedAtCreate: false }),
  viaService('aws_sqs_queue', 'kms_master_key_id', 'SQS', 'queue', 'sqs', 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html', { usedAtCreate: false }),
  viaService('aws_s3_bucket_server_side_encryption_configuration', 'kms_master_key_id', 'S3', 'bucket', 's3', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html', {
    usedAtCreate: false,
    path: ['rule', 'apply_server_side_encryption_by_default'],
  }),
  viaService('aws_ebs_volume', 'kms_key_id', 'EBS', 'volume', 'ec2', `${KMS_SERVICES}/services-ebs.html`),
  viaService('aws_ebs_default_kms_key', 'key_arn', 'EBS', 'default EBS key', 'ec2', `${KMS_SERVICES}/services-ebs.html`, { usedAtCreate: false }),
  viaService('aws_db_instance', 'kms_key_id', 'RDS', 'database instance', 'rds', `${KMS_SERVICES}/services-rds.html`),
  viaService('aws_db_instance', 'performance_insights_kms_key_id', 'RDS Performance Insights', 'database instance', 'rds', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.access-control.cmk-policy.html', { usedAtCreate: false }),
  viaService('aws_rds_cluster', 'kms_key_id', 'RDS', 'cluster', 'rds', `${KMS_SERVICES}/services-rds.html`),
  viaService('aws_secretsmanager_secret', 'kms_key_id', 'Secrets Manager', 'secret', 'secretsmanager', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html', { usedAtCreate: false }),
  // "Parameter Store supports only symmetric KMS keys."
  viaService('aws_ssm_parameter', 'key_id', 'Systems Manager Parameter Store', 'parameter', 'ssm', 'https://docs.aws.amazon.com/systems-manager/latest/userguide/secure-string-parameter-kms-encryption.html'),
  viaService('aws_lambda_function', 'kms_key_arn', 'Lambda', 'function', 'lambda', 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html', { usedAtCreate: false }),
  viaService('aws_dynamodb_table', 'kms_key_arn', 'DynamoDB', 'table', 'dynamodb', 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.usagenotes.html', { path: ['server_side_encryption'] }),
  viaService('aws_eks_cluster', 'key_arn', 'EKS', 'cluster', 'eks', 'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html', { path: ['encryption_config', 'provider'] }),
  viaService('aws_ecr_repository', 'kms_key', 'ECR', 'repository', 'ecr', 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html', { usedAtCreate: false, path: ['encryption_configuration'] }),
  viaService('aws_kinesis_stream', 'kms_key_id', 'Kinesis Data Streams', 'stream', 'kinesis', 'https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html', { usedAtCreate: false }),
];

/** The consumers of a resource type. */
export function consumersOf(type: string): readonly KeyConsumer[] {
  return KEY_CONSUMERS.filter((c) => c.type === type);
}

/**
 * Services that publish into an encrypted SNS topic or SQS queue as their own service principal: the key policy
 * of the topic's or queue's key must let them generate data keys and decrypt, or deliveries fail silently.
 * Sources: the SNS and SQS key-management pages ("Configure KMS permissions for AWS services").
 */
export interface KeyPublisher {
  readonly type: string;
  /** Where the destination ARN is written: nested block path and argument; `list` when it is a list of ARNs. */
  readonly path: readonly string[];
  readonly argument: string;
  readonly list: boolean;
  readonly service: string;
  readonly principal: string;
  readonly actions: readonly string[];
  readonly source: string;
  /** Only when another argument of the block has this value (an SNS subscription's protocol). */
  readonly when?: { readonly argument: string; readonly value: string };
}

const SNS_KEYS = 'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services';
const SQS_KEYS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html#compatibility-with-aws-services';

function publisher(type: string, path: readonly string[], argument: string, list: boolean, service: string, principal: string, source: string, when?: KeyPublisher['when']): KeyPublisher {
  return { type, path, argument, list, service, principal, actions: ['GenerateDataKey', 'Decrypt'], source, ...(when ? { when } : {}) };
}

export const KEY_PUBLISHERS: readonly KeyPublisher[] = [
  publisher('aws_cloudwatch_metric_alarm', [], 'alarm_actions', true, 'CloudWatch alarms', 'cloudwatch.amazonaws.com', SNS_KEYS),
  publisher('aws_cloudwatch_metric_alarm', [], 'ok_actions', true, 'CloudWatch alarms', 'cloudwatch.amazonaws.com', SNS_KEYS),
  publisher('aws_cloudwatch_metric_alarm', [], 'insufficient_data_actions', true, 'CloudWatch alarms', 'cloudwatch.amazonaws.com', SNS_KEYS),
  publisher('aws_cloudwatch_event_target', [], 'arn', false, 'EventBridge', 'events.amazonaws.com', SQS_KEYS),
  publisher('aws_s3_bucket_notification', ['topic'], 'topic_arn', false, 'S3 event notifications', 's3.amazonaws.com', SNS_KEYS),
  publisher('aws_s3_bucket_notification', ['queue'], 'queue_arn', false, 'S3 event notifications', 's3.amazonaws.com', SQS_KEYS),
  publisher('aws_sns_topic_subscription', [], 'endpoint', false, 'SNS', 'sns.amazonaws.com', SQS_KEYS, { argument: 'protocol', value: 'sqs' }),
];

/** Destinations of publishers: the resource types that hold the encrypted messages and their key argument. */
export const ENCRYPTED_DESTINATIONS: Readonly<Record<string, { readonly argument: string; readonly arnAttributes: readonly string[]; readonly what: string }>> = {
  aws_sns_topic: { argument: 'kms_master_key_id', arnAttributes: ['arn', 'id'], what: 'topic' },
  aws_sqs_queue: { argument: 'kms_master_key_id', arnAttributes: ['arn'], what: 'queue' },
};
