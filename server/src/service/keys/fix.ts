/**
 * Quick fixes that let a service principal use a key: widen the encryption-context condition of the statement
 * that almost matches, or add a statement for the service, in the form the key policy is written in
 * (jsonencode, JSON text, aws_iam_policy_document). When the key has no policy, the fix writes the key's
 * `policy` argument: the account-root statement plus the service's.
 */
import type { ParsedDocument } from '../document';
import type { Fix, TextEdit } from '../findings';
import { declarationsOf, type Declaration } from '../blocks/references';
import { targetVersion } from '../blocks/target';
import { majorOf } from '../schema';
import { addStatement, indentAt, renderConditionBlock, renderHcl, renderStatementBlock, type StatementTemplate } from '../policy/edits';
import type { PolicyNode, PolicySource } from '../policy/model';
import type { StatementView } from '../policy/statements';
import type { KeyPolicySetter } from './policies';

export interface ServiceGrant {
  /** `logs`, `cloudtrail`, `events`... */
  readonly label: string;
  readonly regional: boolean;
  readonly service: string;
  /** What the resource is (`log group`), for fix titles. */
  readonly noun?: string;
  readonly actions: readonly string[];
  /** The encryption-context condition to require: condition key, ARN pattern (with `${...}` references). */
  readonly context?: { readonly key: string; readonly value: string; readonly operator: string };
}

/** Names of the folder's `data "aws_region"` and `data "aws_caller_identity"`, and what to add when absent. */
function folderData(folder: readonly ParsedDocument[]): { region: string | undefined; caller: string | undefined; regionAttr: string } {
  let region: string | undefined;
  let caller: string | undefined;
  for (const d of folder) {
    for (const x of declarationsOf(d)) {
      if (x.kind !== 'data') continue;
      if (x.type === 'aws_region') region ??= x.name;
      if (x.type === 'aws_caller_identity') caller ??= x.name;
    }
  }
  // Write the Region the way the folder already does; else as the provider version names it (6: `region`).
  const used = region ? folder.map((d) => new RegExp(`data\\.aws_region\\.${region}\\.(name|region)\\b`).exec(d.text)?.[1]).find(Boolean) : undefined;
  const version = targetVersion(folder);
  const regionAttr = used ?? (version && majorOf(version) >= 6 ? 'region' : 'name');
  return { region, caller, regionAttr };
}

/** `${data.aws_region.current.name}` etc., plus the data blocks to add for references to missing ones. */
export function references(folder: readonly ParsedDocument[]): { region: string; account: string; missing: string[] } {
  const f = folderData(folder);
  const missing: string[] = [];
  if (!f.region) missing.push('data "aws_region" "current" {}');
  if (!f.caller) missing.push('data "aws_caller_identity" "current" {}');
  return {
    region: `\${data.aws_region.${f.region ?? 'current'}.${f.regionAttr}}`,
    account: `\${data.aws_caller_identity.${f.caller ?? 'current'}.account_id}`,
    missing,
  };
}

function principalName(g: ServiceGrant, region: string): string {
  return g.regional ? `${g.label}.${region}.amazonaws.com` : `${g.label}.amazonaws.com`;
}

function statementFor(g: ServiceGrant, region: string): StatementTemplate & { Condition?: Record<string, Record<string, string>> } {
  return {
    Sid: `Allow ${g.service}`.replace(/[^A-Za-z0-9 ]/g, ''),
    Effect: 'Allow',
    Principal: { Service: principalName(g, region) },
    Action: [...g.actions],
    Resource: '*',
    ...(g.context ? { Condition: { [g.context.operator]: { [g.context.key]: g.context.value } } } : {}),
  };
}

/** A statement block for an aws_iam_policy_document, with its condition. */
function documentStatement(st: ReturnType<typeof statementFor>, indent: string): string {
  const text = renderStatementBlock(st, indent);
  if (!st.Condition) return text;
  const conditions = Object.entries(st.Condition).flatMap(([op, kv]) => Object.entries(kv).map(([k, v]) => renderConditionBlock(op, k, [v], indent + '  ')));
  const close = text.lastIndexOf(`\n${indent}}`);
  return `${text.slice(0, close)}\n\n${indent}  ${conditions.join(`\n\n${indent}  `)}${text.slice(close)}`;
}

