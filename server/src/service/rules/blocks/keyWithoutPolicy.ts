import type { Rule } from '../rule';
import { presentAttribute, kmsBlocks } from '../../blocks/kmsBlocks';
import { referencesIn } from '../../blocks/references';
import { typeLabelSpan } from './support';
import { bindBlocks } from '../../model/bind';

const KEY_TYPES = new Set(['aws_kms_key', 'aws_kms_external_key', 'aws_kms_replica_key', 'aws_kms_replica_external_key']);

export const keyWithoutPolicy: Rule = {
  id: 'key-without-policy',
  severity: 'info',
  category: 'security',
  summary: 'A key with no `policy` and no `aws_kms_key_policy` for it in the folder: KMS applies the default key policy.',
  docs:
    'The default key policy gives the account root full access to the key, which lets any IAM principal with ' +
    'kms:* permissions in IAM use and manage it. Writing the key policy makes explicit who may administer and who ' +
    'may use the key. Silent when any `aws_kms_key_policy` of the folder targets a key the rule cannot resolve.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  enable_key_rotation = true
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation = true
}
`,
  },
  check(ctx) {
    // Only the keys without a policy are bound (for instance names and certainty): binding every block of the
    // file on each keystroke would cost what the rule never reads.
    const plain = kmsBlocks(ctx.doc).filter((k) => k.kind === 'resource' && KEY_TYPES.has(k.type) && !presentAttribute(k.block.body, 'policy'));
    if (!plain.length) return;
    const keys = bindBlocks(ctx.doc, ctx.folder(), plain).filter((k) => !presentAttribute(k.block.body, 'policy'));
    for (const k of keys) ctx.bind?.(k);
    if (!keys.length) return;
    const covered = new Set<string>();
    let unresolved = false;
    for (const d of ctx.folder()) {
      for (const p of kmsBlocks(d)) {
        if (p.kind !== 'resource' || p.type !== 'aws_kms_key_policy') continue;
        const keyId = presentAttribute(p.block.body, 'key_id');
        if (!keyId) continue;
        const ref = referencesIn(d).find((r) => r.span.start >= keyId.value.span.start && r.span.end <= keyId.value.span.end && r.kind === 'resource' && KEY_TYPES.has(r.type));
        if (ref?.address) covered.add(ref.address);
        else unresolved = true;
      }
    }
    if (unresolved) return;
    for (const k of keys) {
      if (covered.has(k.address)) continue;
      ctx.report({ span: typeLabelSpan(k), address: k.address, message: `\`${k.address}\` has no key policy: KMS applies the default key policy, which defers to IAM policies of the account.` });
    }
  },
};
