/**
 * Who can use a key: the rows of its key policy (or the default key policy), the identity policies of the folder
 * that allow KMS actions on it when the key policy lets the account's IAM policies decide, and its grants. Deny
 * statements and conditions are rows of their own, never merged away. The statement reading is the access
 * summary's (policy/describe.ts: principals and actions); this module only gathers the sources for one key.
 */
import type { ParsedDocument } from '../document';
import type { Attribute, Block, Expression, Span } from '../hcl/model';
import { declarationsOf, findDeclaration, type Declaration } from '../blocks/references';
import { presentAttribute } from '../blocks/kmsBlocks';
import { knownString, knownStringElements } from '../blocks/values';
import { CRYPTOGRAPHIC_ACTIONS, DECRYPTING_ACTIONS, kmsActions, type KmsAction } from '../iam/catalog';
import { describePrincipal, statementActions } from '../policy/describe';
import { policiesOf, policyNamed } from '../policy/find';
import { nodeFromHcl } from '../policy/fromHcl';
import { decodeTemplate, parseJson } from '../policy/json';
import { hasUnknownItems, type Policy, type PolicySource } from '../policy/model';
import { policyView, type PrincipalRef, type StatementView } from '../policy/statements';
import { keyPolicies, type KeyPolicies } from './policies';
import { resolveKey } from './resolve';

export type AccessLevel = 'decrypt' | 'encrypt' | 'administer' | 'read';

export interface AccessRow {
  /** Who, in words (`this account (root)`, `aws_iam_role.app`, `role admin in account 111122223333`). */
  readonly principal: string;
  readonly via: 'key policy' | 'identity policy' | 'grant';
  /** The policy or grant resource it comes from (`aws_kms_key_policy.main`, `aws_iam_policy.kms`). */
  readonly from: string;
  readonly effect: 'Allow' | 'Deny' | 'Effect?';
  readonly levels: readonly AccessLevel[];
  readonly actions: string;
  readonly conditions: string;
  readonly uri: string;
  readonly span: Span;
}

export interface KeyAccess {
  readonly key: Declaration;
  readonly policies: KeyPolicies['kind'];
  readonly rows: readonly AccessRow[];
  /** The key policy lets the account's IAM policies decide (an allow to the account root). */
  readonly delegatesToIam: boolean;
  readonly notes: readonly string[];
}

const LEVEL_ORDER: readonly AccessLevel[] = ['decrypt', 'encrypt', 'administer', 'read'];

export function levelsOf(actions: readonly KmsAction[]): AccessLevel[] {
  const out = new Set<AccessLevel>();
  for (const a of actions) {
    if (DECRYPTING_ACTIONS.has(a.name)) out.add('decrypt');
    else if (CRYPTOGRAPHIC_ACTIONS.has(a.name)) out.add('encrypt');
    else if (a.accessLevel === 'Permissions management' || a.accessLevel === 'Write') out.add('administer');
    else if (a.accessLevel === 'Read' || a.accessLevel === 'List') out.add('read');
  }
  return LEVEL_ORDER.filter((l) => out.has(l));
}

function actionsText(kms: readonly KmsAction[], unknown: boolean): string {
  if (kms.length === kmsActions.length) return 'kms:*';
  const names = kms.map((a) => a.name).sort();
  const shown = names.length > 6 ? `${names.slice(0, 6).join(', ')} +${names.length - 6}` : names.join(', ');
  return [shown, unknown ? '(more known at apply)' : ''].filter(Boolean).join(' ') || '—';
}

function conditionsText(s: StatementView, text: (span: Span) => string): string {
  if (!s.conditionEntry) return 'none';
  if (!s.conditions.length) return 'known at apply';
  return s.conditions.map((c) => `${c.operatorEntry.key ?? '?'} ${c.keyEntry.key ?? '?'} ${text(c.values.span).replace(/\s+/g, ' ')}`).join('; ');
}

function textIn(folder: readonly ParsedDocument[], uri: string): (s: Span) => string {
  const d = folder.find((x) => x.uri === uri);
  return (s) => (d ? d.text.slice(s.start, s.end) : '');
}

