import type { Rule } from '../rule';
import { presentAttribute, asKmsBlock } from '../../blocks/kmsBlocks';
import { keyConfig } from '../../blocks/keyModel';
import { findDeclaration, referencesIn } from '../../blocks/references';
import { knownStringElements } from '../../blocks/values';
import { grantOperationsFor } from '../../schema/facts';
import { blockRuleInput } from './support';

export const grantOperationUnsupported: Rule = {
  id: 'grant-operation-unsupported',
  severity: 'warning',
  category: 'apply',
  summary: 'A grant operation the granted key cannot do, when the key is declared in the folder.',
  docs:
    'KMS rejects a grant for operations the key type does not support: `Sign` on a symmetric key, `GenerateDataKey` ' +
    'on an asymmetric key, `GenerateMac` on anything but an HMAC key. The rule follows `key_id = aws_kms_key.x.<attr>` ' +
    'to the key\'s spec and usage; it stays silent when they are not known.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_grant" "signer" {
  key_id            = aws_kms_key.app.key_id
  grantee_principal = "arn:aws:iam::111122223333:role/signer"
  operations        = ["Sign", "Decrypt"]
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_grant" "signer" {
  key_id            = aws_kms_key.app.key_id
  grantee_principal = "arn:aws:iam::111122223333:role/signer"
  operations        = ["Sign", "Verify"]
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const g of blocks) {
      if (g.kind !== 'resource' || g.type !== 'aws_kms_grant') continue;
      const keyId = presentAttribute(g.block.body, 'key_id');
      const ops = knownStringElements(presentAttribute(g.block.body, 'operations')?.value);
      if (!keyId || !ops) continue;
      const ref = referencesIn(ctx.doc).find((r) => r.span.start === keyId.value.span.start && r.kind === 'resource' && r.type === 'aws_kms_key');
      if (!ref?.name || (keyId.value.kind !== 'traversal')) continue;
      const decl = findDeclaration(ctx.folder(), 'resource', 'aws_kms_key', ref.name);
      const key = decl && asKmsBlock(decl.block);
      const cfg = key && keyConfig(key);
      if (!cfg || cfg.spec.value === undefined || cfg.usage.value === undefined) continue;
      const allowed = grantOperationsFor(cfg.spec.value, cfg.usage.value);
      for (const op of ops) {
        if (op.value === undefined || allowed.includes(op.value)) continue;
        ctx.report({
          span: op.expr.span,
          address: g.address,
          message: `\`${op.value}\` is not an operation of \`aws_kms_key.${ref.name}\` (${cfg.spec.value}, ${cfg.usage.value}); KMS rejects the grant at apply time. It can do: ${allowed.join(', ')}.`,
        });
      }
    }
  },
};
