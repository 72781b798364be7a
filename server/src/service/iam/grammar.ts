/**
 * Policy grammar facts: condition operators, policy elements, principal types and the service principals and
 * `kms:ViaService` values commonly used with KMS. Copied, as facts, from ../shared/reference/iam-policy-grammar.json
 * (sources there: awsdocs/iam-user-guide@e2b8637a825b reference_policies_grammar.md,
 * reference_policies_elements_condition_operators.md, reference_policies_multi-value-conditions.md,
 * reference_policies_elements_principal.md; duo-labs/parliament statement.py OPERATORS). Descriptions are ours.
 */
import type { ConditionKeyType } from './catalog';

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IPAddress' | 'ARN' | 'Null';

export interface ConditionOperator {
  readonly name: string;
  readonly family: OperatorFamily;
  /** True for the "not" operators, which are true when the key is missing. */
  readonly negated: boolean;
  /** `*` and `?` match in the value. */
  readonly wildcards: boolean;
  readonly description: string;
}

const op = (name: string, family: OperatorFamily, negated: boolean, wildcards: boolean, description: string): ConditionOperator => ({ name, family, negated, wildcards, description });

export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  op('StringEquals', 'String', false, false, 'The key\'s value equals one of the given strings exactly (case-sensitive).'),
  op('StringNotEquals', 'String', true, false, 'The key\'s value equals none of the given strings (case-sensitive).'),
  op('StringEqualsIgnoreCase', 'String', false, false, 'The key\'s value equals one of the given strings, ignoring case.'),
  op('StringNotEqualsIgnoreCase', 'String', true, false, 'The key\'s value equals none of the given strings, ignoring case.'),
  op('StringLike', 'String', false, true, 'The key\'s value matches one of the patterns (`*` any run of characters, `?` one character).'),
  op('StringNotLike', 'String', true, true, 'The key\'s value matches none of the patterns (`*`, `?` wildcards).'),
  op('NumericEquals', 'Numeric', false, false, 'The key\'s number equals the given number.'),
  op('NumericNotEquals', 'Numeric', true, false, 'The key\'s number differs from the given number.'),
  op('NumericLessThan', 'Numeric', false, false, 'The key\'s number is less than the given number.'),
  op('NumericLessThanEquals', 'Numeric', false, false, 'The key\'s number is less than or equal to the given number.'),
  op('NumericGreaterThan', 'Numeric', false, false, 'The key\'s number is greater than the given number.'),
  op('NumericGreaterThanEquals', 'Numeric', false, false, 'The key\'s number is greater than or equal to the given number.'),
  op('DateEquals', 'Date', false, false, 'The key\'s date equals the given date (ISO 8601 or epoch seconds).'),
  op('DateNotEquals', 'Date', true, false, 'The key\'s date differs from the given date.'),
  op('DateLessThan', 'Date', false, false, 'The key\'s date is before the given date.'),
  op('DateLessThanEquals', 'Date', false, false, 'The key\'s date is on or before the given date.'),
  op('DateGreaterThan', 'Date', false, false, 'The key\'s date is after the given date.'),
  op('DateGreaterThanEquals', 'Date', false, false, 'The key\'s date is on or after the given date.'),
  op('Bool', 'Bool', false, false, 'The key\'s boolean equals `"true"` or `"false"`.'),
  op('BinaryEquals', 'Binary', false, false, 'The key\'s bytes equal the given base64-encoded value.'),
  op('IpAddress', 'IPAddress', false, false, 'The key\'s IP address is in one of the given addresses or CIDR ranges.'),
  op('NotIpAddress', 'IPAddress', true, false, 'The key\'s IP address is in none of the given addresses or CIDR ranges.'),
  op('ArnEquals', 'ARN', false, true, 'The key\'s ARN matches one of the given ARNs, each of the six colon-separated parts on its own (`*`, `?` allowed).'),
  op('ArnLike', 'ARN', false, true, 'The key\'s ARN matches one of the given ARN patterns, part by part (`*`, `?` allowed).'),
  op('ArnNotEquals', 'ARN', true, true, 'The key\'s ARN matches none of the given ARNs, part by part.'),
  op('ArnNotLike', 'ARN', true, true, 'The key\'s ARN matches none of the given ARN patterns, part by part.'),
  op('Null', 'Null', false, false, 'Tests whether the key is present: `"true"` means the request lacks the key, `"false"` that it has it.'),
];