/**
 * A principal of a key policy: a user or role of the folder by its address, one outside the folder by its ARN,
 * accounts and services in words.
 */
function principalLabel(p: PrincipalRef, raw: string): string {
  const inFolder = /^\$\{(aws_iam_(?:role|user)\.[A-Za-z0-9_-]+)\.(?:arn|unique_id)\}$/.exec(raw);
  if (inFolder) return `\`${inFolder[1]}\``;
  if (p.identity.kind === 'iam') return `\`${raw}\``;
  return describePrincipal(p, raw);
}

/** Rows of one statement: one per principal (or `who` for identity policies). */
function statementRows(s: StatementView, source: PolicySource, folder: readonly ParsedDocument[], via: AccessRow['via'], from: string, who?: readonly string[]): AccessRow[] {
  const text = textIn(folder, source.uri);
  const { kms, unknown } = statementActions(s);
  if (!kms.length && !unknown) return [];
  const principals: string[] = who ? [...who] : (s.principal ? s.principal.principals.map((p) => (s.principal!.name === 'NotPrincipal' ? 'everyone except ' : '') + principalLabel(p, text(p.node.contentSpan))) : []);
  const pv = s.principal?.entry.value;
  // Principals hidden in values known only at apply (a list or map built by an expression), not those written.
  if (!who && pv && (pv.kind === 'unknown' || (pv.kind === 'object' && pv.entries.some((e) => e.key === undefined || e.value.kind === 'unknown' || hasUnknownItems(e.value))))) principals.push('principals known at apply');
  return principals.map((principal) => ({
    principal,
    via,
    from,
    effect: s.effect ?? 'Effect?',
    levels: levelsOf(kms),
    actions: actionsText(kms, unknown),
    conditions: conditionsText(s, text),
    uri: source.uri,
    span: s.node.span,
  }));
}

/** An allow to an account root: IAM policies of that account decide (as far as they allow). */
function delegates(view: ReturnType<typeof policyView>): boolean {
  return view.statements.some((s) => s.effect === 'Allow' && s.principal?.name === 'Principal' && s.principal.principals.some((p) => p.identity.kind === 'account-root') && statementActions(s).kms.length > 0);
}

// --- identity policies --------------------------------------------------------------------------------------

/** A reference to a resource (`aws_iam_role.app.name`) as its address, or a literal as written. */
function whoOf(e: Expression | undefined, kind: string): string | undefined {
  if (!e) return undefined;
  if (e.kind === 'string' && e.parts.length === 1 && e.parts[0]!.kind === 'interpolation' && e.parts[0]!.expr) return whoOf(e.parts[0]!.expr, kind);
  if (e.kind === 'traversal' && e.root.startsWith('aws_iam_')) {
    const name = e.steps[0]?.name;
    return name ? `\`${e.root}.${name}\`` : undefined;
  }
  const v = knownString(e);
  return v !== undefined ? (v.startsWith('arn:') ? `\`${v}\`` : `${kind} ${v}`) : undefined;
}

function refersTo(e: Expression | undefined, address: string, text: string): boolean {
  if (!e) return false;
  const t = text.slice(e.span.start, e.span.end);
  return new RegExp(`\\b${address.replace(/\./g, '\\.')}(\\[[^\\]]*\\])?\\.(arn|id)\\b`).test(t);
}

