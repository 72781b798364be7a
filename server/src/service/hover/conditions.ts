/** Hover in conditions: what an operator compares and how a missing key behaves; a condition key's type and which of the statement's actions set it. */
import { actionSupportsKey, conditionKey } from '../iam/catalog';
import { parseOperator } from '../iam/grammar';
import { coveredKmsActions, type StatementView } from '../policy/statements';

export function operatorHover(name: string): string | undefined {
  const p = parseOperator(name);
  if (!p) return undefined;
  const o = p.operator;
  const missing = o.family === 'Null'
    ? 'It is the operator that tests for a missing key.'
    : p.ifExists
      ? 'With `IfExists`, a request without the key matches.'
      : o.negated
        ? 'A request without the key matches (negated operators are true when the key is missing); add a `Null` check if that is not wanted.'
        : 'A request without the key does not match.';
  const qual = p.qualifier === 'ForAnyValue'
    ? '\n\n`ForAnyValue:` — for multivalued keys: true when at least one value in the request matches.'
    : p.qualifier === 'ForAllValues'
      ? '\n\n`ForAllValues:` — for multivalued keys: true when every value in the request matches, and also when the request has no value at all (avoid it with `Allow`).'
      : '';
  return `**${name}** — ${o.description}\n\n${missing}${qual}`;
}

export function conditionKeyHover(name: string, statement: StatementView): string | undefined {
  const k = conditionKey(name);
  if (!k) return undefined;
  const parts = [`**${name}** — \`${k.type}\`${k.category ? ` (global, ${k.category})` : ''}`, k.description || ''];
  if (k.name.toLowerCase().startsWith('kms:')) {
    const actions = coveredKmsActions(statement.action);
    if (actions && actions.length) {
      const yes = actions.filter((a) => actionSupportsKey(a, k));
      parts.push(yes.length === actions.length ? 'Set for every action of this statement.' : yes.length ? `Set for ${yes.map((a) => `\`kms:${a.name}\``).join(', ')} of this statement's actions.` : 'Not set for any action of this statement.');
    }
  }
  return parts.filter(Boolean).join('\n\n');
}
