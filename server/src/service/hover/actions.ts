/** Hover on an action of a policy: what a KMS action allows, its access level and condition keys; what a wildcard expands to. */
import { catalogSource, kmsAction, matchKmsActions, type KmsAction } from '../iam/catalog';

function actionLine(a: KmsAction): string {
  return `- \`kms:${a.name}\` — ${a.accessLevel}`;
}

export function actionHover(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === '*') return '**`*`** — every action of every service. In a key policy only the KMS actions count.';
  const m = /^([^:]+):(.*)$/.exec(value);
  if (!m || m[1]!.toLowerCase() !== 'kms') return undefined;
  const name = m[2]!;
  if (/[*?]/.test(name)) {
    const matched = matchKmsActions(name);
    if (!matched.length) return `**\`${value}\`** matches no KMS action.`;
    return `**\`${value}\`** — ${matched.length} KMS action${matched.length === 1 ? '' : 's'}:\n\n${matched.map(actionLine).join('\n')}`;
  }
  const a = kmsAction(name);
  if (!a) return undefined;
  const keys = a.conditionKeys.map((k) => `\`${k}\``).join(', ');
  const resourceKeys = a.resourceTypes.flatMap((r) => r.conditionKeys ?? []);
  return [
    `**kms:${a.name}** — ${a.description}`,
    `Access level: **${a.accessLevel}**${a.alsoAccessLevels?.length ? ` (also ${a.alsoAccessLevels.join(', ')})` : ''}`,
    a.resourceTypes.length ? `Resource types: ${a.resourceTypes.map((r) => `${r.name}${r.required ? ' (required)' : ''}`).join(', ')}` : 'Resource types: none (use `"*"`)',
    keys || resourceKeys.length ? `Condition keys: ${[keys, ...resourceKeys.map((k) => `\`${k}\``)].filter(Boolean).join(', ')}${a.attestation ? ', `kms:RecipientAttestation:*`' : ''}` : 'Condition keys: global keys only',
    `_Source: ${catalogSource.package} ${catalogSource.version}_`,
  ].join('\n\n');
}