/** Who holds an identity policy used by `usedBy` (an aws_iam_*_policy or aws_iam_policy), across the folder. */
function holders(folder: readonly ParsedDocument[], usedBy: string): string[] {
  const [type, name] = usedBy.split('.');
  if (!type || !name) return [];
  const decl = findDeclaration(folder, 'resource', type, name);
  if (!decl) return [];
  const direct: Record<string, [string, string]> = { aws_iam_role_policy: ['role', 'role'], aws_iam_user_policy: ['user', 'user'], aws_iam_group_policy: ['group', 'group'] };
  const d = direct[type];
  if (d) {
    const w = whoOf(presentAttribute(decl.block.body, d[0])?.value, d[1]);
    return w ? [w] : [`the ${d[1]} of \`${usedBy}\``];
  }
  if (type === 'aws_iam_role' || type === 'aws_iam_user' || type === 'aws_iam_group') return [`\`${usedBy}\``];
  if (type !== 'aws_iam_policy') return [];
  const out: string[] = [];
  for (const doc of folder) {
    for (const x of declarationsOf(doc)) {
      if (x.kind !== 'resource') continue;
      const body = x.block.body;
      const attach: Record<string, [string, string]> = { aws_iam_role_policy_attachment: ['role', 'role'], aws_iam_user_policy_attachment: ['user', 'user'], aws_iam_group_policy_attachment: ['group', 'group'] };
      const a = attach[x.type];
      if (a && refersTo(presentAttribute(body, 'policy_arn')?.value, usedBy, doc.text)) {
        const w = whoOf(presentAttribute(body, a[0])?.value, a[1]);
        if (w) out.push(w);
      }
      if (x.type === 'aws_iam_policy_attachment' && refersTo(presentAttribute(body, 'policy_arn')?.value, usedBy, doc.text)) {
        for (const [arg, kind] of [['roles', 'role'], ['users', 'user'], ['groups', 'group']] as const) {
          const list = presentAttribute(body, arg)?.value;
          if (list?.kind === 'tuple') for (const item of list.items) out.push(whoOf(item, kind) ?? `a ${kind} known at apply`);
        }
      }
      if (x.type === 'aws_iam_role') {
        const arns = presentAttribute(body, 'managed_policy_arns')?.value;
        if (arns?.kind === 'tuple' && arns.items.some((i) => refersTo(i, usedBy, doc.text))) out.push(`\`${x.address}\``);
      }
    }
  }
  return out.length ? [...new Set(out)] : [`holders of \`${usedBy}\` (not attached in the folder)`];
}

/** `inline_policy` blocks of aws_iam_role resources (not found by the policy scan, which reads `policy` arguments). */
function inlinePolicies(doc: ParsedDocument, folder: readonly ParsedDocument[]): { source: PolicySource; role: Declaration }[] {
  const out: { source: PolicySource; role: Declaration }[] = [];
  for (const role of declarationsOf(doc)) {
    if (role.kind !== 'resource' || role.type !== 'aws_iam_role') continue;
    for (const b of role.block.body.blocks) {
      if (b.type !== 'inline_policy') continue;
      const a = presentAttribute(b.body, 'policy');
      const s = a && sourceOf(doc, folder, role.block, a, role.address);
      if (s) out.push({ source: s, role });
    }
  }
  return out;
}

function sourceOf(doc: ParsedDocument, folder: readonly ParsedDocument[], block: Block, a: Attribute, address: string): PolicySource | undefined {
  const v = a.value;
  const base = { uri: doc.uri, block, address, span: v.span, quoted: false, partial: false, syntaxErrors: [], inlineType: 'identity' as const };
  if (v.kind === 'call' && v.name === 'jsonencode' && v.args.length === 1) return { ...base, form: 'jsonencode', root: nodeFromHcl(v.args[0]!), partial: v.args[0]!.kind !== 'object' };
  if (v.kind === 'string' && v.parts.some((p) => p.kind === 'literal')) {
    const decoded = decodeTemplate(doc.text, v);
    const parsed = parseJson(decoded);
    return parsed.root ? { ...base, form: 'json', root: parsed.root, quoted: !v.heredoc, partial: decoded.hasDirectives } : undefined;
  }
  if (v.kind === 'traversal' && v.root === 'data' && v.steps[0]?.name === 'aws_iam_policy_document' && v.steps[1]?.name) return policyNamed(folder, 'document', v.steps[1].name)?.source;
  return undefined;
}

