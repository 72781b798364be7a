/**
 * Words and tables about a policy: who a principal is, and the access summary (for each principal, which access
 * levels and actions are allowed or denied, under which conditions).
 */
import { CRYPTOGRAPHIC_ACTIONS, DECRYPTING_ACTIONS, kmsActions, matchKmsActions, type KmsAction } from '../iam/catalog';
import { UNKNOWN_MARK } from './model';
import type { PolicyView, PrincipalRef, StatementView } from './statements';

/** Text of a string node as written, with `${...}` for unknown parts when the source text is given. */
export function shownText(text: string, sourceText?: string): string {
  if (!text.includes(UNKNOWN_MARK)) return text;
  return sourceText ?? text.replace(new RegExp(UNKNOWN_MARK, 'g'), '${…}');
}

export function describePrincipal(p: PrincipalRef, sourceText?: string): string {
  const id = p.identity;
  const raw = shownText(p.node.text, sourceText);
  switch (id.kind) {
    case 'everyone':
      return 'everyone ("*")';
    case 'account-root':
      if (id.account !== UNKNOWN_MARK) return `account ${id.account} (root)`;
      // `${data.aws_caller_identity.current.account_id}` is the account Terraform runs in.
      return /aws_caller_identity\.[A-Za-z0-9_-]+\.account_id/.test(raw) ? 'this account (root)' : `the account root \`${raw}\``;
    case 'iam': {
      const [kind, ...rest] = id.resource.split('/');
      const name = rest.join('/') || id.resource;
      const acct = id.account === UNKNOWN_MARK ? '' : ` in account ${id.account}`;
      return kind === 'role' ? `role ${name}${acct}` : kind === 'user' ? `user ${name}${acct}` : kind === 'assumed-role' ? `session of role ${name}${acct}` : `\`${raw}\``;
    }
    case 'service':
      return `service ${raw}`;
    case 'federated':
      return `federated ${raw}`;
    default:
      return `\`${raw}\``;
  }
}

/** The actions a statement's Action/NotAction covers, as KMS actions (all of them for `*`), plus foreign ones. */
export function statementActions(s: StatementView): { kms: KmsAction[]; other: string[]; unknown: boolean } {
  const a = s.action;
  if (!a) return { kms: [], other: [], unknown: false };
  const other: string[] = [];
  const kms = new Set<KmsAction>();
  let unknown = a.unknown;
  for (const item of a.items) {
    const v = item.value;
    if (v === undefined) {
      unknown = true;
      continue;
    }
    if (v === '*') {
      for (const x of kmsActions) kms.add(x);
      continue;
    }
    const m = /^([^:]+):(.*)$/.exec(v);
    if (!m || m[1]!.toLowerCase() !== 'kms') {
      other.push(v);
      continue;
    }
    for (const x of matchKmsActions(m[2]!)) kms.add(x);
  }
  if (a.name === 'NotAction') {
    const excluded = kms;
    return { kms: kmsActions.filter((x) => !excluded.has(x)), other: [], unknown };
  }
  return { kms: [...kms], other, unknown };
}

const LEVEL_ORDER = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

function actionsCell(kms: readonly KmsAction[], other: readonly string[], unknown: boolean): string {
  const parts: string[] = [];
  if (kms.length === kmsActions.length) parts.push('all KMS actions (`kms:*`)');
  else if (kms.length) {
    const names = kms.map((a) => a.name).sort();
    parts.push(names.length > 8 ? `${names.slice(0, 8).join(', ')} and ${names.length - 8} more` : names.join(', '));
  }
  if (other.length) parts.push(other.map((o) => `\`${o}\``).join(', '));
  if (unknown) parts.push('(actions known at apply)');
  return parts.join('; ') || '—';
}

function levelsCell(kms: readonly KmsAction[]): string {
  const levels = new Set(kms.map((a) => a.accessLevel));
  const out = LEVEL_ORDER.filter((l) => levels.has(l as KmsAction['accessLevel']));
  const uses: string[] = [];
  if (kms.some((a) => DECRYPTING_ACTIONS.has(a.name))) uses.push('**can decrypt**');
  else if (kms.some((a) => CRYPTOGRAPHIC_ACTIONS.has(a.name))) uses.push('cryptographic use');
  if (kms.some((a) => a.name === 'PutKeyPolicy')) uses.push('can change the key policy');
  return [...out, ...uses].join(', ') || '—';
}

function conditionsCell(s: StatementView, textOf: (span: { start: number; end: number }) => string): string {
  if (!s.conditionEntry) return 'none';
  if (s.conditions.length === 0) return 'known at apply';
  return s.conditions
    .map((c) => {
      const values = textOf(c.values.span).replace(/\s+/g, ' ');
      return `${c.operatorEntry.key ?? '?'} ${c.keyEntry.key ?? '?'} ${values.length > 60 ? values.slice(0, 57) + '…' : values}`;
    })
    .join('; ')
    .replace(/\|/g, '\\|');
}

/**
 * The access summary: one row per principal and statement. `textOf` gives the source text of a span (to show
 * references as written). A key policy has no Resource column: its resource is always the key itself (any other
 * value is a finding of its own), and the hover stays narrow enough to read.
 */
export function accessSummary(
  view: PolicyView,
  textOf: (span: { start: number; end: number }) => string,
  only?: StatementView,
  keyPolicy = false,
): string {
  const rows: string[] = [];
  for (const s of only ? [only] : view.statements) {
    const { kms, other, unknown } = statementActions(s);
    const effect = s.effect ?? 'Effect?';
    const who = s.principal
      ? s.principal.principals.map((p) => (s.principal!.name === 'NotPrincipal' ? 'everyone except ' : '') + describePrincipal(p, textOf(p.node.contentSpan)))
      : ['the attached identity'];
    if (s.principal?.unknown && who.length === 0) who.push('principals known at apply');
    const resource = s.resource ? (s.resource.items.map((r) => textOf(r.span)).join(', ') || 'known at apply') : '—';
    for (const w of who) {
      const resourceCell = keyPolicy ? '' : ` ${resource.replace(/\|/g, '\\|')} |`;
      rows.push(`| ${w.replace(/\|/g, '\\|')} | ${effect} | ${levelsCell(kms)} | ${actionsCell(kms, other, unknown)} |${resourceCell} ${conditionsCell(s, textOf)} |`);
    }
  }
  if (!rows.length) return '_No statements to summarise._';
  const head = keyPolicy
    ? '| Principal | Effect | Access | Actions | Conditions |\n|---|---|---|---|---|'
    : '| Principal | Effect | Access | Actions | Resource | Conditions |\n|---|---|---|---|---|---|';
  const note = view.incomplete && !only ? '\n\n_Parts of this policy are only known at apply (merged documents, computed statements)._' : '';
  return `${head}\n${rows.join('\n')}${note}`;
}
