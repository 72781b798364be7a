/** Terraform text for key tests: keys with policies in each form, and a resource for each consumer of the table. */
import type { KeyConsumer } from '../../../server/src/service/schema/consumers';

export const ROOT = '{ Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }, Action = "kms:*", Resource = "*" }';

/** A statement allowing a service principal, optionally with one condition. */
export function serviceStatement(principal: string, actions: readonly string[], condition?: string): string {
  return `{ Sid = "Service", Effect = "Allow", Principal = { Service = "${principal}" }, Action = [${actions.map((a) => `"${a}"`).join(', ')}], Resource = "*"${condition ? `, Condition = ${condition}` : ''} }`;
}

/** A key with a jsonencode policy of these statements (no policy argument when `statements` is undefined). */
export function key(statements: readonly string[] | undefined, extra = ''): string {
  const policy = statements ? `\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      ${statements.join(',\n      ')}\n    ]\n  })` : '';
  return `data "aws_caller_identity" "current" {}\ndata "aws_region" "current" {}\n\nresource "aws_kms_key" "k" {${extra ? `\n  ${extra}` : ''}${policy}\n}\n`;
}

/** The consumer's resource, its key argument set to `ref`. */
export function consumerResource(c: KeyConsumer, ref: string, name = 'app'): string {
  const lines: string[] = [`resource "${c.type}" "c" {`];
  if (c.context) lines.push(`  ${c.context.nameArgument} = "${name}"`);
  let indent = '  ';
  for (const p of c.path) {
    lines.push(`${indent}${p} {`);
    indent += '  ';
  }
  lines.push(`${indent}${c.argument} = ${ref}`);
  for (let i = c.path.length - 1; i >= 0; i--) {
    indent = indent.slice(2);
    lines.push(`${indent}}`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** The encryption-context condition that lets the service in for the resource named `name`. */
export function contextCondition(c: KeyConsumer, name: string): string | undefined {
  if (!c.context) return undefined;
  const arn = c.context.arnTemplate.replace('{region}', '${data.aws_region.current.name}').replace('{account}', '${data.aws_caller_identity.current.account_id}').replace('{name}', name);
  return `{ ArnEquals = { "${c.context.key}" = "${arn}" } }`;
}
