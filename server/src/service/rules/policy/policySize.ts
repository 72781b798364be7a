import type { Rule } from '../rule';
import { KEY_POLICY_MAX_BYTES } from '../../iam/grammar';
import { UNKNOWN_MARK, type PolicyNode } from '../../policy/model';
import { eachPolicy } from './each';

/** UTF-8 length of a string, without Node's Buffer (the service also runs outside Node). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of the node as minified JSON, counting unknown parts as empty: a lower bound of the real size. */
export function minifiedBytes(n: PolicyNode): number {
  switch (n.kind) {
    case 'string':
      return utf8Length(JSON.stringify(n.text.split(UNKNOWN_MARK).join('')));
    case 'number':
      return String(n.value).length;
    case 'bool':
      return n.value ? 4 : 5;
    case 'null':
      return 4;
    case 'unknown':
      return 0;
    case 'array':
      return 2 + Math.max(0, n.items.length - 1) + n.items.reduce((t, i) => t + minifiedBytes(i), 0);
    case 'object':
      return 2 + Math.max(0, n.entries.length - 1) + n.entries.reduce((t, e) => t + utf8Length(JSON.stringify(e.key ?? '')) + 1 + minifiedBytes(e.value), 0);
  }
}

/** A key policy that lets `count` roles use the key: over the limit from about 800 roles. */
function keyPolicyForRoles(count: number): string {
  const roles = Array.from({ length: count }, (_, i) => `          "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:role/application-role-${String(i).padStart(4, '0')}",`);
  return `data "aws_caller_identity" "current" {}

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
        Sid    = "AppUse"
        Effect = "Allow"
        Principal = { AWS = [
${roles.join('\n')}
        ] }
        Action   = ["kms:Decrypt", "kms:Encrypt"]
        Resource = "*"
      },
    ]
  })
}
`;
}

export const policySize: Rule = {
  id: 'policy-size',
  severity: 'error',
  category: 'policy',
  policyKinds: ['key'],
  summary: 'A key policy over 32 KB.',
  docs: 'KMS limits a key policy to 32 KB (32,768 bytes); a larger one fails at apply with LimitExceededException. The size is measured as minified JSON with Terraform values counted as empty, so the finding only appears when the policy is surely too large. Move grants of many principals to IAM policies or grants.',
  examples: {
    fires: keyPolicyForRoles(900),
    fixed: keyPolicyForRoles(20),
  },
  check(ctx) {
    eachPolicy(ctx, (policy, _view, report) => {
      if (policy.type !== 'key') return;
      const size = minifiedBytes(policy.source.root);
      if (size <= KEY_POLICY_MAX_BYTES) return;
      const r = policy.source.root;
      const b = policy.source.block;
      // A document block is anchored on its header; JSON and jsonencode on the opening brace.
      const span = policy.source.form === 'document' ? { start: b.span.start, end: Math.max(b.span.start, b.body.span.start - 1) } : { start: r.span.start, end: r.span.start + 1 };
      report({ span, message: `This key policy is at least ${size.toLocaleString('en-US')} bytes; KMS accepts at most ${KEY_POLICY_MAX_BYTES.toLocaleString('en-US')}.` });
    });
  },
};
