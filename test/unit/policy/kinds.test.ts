/** Policies are judged by the kind their use gives them: key, identity, trust, another service's resource policy, or unknown. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, findingsOf, useParser } from '../harness';

useParser();

const only = ['policy-structure', 'wildcard-principal', 'invalid-principal', 'key-policy-resource', 'policy-lockout', 'non-kms-action-in-key-policy'];

describe('policy kinds', () => {
  it('a trust policy needs no resource (the example of a Lambda role)', () => {
    checkDiagnostics(
      `data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}
resource "aws_iam_role" "this" {
  name               = "example"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}
`,
      { only },
    );
  });

  it('a trust policy rejects a resource and needs a principal, and says it was read as one', () => {
    checkDiagnostics(
      `resource "aws_iam_role" "this" {
  name = "example"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { Service = "ec2.amazonaws.com" }
        Resource  = "*"
#       ^^^^^^^^ error policy-structure: In this trust policy: A trust policy names no resource (the role is the resource); IAM rejects \`Resource\` here.
      },
      {
#     ^ error policy-structure: In this trust policy: A statement of a trust policy must name a principal (\`Principal\`).
        Effect = "Allow"
        Action = "sts:AssumeRole"
      },
    ]
  })
}
`,
      { only },
    );
  });

  it('an S3 bucket policy: no KMS rules, a narrowing condition of another service counts', () => {
    checkDiagnostics(
      `resource "aws_s3_bucket_policy" "b" {
  bucket = "example"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ThroughTheEndpoint"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:GetObject", "s3:PutObject"]
        Resource  = "arn:aws:s3:::example/*"
        Condition = { StringEquals = { "AWS:SourceVpce" = "vpce-1a2b3c4d" } }
      },
      {
        Sid       = "Delegated"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "*"
        Resource  = ["arn:aws:s3:::example", "arn:aws:s3:::example/*"]
        Condition = { StringEquals = { "s3:DataAccessPointAccount" = "111122223333" } }
      },
      {
        Sid       = "Public"
        Effect    = "Allow"
        Principal = "*"
#                   ^^^ warning wildcard-principal: In this S3 bucket policy: Allows everyone ("*") without a condition that narrows who (aws:PrincipalOrgID, kms:CallerAccount, kms:ViaService, aws:SourceAccount...).
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::example/*"
      },
    ]
  })
}
`,
      { only },
    );
  });

  it('the wildcard fix in another service proposes aws:PrincipalOrgID, not a KMS key', () => {
    const text = `resource "aws_sqs_queue_policy" "q" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/111122223333/q"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}
`;
    const fixed = applyFix(text, 'wildcard-principal');
    assert.match(fixed, /Condition = \{\s*StringEquals = \{\s*"aws:PrincipalOrgID" = "\$\{data\.aws_organizations_organization\.current\.id\}"/);
    assert.match(fixed, /data "aws_organizations_organization" "current" \{\}/);
    assert.doesNotMatch(fixed, /kms:CallerAccount/);
    assert.deepEqual(findingsOf(fixed, { only: ['wildcard-principal'] }), []);
  });

  it('a document used in places of two kinds, or passed to a module, is checked only for what holds everywhere', () => {
    const doc = `data "aws_iam_policy_document" "d" {
  statement {
    actions = ["kms:Decrypt"]
  }
}
`;
    const twoKinds = `${doc}resource "aws_kms_key" "k" {
  policy = data.aws_iam_policy_document.d.json
}
resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.d.json
}
`;
    assert.deepEqual(findingsOf(twoKinds, { only }).map((f) => f.message), []);
    const module = `${doc}module "m" {
  source = "./m"
  policy = data.aws_iam_policy_document.d.json
}
`;
    assert.deepEqual(findingsOf(module, { only }).map((f) => f.message), []);
    // Still checked everywhere: element names.
    const typo = module.replace('actions =', 'action =');
    assert.deepEqual(findingsOf(typo, { only }).map((f) => f.message), ['A `statement` block has no argument or block `action`; did you mean `actions`?']);
  });

  it('a document merged into a key policy is read as a key policy; one held by a local takes the local’s use', () => {
    const text = `data "aws_iam_policy_document" "base" {
  statement {
    sid     = "Root"
    actions = ["kms:*"]
    resources = ["arn:aws:kms:us-east-1:111122223333:key/x"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
data "aws_iam_policy_document" "key" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
}
resource "aws_kms_key" "k" {
  policy = data.aws_iam_policy_document.key.json
}
`;
    assert.deepEqual(findingsOf(text, { only: ['key-policy-resource'] }).map((f) => f.ruleId), ['key-policy-resource']);
    const viaLocal = text.replace('source_policy_documents = [data.aws_iam_policy_document.base.json]', 'source_policy_documents = [local.base]') + 'locals {\n  base = data.aws_iam_policy_document.base.json\n}\n';
    assert.deepEqual(findingsOf(viaLocal, { only: ['key-policy-resource'] }).map((f) => f.ruleId), ['key-policy-resource']);
  });

  it('an identity policy: a missing resource is an error; a key policy: a warning (KMS accepts it)', () => {
    const identity = `resource "aws_iam_role_policy" "p" {
  role = "r"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "kms:Decrypt" }]
  })
}
`;
    assert.deepEqual(findingsOf(identity, { only: ['policy-structure'] }).map((f) => `${f.severity} ${f.message}`), ['error The statement has no `Resource` or `NotResource`.']);
    const keyPolicy = `resource "aws_kms_key" "k" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" },
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/r" }, Action = "kms:Decrypt" },
    ]
  })
}
`;
    assert.deepEqual(findingsOf(keyPolicy, { only: ['policy-structure'] }).map((f) => `${f.severity} ${f.message}`), ['warning The statement has no `Resource` or `NotResource`: KMS accepts it, but it has no effect.']);
  });

  it('an inline policy of a role is an identity policy', () => {
    const text = `resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  inline_policy {
    name   = "p"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Principal = "*", Resource = "*" }] })
  }
}
`;
    assert.deepEqual(findingsOf(text, { only }).map((f) => f.message), [
      'An identity policy cannot name a principal: it applies to the user, group or role it is attached to. Remove `Principal`.',
    ]);
  });
});
