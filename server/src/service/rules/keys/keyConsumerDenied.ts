import type { Rule } from '../rule';
import type { Fix, Severity } from '../../findings';
import { combined, contextValue, keyUsesIn, verdicts, type PolicyVerdict } from '../../keys/consumers';
import type { KeyConsumer } from '../../schema/consumers';
import { knownString } from '../../blocks/values';
import { presentAttribute } from '../../blocks/kmsBlocks';
import { actionList, conditionText, keyName, shownArn, statementName } from './describe';
import { policyFixes, reportWithFixes } from './report';

/** The documented condition for a service's statement, with `{region}` and `{account}` to fill in. */
function grantContext(c: KeyConsumer, name: string | undefined): { key: string; value: string; operator: string } | undefined {
  if (!c.context || name === undefined) return undefined;
  if (c.type === 'aws_cloudtrail') return { key: c.context.key, operator: 'StringLike', value: `arn:aws:cloudtrail:*:{account}:trail/${name}` };
  return { key: c.context.key, operator: 'ArnEquals', value: c.context.arnTemplate.replace('{name}', name) };
}

function why(v: PolicyVerdict, c: KeyConsumer, context: { key: string; value: string } | undefined, folder: Parameters<typeof conditionText>[0]): string {
  const shown = `\`${c.principal!.shown}\``;
  if (!v.setter) return 'it has no key policy in the folder, and the default key policy lets no service principal in';
  const miss = v.conditionMisses[0];
  if (miss && context) {
    const cond = conditionText(folder, v.setter.policy!.source.uri, miss, context.key);
    if (cond) return `its key policy (in \`${v.setter.setter.address}\`) lets ${c.service} (${shown}) in only for \`${context.key}\` ${cond} (statement ${statementName(miss)}), not for this ${c.noun}'s \`${shownArn(context.value)}\``;
  }
  return `its key policy (in \`${v.setter.setter.address}\`) does not allow ${c.service} (${shown}) ${actionList(c.actions)}`;
}

