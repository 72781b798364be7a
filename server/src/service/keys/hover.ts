/**
 * Hover for keys in context: on a key block's header (the `resource` keyword or the name label), who can use the
 * key; on a consumer's key argument (`kms_key_id` of a log group...), the key, its spec and whether its policy
 * lets the service in.
 */
import type { Hover } from '../types';
import type { RequestContext } from '../context';
import { declarationsOf } from '../blocks/references';
import { keyAccess } from './access';
import { accessMarkdown } from './render';
import { combined, contextValue, keySpec, keyUsesIn, verdicts } from './consumers';
import { KEY_TYPES } from './resolve';
import type { Tri } from './evaluate';

const within = (s: { start: number; end: number }, o: number) => o >= s.start && o <= s.end;

export function hoverKeys(req: RequestContext): Hover | undefined {
  const { doc, offset, top } = req;
  if (!top || top.type !== 'resource') return undefined;
  const folder = () => req.folder;
  const type = top.labels[0]?.value;
  const nameLabel = top.labels[1];
  if (type && KEY_TYPES.has(type) && (within(top.typeSpan, offset) || (nameLabel && within(nameLabel.span, offset)))) {
    const key = declarationsOf(doc).find((d) => d.block === top);
    if (!key) return undefined;
    return { contents: accessMarkdown(keyAccess(folder(), key), folder()), span: { start: top.span.start, end: nameLabel?.span.end ?? top.typeSpan.end } };
  }
  const use = keyUsesIn(doc, folder()).find((u) => u.resource.block === top && within(u.attribute.nameSpan, offset));
  if (!use) return undefined;
  const c = use.consumer;
  const lines = [`**\`${c.argument}\`** — the KMS key ${c.service} encrypts this ${c.noun} with.`];
  if (use.target.kind === 'unknown') {
    lines.push(`The key is ${use.target.reason}: known only at apply.`);
  } else {
    const key = use.target.key;
    const spec = keySpec(folder(), key);
    lines.push(`Key: \`${key.address}\`${use.target.alias ? ` (through \`${use.target.alias.address}\`)` : ''}, spec ${spec ?? 'known at apply'}${spec && spec !== 'SYMMETRIC_DEFAULT' && c.symmetricOnly ? ` — ${c.service} takes only symmetric encryption keys` : ''}.`);
    const actions = c.actions.map((a) => `kms:${a}`).join(', ');
    const vs = verdicts(folder(), key, c.principal?.label, c.actions, contextValue(use));
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
