/**
 * Which kind of policy an argument holds, so that each policy is judged by the grammar of its kind: a key
 * policy (KMS), an identity policy (attached to a user, group or role), a trust policy (who may assume a role),
 * or a resource policy of another service. Sources: the hashicorp/aws provider documentation of each resource
 * (registry.terraform.io/providers/hashicorp/aws/latest/docs) and the IAM User Guide, "Identity-based policies
 * and resource-based policies" (docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html).
 */

export type PolicyKind = 'key' | 'identity' | 'trust' | 'resource';

export interface PolicyArgument {
  readonly kind: PolicyKind;
  /** How messages name it: "key policy", "trust policy", "S3 bucket policy". */
  readonly label: string;
}

const key: PolicyArgument = { kind: 'key', label: 'key policy' };
const identity: PolicyArgument = { kind: 'identity', label: 'identity policy' };
const trust: PolicyArgument = { kind: 'trust', label: 'trust policy' };
const resource = (label: string): PolicyArgument => ({ kind: 'resource', label });

/**
 * Resource type -> argument path -> kind. A path is the argument name, or `block.argument` for an argument of a
 * nested block (`inline_policy.policy` of aws_iam_role).
 */
export const POLICY_ARGUMENTS: Readonly<Record<string, Readonly<Record<string, PolicyArgument>>>> = {
  aws_kms_key: { policy: key },
  aws_kms_key_policy: { policy: key },
  aws_kms_replica_key: { policy: key },
  aws_kms_external_key: { policy: key },
  aws_kms_replica_external_key: { policy: key },
  aws_iam_policy: { policy: identity },
  aws_iam_role_policy: { policy: identity },
  aws_iam_user_policy: { policy: identity },
  aws_iam_group_policy: { policy: identity },
  aws_iam_role: { assume_role_policy: trust, 'inline_policy.policy': identity },
  aws_ssoadmin_permission_set_inline_policy: { inline_policy: identity },
  aws_s3_bucket_policy: { policy: resource('S3 bucket policy') },
  aws_s3_bucket: { policy: resource('S3 bucket policy') },
  aws_s3control_bucket_policy: { policy: resource('S3 bucket policy') },
  aws_s3_access_point: { policy: resource('S3 access point policy') },
  aws_s3control_access_point_policy: { policy: resource('S3 access point policy') },
  aws_s3control_multi_region_access_point_policy: { 'details.policy': resource('S3 access point policy') },
  aws_sns_topic_policy: { policy: resource('SNS topic policy') },
  aws_sns_topic: { policy: resource('SNS topic policy') },
  aws_sqs_queue_policy: { policy: resource('SQS queue policy') },
  aws_sqs_queue: { policy: resource('SQS queue policy') },
  aws_secretsmanager_secret_policy: { policy: resource('Secrets Manager secret policy') },
  aws_secretsmanager_secret: { policy: resource('Secrets Manager secret policy') },
  aws_ecr_repository_policy: { policy: resource('ECR repository policy') },
  aws_ecr_registry_policy: { policy: resource('ECR registry policy') },
  aws_ecrpublic_repository_policy: { policy: resource('ECR repository policy') },
  aws_glacier_vault: { access_policy: resource('S3 Glacier vault policy') },
  aws_glacier_vault_lock: { policy: resource('S3 Glacier vault lock policy') },
  aws_elasticsearch_domain: { access_policies: resource('OpenSearch domain policy') },
  aws_elasticsearch_domain_policy: { access_policies: resource('OpenSearch domain policy') },
  aws_opensearch_domain: { access_policies: resource('OpenSearch domain policy') },
  aws_opensearch_domain_policy: { access_policies: resource('OpenSearch domain policy') },
  aws_cloudwatch_log_resource_policy: { policy_document: resource('CloudWatch Logs resource policy') },
  aws_cloudwatch_log_destination_policy: { access_policy: resource('CloudWatch Logs destination policy') },
  aws_cloudwatch_event_bus_policy: { policy: resource('EventBridge event bus policy') },
  aws_backup_vault_policy: { policy: resource('Backup vault policy') },
  aws_efs_file_system_policy: { policy: resource('EFS file system policy') },
  aws_api_gateway_rest_api: { policy: resource('API Gateway resource policy') },
  aws_api_gateway_rest_api_policy: { policy: resource('API Gateway resource policy') },
  aws_kinesis_resource_policy: { policy: resource('Kinesis resource policy') },
  aws_dynamodb_resource_policy: { policy: resource('DynamoDB resource policy') },
  aws_vpc_endpoint: { policy: resource('VPC endpoint policy') },
  aws_vpc_endpoint_policy: { policy: resource('VPC endpoint policy') },
  aws_codeartifact_domain_permissions_policy: { policy_document: resource('CodeArtifact domain policy') },
  aws_codeartifact_repository_permissions_policy: { policy_document: resource('CodeArtifact repository policy') },
  aws_glue_resource_policy: { policy: resource('Glue resource policy') },
  aws_ses_identity_policy: { policy: resource('SES identity policy') },
  aws_media_store_container_policy: { policy: resource('MediaStore container policy') },
  aws_networkfirewall_resource_policy: { policy: resource('Network Firewall resource policy') },
  aws_oam_sink_policy: { policy: resource('CloudWatch observability sink policy') },
  aws_redshiftserverless_resource_policy: { policy: resource('Redshift Serverless resource policy') },
  aws_schemas_registry_policy: { policy: resource('EventBridge schema registry policy') },
};

/** The policy arguments of a resource type, if it has any. */
export function policyArgumentsOf(type: string | undefined): Readonly<Record<string, PolicyArgument>> | undefined {
  return type ? POLICY_ARGUMENTS[type] : undefined;
}

/** How a message names the kind a policy was read as. */
export function kindPhrase(kind: PolicyKind | undefined, label?: string): string {
  if (kind === undefined) return 'this policy (its use is not known, so only what holds for every policy is checked)';
  return `this ${label ?? (kind === 'resource' ? 'resource policy' : `${kind} policy`)}`;
}
