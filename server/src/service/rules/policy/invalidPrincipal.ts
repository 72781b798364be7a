import type { Rule } from '../rule';
import { closest } from '../../text/closest';
import { PRINCIPAL_TYPES } from '../../iam/grammar';
import { renameKey } from '../../policy/edits';
import type { Fix } from '../../findings';
import { eachPolicy } from './each';

const TYPES = Object.keys(PRINCIPAL_TYPES);

/**
 * The AWS principal of a CloudFront origin access identity, as S3 bucket policies name it: its account part is
 * `cloudfront`, not 12 digits, and AWS accepts it (CloudFront Developer Guide, "Restricting access to an Amazon S3 origin").
 */
const CLOUDFRONT_OAI = /^arn:aws(-cn|-us-gov)?:iam::cloudfront:user\/CloudFront Origin Access Identity [A-Z0-9]+$/;

export const invalidPrincipal: Rule = {
  id: 'invalid-principal',
  severity: 'error',
  category: 'policy',
  policyKinds: ['key', 'trust', 'resource', 'unknown'],
  summary: 'A malformed principal: bad ARN, account ID not 12 digits, unknown principal type, malformed service name.',
  docs:
    'KMS rejects a key policy whose principals it cannot resolve. `AWS` principals are `"*"`, a 12-digit account ID, or an IAM/STS ARN ' +
    '(`arn:aws:iam::<account>:root`, `:role/<name>`, `:user/<name>`, `arn:aws:sts::<account>:assumed-role/<role>/<session>`); `Service` principals look ' +
    'like `logs.amazonaws.com`; `Federated` principals are identity-provider domains or SAML/OIDC provider ARNs. Values holding Terraform references are not judged.',
  examples: {
    fires: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdmin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "AppUse"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::11112222333:role/app" }
        Action    = ["kms:Decrypt", "kms:Encrypt"]
        Resource  = "*"
      },
    ]
  })
}
`,
    fixed: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdmin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "AppUse"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/app" }
        Action    = ["kms:Decrypt", "kms:Encrypt"]
        Resource  = "*"
      },
    ]
  })
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (policy, view, report) => {
      for (const s of view.statements) {
        const p = s.principal;
        if (!p) continue;
        if (p.entry.value.kind === 'object') {
          for (const e of p.entry.value.entries) {
            if (e.key === undefined || TYPES.includes(e.key) || (e.key === '*' && policy.source.form === 'document')) continue;
            const guess = closest(e.key, TYPES);
            const fixes: Fix[] = guess ? [{ title: `Change to ${guess}`, edits: [renameKey(ctx.doc, policy.source, e, guess)], preferred: true }] : [];
            report({ span: e.keySpan, message: `Unknown principal type "${e.key}"; use AWS, Service or Federated${guess ? ` (did you mean "${guess}"?)` : ''}.`, fixes });
          }
        }
        for (const pr of p.principals) {
          if (pr.identity.kind === 'malformed' && !(pr.type === 'AWS' && CLOUDFRONT_OAI.test(pr.node.text))) report({ span: pr.node.span, message: pr.identity.reason });
        }
      }
    });
  },
};