function addServiceStatement(doc: ParsedDocument, source: PolicySource, st: ReturnType<typeof statementFor>): TextEdit | undefined {
  if (source.form !== 'document') return addStatement(doc, source, st);
  const text = doc.text;
  const first = source.block.body.blocks.find((b) => b.type === 'statement');
  if (first) {
    const indent = indentAt(text, first.span.start);
    return { span: { start: first.span.start, end: first.span.start }, newText: `${documentStatement(st, indent)}\n\n${indent}` };
  }
  const indent = indentAt(text, source.block.span.start) + '  ';
  const at = source.block.body.span.end;
  return { span: { start: at, end: at }, newText: `\n${indent}${documentStatement(st, indent)}\n` };
}

/** Adds `value` to a condition's values: a string becomes a list of both, a list gets one more item. */
function widenValues(doc: ParsedDocument, source: PolicySource, values: PolicyNode, value: string): TextEdit | undefined {
  const json = source.form === 'json';
  const lit = json ? JSON.stringify(value) : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const esc = (t: string) => (json && source.quoted ? t.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : t);
  if (values.kind === 'string') {
    const old = doc.text.slice(values.span.start, values.span.end);
    return { span: values.span, newText: `[${old}, ${esc(lit)}]` };
  }
  if (values.kind === 'array') {
    const last = values.items[values.items.length - 1];
    if (!last) return { span: { start: values.span.start + 1, end: values.span.start + 1 }, newText: esc(lit) };
    return { span: { start: last.span.end, end: last.span.end }, newText: `, ${esc(lit)}` };
  }
  return undefined;
}

/** The clause of a statement on the context key, when it is the only thing keeping the request out. */
function contextClause(s: StatementView, key: string) {
  const cs = s.conditions.filter((c) => c.keyEntry.key?.toLowerCase() === key.toLowerCase());
  return cs.length === 1 && !cs[0]!.operator?.operator.negated ? cs[0] : undefined;
}

/** Fixes for one policy setter that keeps a service out. */
export function serviceFixes(folder: readonly ParsedDocument[], findingUri: string, setter: KeyPolicySetter | undefined, key: Declaration, g: ServiceGrant, misses: readonly StatementView[]): Fix[] {
  const refs = references(folder);
  const within = (uri: string, e: TextEdit): TextEdit => (uri === findingUri ? e : { ...e, uri });
  const dataEdits = (doc: ParsedDocument): TextEdit[] =>
    refs.missing.length
      ? [within(doc.uri, { span: { start: doc.text.length, end: doc.text.length }, newText: `${doc.text.endsWith('\n') ? '' : '\n'}\n${refs.missing.join('\n')}\n` })]
      : [];
  const grant: ServiceGrant = g.context ? { ...g, context: { ...g.context, value: g.context.value.replace('{region}', refs.region).replace('{account}', refs.account) } } : g;
  const st = statementFor(grant, refs.region);
  if (!setter) {
    // The default key policy: write one that keeps the account in control and lets the service in.
    const doc = key.doc;
    const indent = indentAt(doc.text, key.block.span.start) + '  ';
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${refs.account}:root` }, Action: 'kms:*', Resource: '*' }, st],
    };
    const labelsEnd = key.block.labels[key.block.labels.length - 1]?.span.end ?? key.block.typeSpan.end;
    const at = doc.text.indexOf('{', labelsEnd) + 1;
    if (at <= 0) return [];
    const edit = within(doc.uri, { span: { start: at, end: at }, newText: `\n${indent}policy = jsonencode(${renderHcl(policy, indent)})${/^\s*\n/.test(doc.text.slice(at)) ? '' : '\n'}` });
    return [{ title: `Write the key policy of \`${key.address}\`: the account root and ${g.service}`, edits: [edit, ...dataEdits(doc)], preferred: true }];
  }
  const source = setter.policy?.source;
  const doc = source && folder.find((d) => d.uri === source.uri);
  if (!source || !doc) return [];
  const fixes: Fix[] = [];
  if (g.context) {
    for (const s of misses) {
      const c = contextClause(s, g.context.key);
      const e = c && widenValues(doc, source, c.values, grant.context!.value);
      if (e) fixes.push({ title: `Add this ${g.noun ?? 'resource'} to the \`${g.context.key}\` condition of the statement ${s.sid?.value.kind === 'string' && s.sid.value.value ? `"${s.sid.value.value}"` : `#${s.index + 1}`}`, edits: [within(doc.uri, e), ...dataEdits(doc)], preferred: true });
    }
  }
  const add = addServiceStatement(doc, source, st);
  if (add) fixes.push({ title: `Add a statement for ${g.service} (\`${principalName(g, '<region>')}\`) to the key policy in \`${setter.setter.address}\``, edits: [within(doc.uri, add), ...dataEdits(doc)], ...(fixes.length ? {} : { preferred: true }) });
  return fixes;
}
