import type { Rule } from '../rule';
import type { Expression } from '../../hcl/model';
import { walkBodies } from '../../blocks/kmsBlocks';
import { replaceStringContent } from '../../blocks/edits';
import { knownNumber, knownString, knownStringElements } from '../../blocks/values';
import { ARN, KEY_ID, RFC3339, SERVICE_PRINCIPAL, attributeFacts, valueAllowed, type AttributeFacts } from '../../schema/facts';
import type { Fix } from '../../findings';
import { closest } from '../../text/closest';
import { blockRuleInput, quoted } from './support';

/** Arguments whose values other rules judge (alias-name owns alias names). */
const OWNED_ELSEWHERE = new Set(['resource.aws_kms_alias.name', 'resource.aws_kms_alias.name_prefix', 'data.aws_kms_alias.name']);

export const invalidValue: Rule = {
  id: 'invalid-value',
  severity: 'error',
  category: 'schema',
  summary: 'A literal outside the allowed values, range, length, pattern or format of the argument.',
  docs:
    'The provider validates many arguments at plan time: enumerations such as `key_usage`, `customer_master_key_spec`, ' +
    'grant `operations` and `custom_key_store_type` (case-sensitive), ranges such as `deletion_window_in_days` (7-30) ' +
    'and `rotation_period_in_days` (90-2560), lengths, and formats (ARNs, RFC 3339 timestamps, key IDs). ' +
    '`terraform validate` fails on such a value. Values new in provider 6.x (ML-DSA and ML-KEM specs, ' +
    '`ENCAPSULATE_DECAPSULATE`) are reported when the folder pins 5.x. The quick fix replaces a near miss with the allowed value.',
  examples: {
    fires: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation     = true
  deletion_window_in_days = 60
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation     = true
  deletion_window_in_days = 30
}
`,
  },
  check(ctx) {
    const { blocks, major, version } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (!k.schema) continue;
      walkBodies(k.block.body, k.schema, (body, schema, path) => {
        for (const a of body.attributes) {
          const s = schema.attributes[a.name];
          if (!s) continue;
          if (path.length === 0 && OWNED_ELSEWHERE.has(`${k.kind}.${k.type}.${a.name}`)) continue;
          const f = attributeFacts(k.kind, k.type, path, a.name);
          if (!f) continue;
          const report = (expr: Expression, message: string, fixes: Fix[] = []) => ctx.report({ span: expr.span, address: k.address, message, fixes });
          const isCollection = Array.isArray(s.type) && (s.type[0] === 'list' || s.type[0] === 'set');
          if (isCollection) {
            for (const el of knownStringElements(a.value) ?? []) {
              if (el.value === undefined) continue;
              const problem = enumProblem(f, el.value, major, version);
              if (problem) report(el.expr, `\`${a.name}\`: ${problem.message}`, problem.fix ? [fixFor(el.expr, problem.fix)] : []);
            }
            continue;
          }
          if (s.type === 'number') {
            const n = knownNumber(a.value);
            if (n !== undefined && f.range && (n < f.range.min || n > f.range.max)) {
              report(a.value, `\`${a.name}\` must be between ${f.range.min} and ${f.range.max}, not ${n}.`, [fixFor(a.value, String(n < f.range.min ? f.range.min : f.range.max), true)]);
            }
            continue;
          }
          if (s.type !== 'string') continue;
          const v = knownString(a.value);
          if (v === undefined) continue;
          const problem = enumProblem(f, v, major, version) ?? stringProblem(f, v);
          if (problem) report(a.value, `\`${a.name}\` ${problem.message}`, problem.fix ? [fixFor(a.value, problem.fix)] : []);
        }
      });
    }
  },
};

function fixFor(expr: Expression, value: string, raw = false): Fix {
  return { title: `Change to \`${value}\``, edits: [raw ? { span: expr.span, newText: value } : replaceStringContent(expr, value)], preferred: true };
}

function enumProblem(f: AttributeFacts, v: string, major: number, version: string): { message: string; fix?: string } | undefined {
  if (!f.allowedValues) return undefined;
  if (valueAllowed(f, v, major)) return undefined;
  if (f.allowedValues.includes(v)) return { message: `\`${v}\` needs hashicorp/aws ${f.valuesSince?.[v] ?? ''}.x or later; this folder targets ${version}.` };
  const allowed = f.allowedValues.filter((x) => valueAllowed(f, x, major));
  const sameCase = allowed.find((x) => x.toLowerCase() === v.toLowerCase());
  const near = sameCase ?? closest(v, allowed);
  return {
    message: `must be one of ${quoted(allowed)}, not \`${v}\`` + (sameCase ? ` (values are case-sensitive).` : near ? `. Did you mean \`${near}\`?` : '.'),
    ...(near ? { fix: near } : {}),
  };
}

function stringProblem(f: AttributeFacts, v: string): { message: string; fix?: string } | undefined {
  if (f.checkedAt === 'apply') return undefined;
  if (f.length && (v.length < f.length.min || v.length > f.length.max)) {
    return { message: `must be ${f.length.min} to ${f.length.max} characters long, not ${v.length}.` };
  }
  if (f.pattern && !f.pattern.regex.test(v)) return { message: `${f.pattern.text}.` };
  switch (f.format) {
    case 'rfc3339':
      return RFC3339.test(v) ? undefined : { message: 'must be an RFC 3339 timestamp such as `2030-01-01T00:00:00Z`.' };
    case 'arn':
      return ARN.test(v) ? undefined : { message: 'must be an ARN (`arn:aws:kms:REGION:ACCOUNT:key/ID`).' };
    case 'arn-or-service-principal':
      return ARN.test(v) || SERVICE_PRINCIPAL.test(v) ? undefined : { message: 'must be an IAM principal ARN or a service principal such as `logs.amazonaws.com`.' };
    case 'key-id-or-alias':
      return KEY_ID.test(v) || ARN.test(v) || /^alias\/[0-9A-Za-z_/-]+$/.test(v)
        ? undefined
        : { message: 'must be a key ID, a key ARN, an alias name (`alias/...`) or an alias ARN.' };
    default:
      return undefined;
  }
}
