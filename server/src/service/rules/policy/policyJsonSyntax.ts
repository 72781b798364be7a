import type { Rule } from '../rule';
import { eachPolicy } from './each';

export const policyJsonSyntax: Rule = {
  id: 'policy-json-syntax',
  severity: 'error',
  category: 'policy',
  summary: 'Policy JSON text (heredoc or quoted string) that is not valid JSON.',
  docs:
    'A policy written as text must be strict JSON: double-quoted keys and strings, commas between items and none after the last one, no comments. ' +
    'The provider rejects invalid JSON at plan time. The finding points at the first offending character; `${...}` interpolations count as values. ' +
    'Writing the policy with `jsonencode({...})` avoids the whole class of errors.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
  policy              = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AccountAdmin",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "kms:*",
      "Resource": "*",
    }
  ]
}
EOF
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
  policy              = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AccountAdmin",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "kms:*",
      "Resource": "*"
    }
  ]
}
EOF
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (policy, _view, report) => {
      for (const e of policy.source.syntaxErrors) report({ span: e.span, message: e.message });
    });
  },
};