const operatorByLower = new Map(CONDITION_OPERATORS.map((o) => [o.name.toLowerCase(), o]));

export const SET_QUALIFIERS = ['ForAnyValue:', 'ForAllValues:'] as const;

export interface ParsedOperator {
  readonly operator: ConditionOperator;
  readonly qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  readonly ifExists: boolean;
}

/**
 * Splits `ForAnyValue:StringLikeIfExists` into its parts; undefined for a name that is no operator. Matching
 * ignores case: we do not know that IAM rejects `stringequals`, and a false error is worse than a missed one.
 */
export function parseOperator(name: string): ParsedOperator | undefined {
  let rest = name;
  let qualifier: ParsedOperator['qualifier'];
  for (const q of SET_QUALIFIERS) {
    if (rest.toLowerCase().startsWith(q.toLowerCase())) {
      qualifier = q.slice(0, -1) as ParsedOperator['qualifier'];
      rest = rest.slice(q.length);
    }
  }
  let ifExists = false;
  if (rest.toLowerCase().endsWith('ifexists')) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const operator = operatorByLower.get(rest.toLowerCase());
  if (!operator) return undefined;
  if (ifExists && operator.name === 'Null') return undefined;
  return { operator, qualifier, ifExists };
}

/** Every spelling offered in completion: operators, their IfExists forms, then set-qualified forms. */
export function allOperatorNames(): string[] {
  const base = CONDITION_OPERATORS.flatMap((o) => (o.name === 'Null' ? [o.name] : [o.name, `${o.name}IfExists`]));
  return [...base, ...SET_QUALIFIERS.flatMap((q) => base.filter((b) => !b.startsWith('Null')).map((b) => q + b))];
}

/**
 * Whether an operator family can compare a key of this type. ARN keys also accept String operators and String keys
 * ARN operators; `Null` works
 * on every key; Date keys such as `aws:EpochTime` also accept Numeric operators.
 */
export function operatorFitsKeyType(family: OperatorFamily, type: ConditionKeyType, keyName: string): boolean {
  if (family === 'Null') return true;
  const base = type.replace(/^ArrayOf/, '');
  switch (base) {
    case 'String':
      // ARN operators compare strings that hold ARNs (`kms:EncryptionContext:aws:logs:arn` with ArnEquals, as AWS documents).
      return family === 'String' || family === 'ARN';
    case 'ARN':
      return family === 'ARN' || family === 'String';
    case 'Bool':
      return family === 'Bool';
    case 'Numeric':
      return family === 'Numeric';
    case 'Date':
      return family === 'Date' || (family === 'Numeric' && /^aws:EpochTime$/i.test(keyName));
    case 'IPAddress':
      return family === 'IPAddress';
    case 'Binary':
      return family === 'Binary';
    default:
      return true;
  }
}

/** Top-level policy elements. */
export const POLICY_ELEMENTS: Readonly<Record<string, string>> = {
  Version: 'The policy language version. Use `"2012-10-17"`; the older `"2008-10-17"` does not support policy variables.',
  Id: 'An optional identifier for the policy. Resource policies such as key policies accept it.',
  Statement: 'The list of statements. Each allows or denies actions on resources, for principals, under conditions.',
};

