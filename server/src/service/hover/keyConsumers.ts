/**
 * Hover on a consumer's key argument (`kms_key_id` of a log group...): the key it names, its spec, and whether
 * its key policy lets the service in.
 */
import type { Hover } from '../types';
import type { RequestContext } from '../context';
import type { Block } from '../hcl/model';
import { combined, contextValue, keySpec, keyUsesIn, verdicts } from '../keys/consumers';
import type { Tri } from '../keys/evaluate';

const within = (s: { start: number; end: number }, o: number) => o >= s.start && o <= s.end;

export function hoverKeyConsumer(ctx: RequestContext, top: Block): Hover | undefined {
  const { doc, offset } = ctx;
  const use = keyUsesIn(doc, ctx.folder).find((u) => u.resource.block === top && within(u.attribute.nameSpan, offset));
  if (!use) return undefined;
  const c = use.consumer;
  const lines = [`**\`${c.argument}\`** — the KMS key ${c.service} encrypts this ${c.noun} with.`];
  if (use.target.kind === 'unknown') {
    lines.push(`The key is ${use.target.reason}: known only at apply.`);
  } else {
    const key = use.target.key;
    const spec = keySpec(ctx.folder, key);
    lines.push(`Key: \`${key.address}\`${use.target.alias ? ` (through \`${use.target.alias.address}\`)` : ''}, spec ${spec ?? 'known at apply'}${spec && spec !== 'SYMMETRIC_DEFAULT' && c.symmetricOnly ? ` — ${c.service} takes only symmetric encryption keys` : ''}.`);
    const actions = c.actions.map((a) => `kms:${a}`).join(', ');
    const vs = verdicts(ctx.folder, key, c.principal?.label, c.actions, contextValue(use));
    const word = (t: Tri) => (t === 'yes' ? 'allows' : t === 'no' ? 'does not allow' : 'may allow (depends on values known at apply)');
    if (!vs) lines.push('Its key policy is known only at apply.');
    else if (c.principal) {
      lines.push(`Its key policy ${word(combined(vs, (v) => v.service))} ${c.service} (\`${c.principal.shown}\`) ${actions}${c.context ? ` for this ${c.noun}'s \`${c.context.key}\`` : ''}.`);
      if (c.mode === 'both') lines.push(`${c.service} can also use the permissions of its callers through \`kms:ViaService\`; the key policy ${word(combined(vs, (v) => v.caller))} principals of the account ${actions}.`);
    } else {
      lines.push(`${c.service} calls KMS with its caller's permissions (\`kms:ViaService\` \`${c.viaService}.<region>.amazonaws.com\`); the key policy ${word(combined(vs, (v) => v.caller))} principals of the account ${actions}.`);
    }
  }
  lines.push(`[${c.service} and KMS](${c.source})`);
  return { contents: lines.join('\n\n'), span: use.attribute.nameSpan };
}
