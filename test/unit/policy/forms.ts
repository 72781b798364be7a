/**
 * One policy, written in each of the three forms the service reads: `jsonencode({...})`, JSON text in a heredoc,
 * and a `data "aws_iam_policy_document"` block referenced by the resource. Rule fixtures are written once and
 * checked in every form.
 */
import assert from 'node:assert/strict';
import { findingsOf } from '../harness';

export type Form = 'jsonencode' | 'json' | 'document';
export const FORMS: readonly Form[] = ['jsonencode', 'json', 'document'];

type Strings = string | readonly string[];

export interface Stmt {
  readonly Sid?: string;
  readonly Effect?: string;
  readonly Principal?: '*' | Readonly<Record<string, Strings>>;
  readonly NotPrincipal?: Readonly<Record<string, Strings>>;
  readonly Action?: Strings;
  readonly NotAction?: Strings;
  readonly Resource?: Strings;
  readonly NotResource?: Strings;
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, Strings>>>>;
}

export interface PolicySpec {
  readonly type?: 'key' | 'identity';
  /** `null` leaves Version out (not expressible as a document: the provider writes it). */
  readonly Version?: string | null;
  readonly Statement: readonly Stmt[];
}

const ROOT = 'arn:aws:iam::${data.aws_caller_identity.current.account_id}:root';

/** The usual admin statement, so that a fixture does not also trip policy-lockout. */
export const ADMIN: Stmt = { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' };

function hcl(v: unknown, indent: string): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => hcl(x, indent)).join(', ')}]`;
  const inner = indent + '  ';
  const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${inner}${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : JSON.stringify(k)} = ${hcl(x, inner)}`);
  return `{\n${entries.join('\n')}\n${indent}}`;
}

function policyObject(spec: PolicySpec): Record<string, unknown> {
  const version = spec.Version === undefined ? '2012-10-17' : spec.Version;
  return { ...(version === null ? {} : { Version: version }), Statement: spec.Statement };
}

const list = (s: Strings) => (typeof s === 'string' ? [s] : s);

function documentStatement(st: Stmt): string {
  const lines: string[] = ['  statement {'];
  if (st.Sid !== undefined) lines.push(`    sid = ${JSON.stringify(st.Sid)}`);
  if (st.Effect !== undefined) lines.push(`    effect = ${JSON.stringify(st.Effect)}`);
  for (const [k, name] of [['Action', 'actions'], ['NotAction', 'not_actions'], ['Resource', 'resources'], ['NotResource', 'not_resources']] as const) {
    if (st[k] !== undefined) lines.push(`    ${name} = ${hcl(list(st[k]!), '    ')}`);
  }
  for (const [k, name] of [['Principal', 'principals'], ['NotPrincipal', 'not_principals']] as const) {
    const p = st[k];
    if (p === undefined) continue;
    const entries: [string, Strings][] = p === '*' ? [['*', ['*']]] : Object.entries(p);
    for (const [type, ids] of entries) lines.push(`    ${name} {`, `      type        = ${JSON.stringify(type)}`, `      identifiers = ${hcl(list(ids), '      ')}`, '    }');
  }
  for (const [op, keys] of Object.entries(st.Condition ?? {})) {
    for (const [key, values] of Object.entries(keys)) {
      lines.push('    condition {', `      test     = ${JSON.stringify(op)}`, `      variable = ${JSON.stringify(key)}`, `      values   = ${hcl(list(values), '      ')}`, '    }');
    }
  }
  lines.push('  }');
  return lines.join('\n');
}

/** The .tf text of the policy in a form. */
export function render(spec: PolicySpec, form: Form): string {
  const resource = spec.type === 'identity' ? 'resource "aws_iam_policy" "p" {\n  name = "p"\n' : 'resource "aws_kms_key" "k" {\n';
  const tail = '\ndata "aws_caller_identity" "current" {}\n';
  if (form === 'jsonencode') return `${resource}  policy = jsonencode(${hcl(policyObject(spec), '  ')})\n}\n${tail}`;
  if (form === 'json') return `${resource}  policy = <<EOF\n${JSON.stringify(policyObject(spec), null, 2)}\nEOF\n}\n${tail}`;
  const version = spec.Version ? `  version = ${JSON.stringify(spec.Version)}\n` : '';
  return `${resource}  policy = data.aws_iam_policy_document.d.json\n}\n\ndata "aws_iam_policy_document" "d" {\n${version}${spec.Statement.map(documentStatement).join('\n')}\n}\n${tail}`;
}

/** Findings of one rule, with the text each points at. */
export function ruleFindings(ruleId: string, text: string): { text: string; message: string }[] {
  return findingsOf(text, { only: [ruleId] }).map((f) => ({ text: text.slice(f.span.start, f.span.end), message: f.message }));
}

/** The rule fires in every form (or those given), on text containing `at`. */
export function assertFires(ruleId: string, spec: PolicySpec, at: string, forms: readonly Form[] = FORMS): void {
  for (const form of forms) {
    const text = render(spec, form);
    const found = ruleFindings(ruleId, text);
    assert.ok(found.length > 0, `${ruleId} should fire in ${form}:\n${text}`);
    assert.ok(found.some((f) => f.text.includes(at)), `${ruleId} in ${form} should point at ${JSON.stringify(at)}, points at ${JSON.stringify(found.map((f) => f.text))}`);
  }
}

/** The rule stays silent in every form (or those given). */
export function assertSilent(ruleId: string, spec: PolicySpec, forms: readonly Form[] = FORMS): void {
  for (const form of forms) {
    const text = render(spec, form);
    assert.deepEqual(ruleFindings(ruleId, text), [], `${ruleId} should not fire in ${form}:\n${text}`);
  }
}
