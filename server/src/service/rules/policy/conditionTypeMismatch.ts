import type { Rule } from '../rule';
import { operatorFitsKeyType, type OperatorFamily } from '../../iam/grammar';
import type { PolicyNode } from '../../policy/model';
import { clauseKey } from '../../policy/statements';
import { eachPolicy } from './each';

const FAMILY_OF_TYPE: Readonly<Record<string, string>> = {
  String: 'String', ArrayOfString: 'String', ARN: 'Arn (or String)', ArrayOfARN: 'Arn', Bool: 'Bool', Numeric: 'Numeric', Date: 'Date', IPAddress: 'IpAddress', Binary: 'BinaryEquals',
};

/** Values an operator family accepts; undefined when anything goes. */
const VALUE_TESTS: Partial<Record<OperatorFamily, { test: (v: string) => boolean; what: string }>> = {
  Bool: { test: (v) => /^(true|false)$/i.test(v), what: '"true" or "false"' },
  Null: { test: (v) => /^(true|false)$/i.test(v), what: '"true" (key absent) or "false" (key present)' },
  Numeric: { test: (v) => /^-?\d+(\.\d+)?$/.test(v), what: 'a number' },
  Date: { test: (v) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) || /^\d+$/.test(v), what: 'an ISO 8601 date or epoch seconds' },
  IPAddress: { test: (v) => /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/.test(v) || (/^[0-9a-fA-F:]+(\/\d{1,3})?$/.test(v) && v.includes(':')), what: 'an IP address or CIDR range' },
};

function scalarValues(n: PolicyNode): PolicyNode[] {
  return n.kind === 'array' ? [...n.items] : [n];
}

export const conditionTypeMismatch: Rule = {
  id: 'condition-type-mismatch',
  severity: 'warning',
  category: 'policy',
  summary: 'A condition operator of the wrong family for the key\'s type, or a value the operator cannot compare.',
  docs:
    'Each condition key has a type (String, ARN, Bool, Numeric, Date, IPAddress) and each operator compares one type. A String operator on a date ' +
    'key, or `Bool` with a value other than "true"/"false", never matches the way it reads. ARN keys also accept String operators; `Null` works on every key.',
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
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/app" }
        Action    = ["kms:Decrypt", "kms:Encrypt"]
        Resource  = "*"
        Condition = {
          Bool = { "aws:SecureTransport" = "yes" }
        }
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
        Condition = {
          Bool = { "aws:SecureTransport" = "true" }
        }
      },
    ]
  })
}
`,
  },
  check(ctx) {
    eachPolicy(ctx, (_policy, view, report) => {
      for (const s of view.statements) {
        for (const c of s.conditions) {
          if (!c.operator) continue;
          const family = c.operator.operator.family;
          const key = clauseKey(c);
          if (key && !operatorFitsKeyType(family, key.type, c.keyEntry.key!)) {
            report({ span: c.operatorEntry.keySpan, message: `${c.operatorEntry.key} compares ${family === 'ARN' ? 'ARNs' : family === 'IPAddress' ? 'IP addresses' : `${family.toLowerCase()} values`}, but ${c.keyEntry.key} is a ${key.type} key: use a ${FAMILY_OF_TYPE[key.type] ?? key.type} operator.` });
            continue;
          }
          const test = VALUE_TESTS[family];
          if (!test) continue;
          for (const v of scalarValues(c.values)) {
            const text = v.kind === 'string' ? v.value : v.kind === 'number' || v.kind === 'bool' ? String(v.value) : undefined;
            if (text === undefined) continue;
            if (!test.test(text)) report({ span: v.span, message: `${c.operatorEntry.key} expects ${test.what}, not ${JSON.stringify(text)}.` });
          }
        }
      }
    });
  },
};
