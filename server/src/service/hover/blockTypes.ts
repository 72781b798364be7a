/** Hover on the type of an aws_kms_* resource or data source: what it is, its required arguments, its documentation. */
import { blockSchemaOf, isRequired, type SchemaKind } from '../schema';
import { docUrl, typeFacts } from '../schema/facts';

export function typeHover(kind: SchemaKind, type: string): string {
  const head = `**${kind === 'data' ? 'data source' : 'resource'}** \`${type}\``;
  const schema = blockSchemaOf(kind, type);
  if (!schema) return `${head}\n\nThe AWS provider has no such type.`;
  const facts = typeFacts(kind, type);
  const required = Object.entries(schema.attributes).filter(([, a]) => isRequired(a)).map(([n]) => `\`${n}\``);
  return [
    head,
    facts?.description,
    facts?.removed ? `**Removed:** ${facts.removed}` : undefined,
    required.length ? `Required: ${required.join(', ')}` : undefined,
    `[Provider documentation](${docUrl(kind, type)})`,
  ]
    .filter(Boolean)
    .join('\n\n');
}
