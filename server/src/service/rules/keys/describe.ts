/** Words the key rules share: a statement's name, a condition as written, an ARN with its unknown parts named. */
import type { ParsedDocument } from '../../document';
import { UNKNOWN_MARK } from '../../policy/model';
import type { StatementView } from '../../policy/statements';
import type { KeyTarget } from '../../keys/resolve';

export function statementName(s: StatementView): string {
  return s.sid?.value.kind === 'string' && s.sid.value.value ? `"${s.sid.value.value}"` : `#${s.index + 1}`;
}

/** `arn:aws:logs:<region>:<account>:log-group:/x` for an ARN with an unknown Region and account. */
export function shownArn(value: string): string {
  let i = 0;
  return value.replace(new RegExp(UNKNOWN_MARK, 'g'), () => ['<region>', '<account>'][i++] ?? '<…>');
}

/** The condition values of a statement on `key`, as written in the source. */
export function conditionText(folder: readonly ParsedDocument[], uri: string, s: StatementView, key: string): string | undefined {
  const doc = folder.find((d) => d.uri === uri);
  const c = s.conditions.find((x) => x.keyEntry.key?.toLowerCase() === key.toLowerCase());
  if (!doc || !c) return undefined;
  return `${c.operatorEntry.key ?? '?'} \`${doc.text.slice(c.values.span.start, c.values.span.end).replace(/\s+/g, ' ')}\``;
}

export function keyName(t: Extract<KeyTarget, { kind: 'key' }>): string {
  return t.alias ? `\`${t.key.address}\` (through \`${t.alias.address}\`)` : `\`${t.key.address}\``;
}

export function actionList(actions: readonly string[]): string {
  const named = actions.map((a) => `kms:${a}`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0] ?? '';
}