/** Statement elements. */
export const STATEMENT_ELEMENTS: Readonly<Record<string, string>> = {
  Sid: 'An optional label for the statement, unique within the policy.',
  Effect: 'Whether the statement allows or denies: `"Allow"` or `"Deny"` (case matters).',
  Principal: 'Who the statement applies to: `"*"` or an object of `AWS`, `Service`, `Federated` principals. Required in key policies; not allowed in identity policies.',
  NotPrincipal: 'Everyone except these principals. Avoid with `Allow`: it grants access to the whole world but the named ones.',
  Action: 'The actions the statement covers, such as `"kms:Decrypt"`; `*` and `?` wildcards match several.',
  NotAction: 'Every action except these.',
  Resource: 'The resources the statement covers. In a key policy, `"*"` means "this key".',
  NotResource: 'Every resource except these.',
  Condition: 'When the statement applies: `{ Operator = { "key" = value(s) } }`. Operators, and keys within one, must all match; values of one key are alternatives.',
};

export const PRINCIPAL_TYPES: Readonly<Record<string, string>> = {
  AWS: 'AWS accounts, IAM users and roles, assumed-role sessions: an account ID, an ARN, or `"*"` for everyone.',
  Service: 'AWS service principals such as `logs.amazonaws.com`, calling KMS on their own behalf.',
  Federated: 'Web identity or SAML providers: `cognito-identity.amazonaws.com`, `arn:aws:iam::<account>:saml-provider/<name>`...',
  CanonicalUser: 'An S3 canonical user ID. S3-specific; means nothing in a KMS key policy.',
};

/** Service principals often named in key policies, with what they use the key for (our words). */
export const KMS_SERVICE_PRINCIPALS: Readonly<Record<string, string>> = {
  'logs.amazonaws.com': 'CloudWatch Logs, to encrypt log groups (Regional form `logs.<region>.amazonaws.com` is the documented one).',
  'cloudtrail.amazonaws.com': 'CloudTrail, to encrypt trail log files.',
  's3.amazonaws.com': 'Amazon S3 (for example event notifications to encrypted queues and topics).',
  'sns.amazonaws.com': 'Amazon SNS, for encrypted topics.',
  'sqs.amazonaws.com': 'Amazon SQS, for encrypted queues.',
  'events.amazonaws.com': 'Amazon EventBridge, delivering to encrypted targets.',
  'lambda.amazonaws.com': 'AWS Lambda.',
  'secretsmanager.amazonaws.com': 'AWS Secrets Manager.',
  'rds.amazonaws.com': 'Amazon RDS.',
  'delivery.logs.amazonaws.com': 'Log delivery for VPC Flow Logs and other vended logs.',
  'cloudwatch.amazonaws.com': 'CloudWatch alarms publishing to encrypted topics.',
  'autoscaling.amazonaws.com': 'EC2 Auto Scaling (its service-linked role uses encrypted EBS volumes).',
  'ec2.amazonaws.com': 'Amazon EC2.',
  'dynamodb.amazonaws.com': 'Amazon DynamoDB.',
  'kinesis.amazonaws.com': 'Amazon Kinesis.',
  'firehose.amazonaws.com': 'Amazon Data Firehose.',
  'config.amazonaws.com': 'AWS Config.',
  'guardduty.amazonaws.com': 'Amazon GuardDuty, exporting findings.',
  'ses.amazonaws.com': 'Amazon SES.',
  'backup.amazonaws.com': 'AWS Backup.',
  'ssm.amazonaws.com': 'AWS Systems Manager.',
  'states.amazonaws.com': 'AWS Step Functions.',
};

/** Services that call KMS for a principal, as values of `kms:ViaService` (`<service>.<region>.amazonaws.com`). */
export const VIA_SERVICES: readonly string[] = [
  's3', 'rds', 'ec2', 'lambda', 'secretsmanager', 'ssm', 'dynamodb', 'sqs', 'sns', 'logs', 'kinesis', 'firehose', 'elasticfilesystem',
  'backup', 'glue', 'redshift', 'sagemaker', 'athena', 'ecr', 'es', 'cloudtrail', 'elasticache', 'kafka', 'states',
];

/** The largest key policy KMS accepts (AWS quota: 32 KB). */
export const KEY_POLICY_MAX_BYTES = 32 * 1024;
