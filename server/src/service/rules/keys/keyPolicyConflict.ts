import type { Rule } from '../rule';
import { declarationsOf } from '../../blocks/references';
import { knownPolicySetters, type KeyPolicySetter } from '../../keys/policies';
import { resolveKey } from '../../keys/resolve';
import { presentAttribute } from '../../blocks/kmsBlocks';

function describeSetter(s: KeyPolicySetter): string {
  return s.setter.type === 'aws_kms_key_policy' ? `\`${s.setter.address}\`` : `the \`policy\` argument of \`${s.setter.address}\``;
}

function sentence(parts: readonly string[]): string {
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const keyPolicyConflict: Rule = {
  id: 'key-policy-conflict',
  severity: 'warning',
  category: 'apply',
  summary: 'Two `aws_kms_key_policy` resources for one key, or a key with a `policy` argument and an `aws_kms_key_policy` as well.',
  docs:
    'A key has one key policy. When two resources set it, each apply writes its own version over the other: the ' +
    'policy in force depends on the order of the last apply, and every plan shows a change again. Keep one place ' +
    'that sets the policy: either the key\'s `policy` argument or a single `aws_kms_key_policy`, merging the ' +
    'statements of the others into it.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "app" {
  key_id = aws_kms_key.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" }]
  })
}

resource "aws_kms_key_policy" "app_debug" {
  key_id = aws_kms_key.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" }]
  })
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "app" {
  key_id = aws_kms_key.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" }]
  })
}
`,
  },
  check(ctx) {
    const folder = ctx.folder();
    for (const decl of declarationsOf(ctx.doc)) {
      if (decl.kind !== 'resource') continue;
      let keyAddress: string | undefined;
      if (decl.type === 'aws_kms_key_policy') {
        const t = resolveKey(folder, presentAttribute(decl.block.body, 'key_id')?.value);
        keyAddress = t?.kind === 'key' ? t.key.address : undefined;
      } else keyAddress = decl.address;
      if (!keyAddress) continue;
      const setters = knownPolicySetters(folder, keyAddress);
      if (setters.length < 2) continue;
      const mine = setters.find((s) => s.setter.block === decl.block);
      if (!mine) continue;
      const others = setters.filter((s) => s !== mine);
      const span = mine.setter.type === 'aws_kms_key_policy' ? (presentAttribute(decl.block.body, 'key_id')?.nameSpan ?? mine.attribute.nameSpan) : mine.attribute.nameSpan;
      ctx.report({
        span,
        address: decl.address,
        message: `${sentence([mine, ...others].map(describeSetter))} ${others.length === 1 ? 'both' : 'all'} set the key policy of \`${keyAddress}\`: each apply overwrites the other and plans never settle. Keep one and merge the statements into it.`,
        related: others.map((o) => ({ uri: o.setter.doc.uri, span: o.attribute.nameSpan, message: `${describeSetter(o)} also sets the key policy of \`${keyAddress}\`` })),
      });
    }
  },
};