/** Whether a statement's Resource may name the key: `*`, a pattern over key ARNs, or a reference to it or its aliases. */
function coversKey(s: StatementView, source: PolicySource, folder: readonly ParsedDocument[], refs: readonly string[]): boolean {
  const r = s.resource;
  if (!r || r.name !== 'Resource') return false;
  const text = textIn(folder, source.uri)(r.entry.value.span);
  if (refs.some((a) => new RegExp(`\\b${a.replace(/\./g, '\\.')}(\\[[^\\]]*\\])?\\.(arn|key_id|id|target_key_arn)\\b`).test(text))) return true;
  return r.items.some((i) => i.value === '*' || (i.value !== undefined && /^arn:[^:]*:kms:[^:]*:[^:]*:key\/.*\*/.test(i.value)) || (i.value !== undefined && /^arn:[^:]*:kms:[^:]*:[^:]*:\*$/.test(i.value)));
}

function identityRows(key: Declaration, folder: readonly ParsedDocument[]): AccessRow[] {
  const aliases = folder.flatMap((d) => declarationsOf(d)).filter((x) => x.type === 'aws_kms_alias' && resolveKey(folder, presentAttribute(x.block.body, 'target_key_id')?.value)?.kind === 'key' && (resolveKey(folder, presentAttribute(x.block.body, 'target_key_id')?.value) as { key: Declaration }).key.address === key.address);
  const refs = [key.address, ...aliases.map((a) => a.address)];
  const rows: AccessRow[] = [];
  for (const doc of folder) {
    const policies: { policy: Pick<Policy, 'source' | 'usedBy'>; who: string[] }[] = policiesOf(doc, folder)
      .filter((p) => p.type === 'identity')
      .map((p) => ({ policy: p, who: p.usedBy.flatMap((u) => holders(folder, u)) }));
    for (const { source, role } of inlinePolicies(doc, folder)) {
      if (policies.some((p) => p.policy.source.uri === source.uri && p.policy.source.span.start === source.span.start)) continue;
      policies.push({ policy: { source, usedBy: [role.address] }, who: [`\`${role.address}\``] });
    }
    for (const { policy, who } of policies) {
      const view = policyView(policy.source);
      for (const s of view.statements) {
        if (!coversKey(s, policy.source, folder, refs)) continue;
        // ListKeys, ListAliases... apply to no key: they are not access to this one.
        const { kms, unknown } = statementActions(s);
        if (!unknown && !kms.some((a) => a.resourceTypes.some((t) => t.name === 'key'))) continue;
        rows.push(...statementRows(s, policy.source, folder, 'identity policy', policy.usedBy[0] ?? policy.source.address, who.length ? who : ['holders known at apply']));
      }
    }
  }
  return rows;
}

// --- grants ---------------------------------------------------------------------------------------------------

const GRANT_LEVELS: Readonly<Record<string, AccessLevel>> = {
  Decrypt: 'decrypt', GenerateDataKey: 'decrypt', GenerateDataKeyPair: 'decrypt', ReEncryptFrom: 'decrypt',
  Encrypt: 'encrypt', GenerateDataKeyWithoutPlaintext: 'encrypt', GenerateDataKeyPairWithoutPlaintext: 'encrypt', ReEncryptTo: 'encrypt', Sign: 'encrypt', Verify: 'encrypt',
  GenerateMac: 'encrypt', VerifyMac: 'encrypt', DeriveSharedSecret: 'encrypt', GetPublicKey: 'read', DescribeKey: 'read', CreateGrant: 'administer', RetireGrant: 'administer',
};

