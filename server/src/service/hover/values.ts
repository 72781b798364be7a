/** Hover on a literal enum value of an aws_kms_* argument: what it means for the other settings. */
import { factsOf, type BoundBody } from '../context';
import { USAGES_BY_SPEC, specCanRotate, specsForUsage } from '../schema/facts';

/** Hover on a literal enum value: what it means for the other settings (a key spec's usages, a usage's specs). */
export function valueHover(at: BoundBody, name: string, value: string): string | undefined {
  const facts = factsOf(at, name);
  if (!facts?.allowedValues?.includes(value)) return undefined;
  const lines = [`\`${value}\` — an allowed value of \`${name}\`${facts.valuesSince?.[value] ? ` (hashicorp/aws ${facts.valuesSince[value]}.x and later)` : ''}`];
  if (name === 'customer_master_key_spec' || name === 'key_spec') {
    lines.push(`Key usages KMS accepts with it: ${(USAGES_BY_SPEC[value] ?? []).map((u) => `\`${u}\``).join(', ')}.`);
    lines.push(specCanRotate(value) ? 'Can rotate automatically.' : 'Cannot rotate automatically.');
  } else if (name === 'key_usage') {
    lines.push(`Key specs that allow it: ${specsForUsage(value).map((x) => `\`${x}\``).join(', ')}.`);
  }
  return lines.join('\n\n');
}