export const keyConsumerDenied: Rule = {
  id: 'key-consumer-denied',
  severity: 'error',
  category: 'apply',
  summary: 'A service that calls KMS as its own service principal (CloudTrail, CloudWatch Logs) is not allowed by the key policy of the key it is given.',
  docs:
    'CloudTrail and CloudWatch Logs use a customer managed key as their own service principal, and only when the key ' +
    'policy allows it, often only for the encryption context of one trail or log group. The rule follows the key ' +
    'argument to a key of the folder and evaluates its key policy (or the default key policy, which names no ' +
    'service) for the service principal, the actions it needs and the encryption context it sends. An error where ' +
    'the service documents that its principal must be allowed (CloudTrail); a warning where the service can also ' +
    'use the caller\'s permissions through `kms:ViaService` and the key policy lets the account\'s IAM policies ' +
    'decide (CloudWatch Logs). For services that always use the caller\'s permissions (EBS, RDS, S3, ...) it fires ' +
    'only when the key policy lets no principal of the account use the key at all (and no grant may): an error where ' +
    'the service uses the key when the resource is created, a warning where only later reads and writes fail. Silent when the key, the ' +
    'policy, the resource name or a condition value is known only at apply. The quick fix widens the statement\'s ' +
    'condition or adds a statement for the service.',
  examples: {
    fires: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "trail" {
  description         = "CloudTrail logs"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Root"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_cloudtrail" "audit" {
  name           = "audit"
  s3_bucket_name = "audit-trail-logs"
  kms_key_id     = aws_kms_key.trail.arn
}
`,
    fixed: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "trail" {
  description         = "CloudTrail logs"
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
      Sid       = "CloudTrail"
      Effect    = "Allow"
      Principal = { Service = "cloudtrail.amazonaws.com" }
      Action    = ["kms:GenerateDataKey*", "kms:DescribeKey"]
      Resource  = "*"
      Condition = { StringLike = { "kms:EncryptionContext:aws:cloudtrail:arn" = "arn:aws:cloudtrail:*:\${data.aws_caller_identity.current.account_id}:trail/*" } }
    }]
  })
}

resource "aws_cloudtrail" "audit" {
  name           = "audit"
  s3_bucket_name = "audit-trail-logs"
  kms_key_id     = aws_kms_key.trail.arn
}
`,
  },
  check(ctx) {
    const folder = ctx.folder();
    for (const use of keyUsesIn(ctx.doc, folder)) {
      if (use.target.kind !== 'key') continue;
      const c = use.consumer;
      const context = contextValue(use);
      const vs = verdicts(folder, use.target.key, c.principal?.label, c.actions, context);
      if (!vs?.length) continue;
      const keyText = keyName(use.target);
      const callerNone = combined(vs, (v) => v.caller) === 'no';
      let severity: Severity;
      let message: string;
      if (c.principal) {
        if (combined(vs, (v) => v.service) !== 'no') continue;
        const denied = vs[0]!;
        const others = vs.length > 1 ? ` The other ${vs.length - 1} key ${vs.length === 2 ? 'policy' : 'policies'} set for the key do${vs.length === 2 ? 'es' : ''} not allow it either.` : '';
        const head = `\`${use.resource.address}\` is encrypted with ${keyText}, but ${why(denied, c, context, folder)}.${others}`;
        // Only the first action is what creating the resource needs (GenerateDataKey); the others fail later.
        const primary = c.actions.length > 1 ? verdicts(folder, use.target.key, c.principal.label, c.actions.slice(0, 1), context) : vs;
        const atCreate = !!primary && combined(primary, (v) => v.service) === 'no';
        if (!atCreate) {
          severity = 'warning';
          message = `${head} ${c.service} can write with the key but not read what it wrote; allow ${actionList(c.actions)}.`;
        } else if (c.mode === 'service-principal') {
          severity = 'error';
          message = `${head} ${c.service} must be allowed ${actionList(c.actions)} in the key policy; without it, creating the ${c.noun} fails.`;
        } else if (callerNone) {
          severity = 'error';
          message = `${head} The key policy lets no IAM principal of the account use the key either, so ${c.service} cannot encrypt with it: creating the ${c.noun} fails.`;
        } else {
          severity = 'warning';
          message = `${head} ${c.service} then works only if the IAM policies of the principals that create and write to the ${c.noun} allow ${actionList(c.actions)} on the key through \`kms:ViaService\` \`${c.viaService}.<region>.amazonaws.com\` (the key policy defers to IAM); otherwise allow ${c.service} in the key policy.`;
        }
      } else {
        if (!callerNone) continue;
        severity = c.usedAtCreate ? 'error' : 'warning';
        const outcome = c.usedAtCreate ? `creating the ${c.noun} fails` : `the ${c.noun} is created, but writing and reading its data fail`;
        message = `\`${use.resource.address}\` is encrypted with ${keyText}, whose key policy lets no principal of the account use it (${actionList(c.actions)}), and ${c.service} calls KMS with its caller's permissions: ${outcome}. Allow the account root (\`kms:*\`) or the roles that create and use it.`;
      }
      let fixes: Fix[] = [];
      if (c.principal) {
        const name = c.context ? knownString(presentAttribute(use.resource.block.body, c.context.nameArgument)?.value) : undefined;
        const grantCtx = grantContext(c, name);
        const grant = { label: c.principal.label, regional: c.principal.regional, service: c.service, noun: c.noun, actions: c.statementActions, ...(grantCtx ? { context: grantCtx } : {}) };
        fixes = policyFixes(ctx, folder, vs, use.target.key, grant, (v) => v.conditionMisses);
      }
      reportWithFixes(ctx, { span: use.attribute.value.span, address: use.resource.address, severity, message }, fixes);
    }
  },
};