function grantRows(key: Declaration, folder: readonly ParsedDocument[]): AccessRow[] {
  const rows: AccessRow[] = [];
  for (const doc of folder) {
    for (const g of declarationsOf(doc)) {
      if (g.kind !== 'resource' || g.type !== 'aws_kms_grant') continue;
      const t = resolveKey(folder, presentAttribute(g.block.body, 'key_id')?.value);
      if (t?.kind !== 'key' || t.key.address !== key.address) continue;
      const grantee = presentAttribute(g.block.body, 'grantee_principal')?.value;
      const who = grantee ? (whoOf(grantee, 'principal') ?? `\`${doc.text.slice(grantee.span.start, grantee.span.end)}\``) : 'grantee known at apply';
      const ops = knownStringElements(presentAttribute(g.block.body, 'operations')?.value);
      const levels = new Set((ops ?? []).map((o) => (o.value ? GRANT_LEVELS[o.value] : undefined)).filter((l): l is AccessLevel => !!l));
      const constraints = g.block.body.blocks.filter((b) => b.type === 'constraints').map((b) => doc.text.slice(b.body.span.start, b.body.span.end).replace(/\s+/g, ' ').trim());
      rows.push({
        principal: who,
        via: 'grant',
        from: g.address,
        effect: 'Allow',
        levels: LEVEL_ORDER.filter((l) => levels.has(l)),
        actions: ops ? ops.map((o) => o.value ?? '?').join(', ') : 'known at apply',
        conditions: constraints.length ? `encryption context ${constraints.join('; ')}` : 'none',
        uri: doc.uri,
        span: g.block.span,
      });
    }
  }
  return rows;
}

/** The effective access to a key declared in the folder. */
export function keyAccess(folder: readonly ParsedDocument[], key: Declaration): KeyAccess {
  const policies = keyPolicies(folder, key);
  const rows: AccessRow[] = [];
  const notes: string[] = [];
  let delegatesToIam = false;
  if (policies.kind === 'default') {
    delegatesToIam = true;
    rows.push({ principal: 'this account (root)', via: 'key policy', from: 'default key policy', effect: 'Allow', levels: levelsOf(kmsActions), actions: 'kms:*', conditions: 'none', uri: key.doc.uri, span: key.block.span });
    notes.push('No key policy in the folder: KMS applies the default key policy, which lets the account\'s IAM policies decide.');
  } else if (policies.kind === 'unknown') {
    notes.push('An `aws_kms_key_policy` of the folder targets a key known only at apply: it may set this key\'s policy.');
  }
  if (policies.kind === 'set') {
    if (policies.setters.length > 1) notes.push(`${policies.setters.length} resources set this key's policy (${policies.setters.map((s) => `\`${s.setter.address}\``).join(', ')}): the last one applied wins.`);
    for (const s of policies.setters) {
      if (!s.policy) {
        notes.push(`The policy in \`${s.setter.address}\` is known only at apply.`);
        continue;
      }
      const view = policyView(s.policy.source);
      if (view.incomplete) notes.push(`Parts of the policy in \`${s.setter.address}\` are known only at apply.`);
      if (delegates(view)) delegatesToIam = true;
      for (const st of view.statements) rows.push(...statementRows(st, s.policy.source, folder, 'key policy', s.setter.address));
    }
  }
  if (delegatesToIam) rows.push(...identityRows(key, folder));
  else if (policies.kind === 'set' && policies.setters.every((s) => s.policy && !policyView(s.policy.source).incomplete)) notes.push('The key policy allows no account root: identity policies grant nothing on this key.');
  rows.push(...grantRows(key, folder));
  return { key, policies: policies.kind, rows, delegatesToIam, notes };
}

/** `decrypt: 3 principals · administer: 1 · 2 grants`. */
export function accessSummaryLine(a: KeyAccess): string {
  const allowed = (level: AccessLevel) => new Set(a.rows.filter((r) => r.effect === 'Allow' && r.via !== 'grant' && r.levels.includes(level)).map((r) => r.principal)).size;
  const grants = new Set(a.rows.filter((r) => r.via === 'grant').map((r) => r.from)).size;
  const decrypt = allowed('decrypt');
  const denies = a.rows.filter((r) => r.effect === 'Deny').length;
  const parts = [`decrypt: ${decrypt} principal${decrypt === 1 ? '' : 's'}`, `administer: ${allowed('administer')}`, `${grants} grant${grants === 1 ? '' : 's'}`];
  if (denies) parts.push(`${denies} deny`);
  if (a.policies === 'default') parts.push('default key policy');
  if (a.policies === 'unknown') parts.push('policy known at apply');
  return parts.join(' · ');
}
