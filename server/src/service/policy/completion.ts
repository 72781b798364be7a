/**
 * Completion inside policy documents, in all three forms: element keys at each level, Effect and Version values,
 * principal types and values, KMS actions, condition operators, condition keys (those the statement's actions
 * support first) and values of enumerated keys. Returns undefined when the cursor is not in a policy.
 */
import type { CompletionItem, CompletionKind } from '../types';
import type { CompletionContext } from '../context';
import type { Span } from '../hcl/model';
import { actionSupportsKey, conditionKey, globalConditionKeys, kmsActions, kmsConditionKeys, type ConditionKey, type KmsAction } from '../iam/catalog';
import { CONDITION_OPERATORS, KMS_SERVICE_PRINCIPALS, POLICY_ELEMENTS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS, VIA_SERVICES, allOperatorNames, parseOperator } from '../iam/grammar';
import { CONDITION_VALUES } from '../iam/values';
import { documentPolicies, policiesInBlock, policyTypeOfResource } from './find';
import type { PolicyType } from './model';
import { policyPosition, type PolicyPosition } from './position';
import { coveredKmsActions, policyView } from './statements';

/** What goes at the cursor. */
type Slot =
  | { readonly kind: 'key'; readonly level: 'root' | 'statement' | 'principal' | 'operator' | 'conditionKey'; readonly keys: readonly string[] }
  | { readonly kind: 'value'; readonly element: 'Version' | 'Effect' | 'Action' | 'Resource' | 'Principal' | 'PrincipalType' | 'Operator' | 'ConditionKeyName'; readonly keys?: readonly string[] }
  | { readonly kind: 'value'; readonly element: 'PrincipalValue'; readonly principalType: string }
  | { readonly kind: 'value'; readonly element: 'ConditionValue'; readonly key: string };

interface Ctx {
  readonly req: CompletionContext;
  readonly pos: PolicyPosition;
  readonly type: PolicyType | undefined;
}

export function completePolicy(req: CompletionContext): CompletionItem[] | undefined {
  if (req.cursor.inComment) return undefined;
  const skeleton = policyValueItems(req);
  if (skeleton) return skeleton;
  const pos = policyPosition(req.doc.text, req.cursor);
  if (!pos) return undefined;
  let type = policyTypeOfResource(pos.owner);
  if (!type && (pos.owner === 'locals' || pos.owner === 'aws_iam_policy_document')) type = policyAtCursor(req)?.type;
  const ctx: Ctx = { req, pos, type };
  if (pos.form === 'document' && pos.documentAttribute === undefined && !pos.string && !req.cursor.heredoc) return documentNames(ctx);
  const slot = pos.form === 'document' ? documentSlot(ctx) : objectSlot(pos);
  if (!slot) return [];
  return itemsFor(ctx, slot);
}

/** After `policy = `: a policy skeleton for the resource's policy type, and the folder's policy documents. */
function policyValueItems(req: CompletionContext): CompletionItem[] | undefined {
  const { cursor } = req;
  const [top, ...rest] = cursor.frames;
  if (!top || top.kind !== 'block' || rest.length || top.attribute !== 'policy' || cursor.string || cursor.heredoc) return undefined;
  const type = policyTypeOfResource(top.type === 'resource' ? top.labels[0] : undefined);
  // Skeletons for KMS key policies and identity policies; other services' policies get none.
  if (type !== 'key' && type !== 'identity') return undefined;
  const before = req.doc.text.slice(req.doc.text.lastIndexOf('\n', req.offset - 1) + 1, cursor.word.start);
  if (!/^\s*policy\s*=\s*$/.test(before)) return undefined;
  const caller = req.callerIdentity;
  const account = caller ? `\\\${data.aws_caller_identity.${caller}.account_id}` : '${1:111122223333}';
  const body =
    type === 'key'
      ? `jsonencode({\n\tVersion = "2012-10-17"\n\tStatement = [\n\t\t{\n\t\t\tSid       = "Enable IAM User Permissions"\n\t\t\tEffect    = "Allow"\n\t\t\tPrincipal = { AWS = "arn:aws:iam::${account}:root" }\n\t\t\tAction    = "kms:*"\n\t\t\tResource  = "*"\n\t\t},$0\n\t]\n})`
      : 'jsonencode({\n\tVersion = "2012-10-17"\n\tStatement = [\n\t\t{\n\t\t\tEffect   = "Allow"\n\t\t\tAction   = ["${1:kms:Decrypt}"]\n\t\t\tResource = ${2:"*"}\n\t\t},\n\t]\n})';
  const items: CompletionItem[] = [
    { label: type === 'key' ? 'jsonencode key policy' : 'jsonencode identity policy', kind: 'snippet', detail: type === 'key' ? 'with the account-root statement' : undefined, insertText: body, snippet: true, replace: cursor.word, sortText: '0' },
  ];
  for (const d of req.folder) {
    for (const b of documentPolicies(d).blocks) {
      if (b.type === 'data' && b.labels[0]?.value === 'aws_iam_policy_document' && b.labels[1]) {
        items.push({ label: `data.aws_iam_policy_document.${b.labels[1].value}.json`, kind: 'reference', replace: cursor.word, sortText: '1' + b.labels[1].value });
      }
    }
  }
  return items;
}

function objectSlot(pos: PolicyPosition): Slot | undefined {
  const [root, st, third, fourth] = pos.steps;
  if (!root) return undefined;
  if (pos.steps.length === 1) {
    if (root.valueOf === undefined) return { kind: 'key', level: 'root', keys: root.keys };
    if (root.valueOf === 'Version') return { kind: 'value', element: 'Version' };
    return undefined;
  }
  if (root.valueOf !== 'Statement' || !st) return undefined;
  if (pos.steps.length === 2) {
    const v = st.valueOf;
    if (v === undefined) return { kind: 'key', level: 'statement', keys: st.keys };
    if (v === 'Effect') return { kind: 'value', element: 'Effect' };
    if (v === 'Action' || v === 'NotAction') return { kind: 'value', element: 'Action' };
    if (v === 'Resource' || v === 'NotResource') return { kind: 'value', element: 'Resource' };
    if (v === 'Principal' || v === 'NotPrincipal') return { kind: 'value', element: 'Principal' };
    return undefined;
  }
  if (!third) return undefined;
  if (st.valueOf === 'Principal' || st.valueOf === 'NotPrincipal') {
    if (pos.steps.length !== 3) return undefined;
    return third.valueOf === undefined ? { kind: 'key', level: 'principal', keys: third.keys } : { kind: 'value', element: 'PrincipalValue', principalType: third.valueOf };
  }
  if (st.valueOf === 'Condition') {
    if (pos.steps.length === 3) return third.valueOf === undefined ? { kind: 'key', level: 'operator', keys: third.keys } : undefined;
    if (pos.steps.length === 4 && fourth) return fourth.valueOf === undefined ? { kind: 'key', level: 'conditionKey', keys: fourth.keys } : { kind: 'value', element: 'ConditionValue', key: fourth.valueOf };
  }
  return undefined;
}

function documentSlot(ctx: Ctx): Slot | undefined {
  const { pos, req } = ctx;
  const path = pos.documentPath ?? [];
  const a = pos.documentAttribute;
  const last = path[path.length - 1];
  if (path.length === 0) {
    if (a === 'version') return { kind: 'value', element: 'Version' };
    return undefined;
  }
  if (path.length === 1 && last === 'statement') {
    if (a === 'effect') return { kind: 'value', element: 'Effect' };
    if (a === 'actions' || a === 'not_actions') return { kind: 'value', element: 'Action' };
    if (a === 'resources' || a === 'not_resources') return { kind: 'value', element: 'Resource' };
    return undefined;
  }
  if (path.length === 2 && (last === 'principals' || last === 'not_principals')) {
    if (a === 'type') return { kind: 'value', element: 'PrincipalType' };
    if (a === 'identifiers') {
      const block = innerBlockAt(req, last);
      const t = block?.body.attributes.find((x) => x.name === 'type')?.value;
      return { kind: 'value', element: 'PrincipalValue', principalType: t?.kind === 'string' && t.value ? t.value : 'AWS' };
    }
    return undefined;
  }
  if (path.length === 2 && last === 'condition') {
    if (a === 'test') return { kind: 'value', element: 'Operator' };
    if (a === 'variable') return { kind: 'value', element: 'ConditionKeyName' };
    if (a === 'values') {
      const block = innerBlockAt(req, 'condition');
      const v = block?.body.attributes.find((x) => x.name === 'variable')?.value;
      return v?.kind === 'string' && v.value ? { kind: 'value', element: 'ConditionValue', key: v.value } : undefined;
    }
  }
  return undefined;
}

/** Arguments and blocks of aws_iam_policy_document, its statements, principals and conditions. */
const DOCUMENT_NAMES: Readonly<Record<string, readonly (readonly [string, 'attribute' | 'block', string])[]>> = {
  '': [
    ['statement', 'block', 'A policy statement.'],
    ['version', 'attribute', 'Policy language version; defaults to "2012-10-17".'],
    ['policy_id', 'attribute', 'The policy `Id`.'],
    ['source_policy_documents', 'attribute', 'Documents merged in first; statements here with the same `sid` replace theirs.'],
    ['override_policy_documents', 'attribute', 'Documents merged in last; their statements replace those here with the same `sid`.'],
  ],
  statement: [
    ['sid', 'attribute', STATEMENT_ELEMENTS.Sid!],
    ['effect', 'attribute', `${STATEMENT_ELEMENTS.Effect} Defaults to "Allow".`],
    ['actions', 'attribute', STATEMENT_ELEMENTS.Action!],
    ['not_actions', 'attribute', STATEMENT_ELEMENTS.NotAction!],
    ['resources', 'attribute', STATEMENT_ELEMENTS.Resource!],
    ['not_resources', 'attribute', STATEMENT_ELEMENTS.NotResource!],
    ['principals', 'block', STATEMENT_ELEMENTS.Principal!],
    ['not_principals', 'block', STATEMENT_ELEMENTS.NotPrincipal!],
    ['condition', 'block', STATEMENT_ELEMENTS.Condition!],
  ],
  principals: [['type', 'attribute', 'AWS, Service or Federated.'], ['identifiers', 'attribute', 'The principals of that type.']],
  not_principals: [['type', 'attribute', 'AWS, Service or Federated.'], ['identifiers', 'attribute', 'The principals of that type.']],
  condition: [['test', 'attribute', 'The condition operator, such as "StringEquals".'], ['variable', 'attribute', 'The condition key, such as "kms:ViaService".'], ['values', 'attribute', 'The values to compare with.']],
};

function documentNames(ctx: Ctx): CompletionItem[] {
  const { req, pos } = ctx;
  if (req.cursor.statementTokens.length > 1) return [];
  const path = pos.documentPath ?? [];
  const names = DOCUMENT_NAMES[path[path.length - 1] ?? ''] ?? [];
  const replace = req.cursor.word;
  return names
    .filter(([n]) => !(ctx.type === 'identity' && /principals$/.test(n)))
    .map(([name, kind, doc], i) => ({
      label: name,
      kind: kind === 'block' ? ('block' as const) : ('attribute' as const),
      documentation: doc,
      insertText: kind === 'block' ? `${name} {\n\t$0\n}` : `${name} = $0`,
      snippet: true,
      replace,
      sortText: String(i).padStart(2, '0'),
    }));
}

function innerBlockAt(req: CompletionContext, type: string) {
  const { offset } = req;
  for (const st of req.top?.body.blocks ?? []) {
    if (offset < st.span.start || offset > st.span.end) continue;
    return st.body.blocks.find((b) => b.type === type && offset >= b.span.start && offset <= b.span.end);
  }
  return undefined;
}

/** End of the string content after the cursor, when the rest of the word runs up to the closing quote. */
function stringReplace(ctx: Ctx): Span {
  const { req, pos } = ctx;
  const text = req.doc.text;
  const s = pos.string!;
  let e = req.offset;
  while (e < text.length && !/["\n\\,\]}\s]/.test(text[e]!)) e++;
  if (text[e] === '"' || (pos.quoted && text.startsWith('\\"', e))) return { start: s.contentStart, end: e };
  return { start: s.contentStart, end: req.offset };
}

/** The span of an entire key string, quotes included (JSON `"Eff|"` or jsonencode `"Eff|"`). */
function keyStringSpan(ctx: Ctx): Span {
  const r = stringReplace(ctx);
  const q = ctx.pos.quoted ? 2 : 1;
  const text = ctx.req.doc.text;
  const closed = text.startsWith(ctx.pos.quoted ? '\\"' : '"', r.end);
  return { start: r.start - q, end: closed ? r.end + q : r.end };
}

function escapeForForm(ctx: Ctx, s: string): string {
  return ctx.pos.quoted ? s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : s;
}

function valueItem(ctx: Ctx, value: string, kind: CompletionKind, detail?: string, documentation?: string, sortText?: string, filterText?: string): CompletionItem {
  if (ctx.pos.string) {
    return { label: value, kind, replace: stringReplace(ctx), ...(detail ? { detail } : {}), ...(documentation ? { documentation } : {}), ...(sortText ? { sortText } : {}), ...(filterText ? { filterText } : {}) };
  }
  return { label: value, kind, insertText: escapeForForm(ctx, JSON.stringify(value)), replace: ctx.req.cursor.word, ...(detail ? { detail } : {}), ...(documentation ? { documentation } : {}), ...(sortText ? { sortText } : {}) };
}

/** A key with what follows it; `value` is snippet text. */
function keyItem(ctx: Ctx, key: string, value: string, detail: string | undefined, documentation: string | undefined, sortText?: string, keySnippet?: string): CompletionItem {
  const json = ctx.pos.form === 'json';
  const ident = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key);
  const k = keySnippet ?? key;
  const keyText = json ? `"${k}"` : ident ? k : `"${k}"`;
  const sep = json ? ': ' : ' = ';
  const text = escapeForForm(ctx, `${keyText}${sep}${value}`);
  const replace = ctx.pos.string ? keyStringSpan(ctx) : ctx.req.cursor.word;
  return {
    label: key,
    kind: 'property',
    insertText: text,
    snippet: true,
    replace,
    ...(detail ? { detail } : {}),
    ...(documentation ? { documentation } : {}),
    ...(sortText ? { sortText } : {}),
    ...(ctx.pos.string ? { filterText: json ? `"${key}` : `"${key}` } : {}),
  };
}

function statementKeyValue(ctx: Ctx, key: string): string {
  const json = ctx.pos.form === 'json';
  const sep = json ? ': ' : ' = ';
  const q = (k: string) => (json ? `"${k}"` : k);
  switch (key) {
    case 'Sid':
      return '"$1"';
    case 'Effect':
      return '"${1|Allow,Deny|}"';
    case 'Principal':
    case 'NotPrincipal':
      return `{\n\t${q('${1|AWS,Service,Federated|}')}${sep}"$2"\n}`;
    case 'Action':
    case 'NotAction':
      return '["$1"]';
    case 'Resource':
    case 'NotResource':
      return '"${1:*}"';
    case 'Condition':
      return `{\n\t${q('${1:StringEquals}')}${sep}{\n\t\t"$2"${sep}"$3"\n\t}\n}`;
    case 'Version':
      return '"2012-10-17"';
    case 'Statement':
      return '[\n\t{\n\t\t$0\n\t}\n]';
    case 'Id':
      return '"$1"';
    default:
      return '$0';
  }
}

/** The policy (as parsed, possibly with errors) under the cursor, read from its top-level block only. */
function policyAtCursor(req: CompletionContext) {
  const top = req.top;
  if (!top) return undefined;
  return policiesInBlock(req.doc, req.folder, top).find((p) => req.offset >= p.source.span.start && req.offset <= p.source.span.end);
}

function statementActionsAt(ctx: Ctx): KmsAction[] | undefined {
  const { req } = ctx;
  const policy = policyAtCursor(req);
  if (!policy) return undefined;
  const st = policyView(policy.source).statements.find((s) => req.offset >= s.node.span.start && req.offset <= s.node.span.end);
  return st ? coveredKmsActions(st.action) : undefined;
}

const ACTION_GROUPS: Readonly<Record<string, string>> = {
  'kms:*': 'Every KMS action: full control of the key. Give it only to the account root.',
  'kms:Describe*': 'DescribeKey, DescribeCustomKeyStores.',
  'kms:List*': 'Every List action.',
  'kms:Get*': 'Every Get action (key policy, rotation status, public key...).',
  'kms:GenerateDataKey*': 'GenerateDataKey and its pair / without-plaintext variants.',
  'kms:ReEncrypt*': 'ReEncryptFrom and ReEncryptTo.',
};

function itemsFor(ctx: Ctx, slot: Slot): CompletionItem[] {
  if (slot.kind === 'key') return keyItems(ctx, slot);
  switch (slot.element) {
    case 'Version':
      return [valueItem(ctx, '2012-10-17', 'enum', 'current policy language', POLICY_ELEMENTS.Version)];
    case 'Effect':
      return ['Allow', 'Deny'].map((v) => valueItem(ctx, v, 'enum'));
    case 'Resource':
      return [valueItem(ctx, '*', 'value', ctx.type === 'key' ? 'this key' : 'every resource', STATEMENT_ELEMENTS.Resource), ...keyReferences(ctx)];
    case 'Principal':
      return [valueItem(ctx, '*', 'value', 'everyone', 'Everyone, in every account. Only with a condition that narrows who.')];
    case 'PrincipalType':
      return Object.entries(PRINCIPAL_TYPES).filter(([t]) => t !== 'CanonicalUser').map(([t, d]) => valueItem(ctx, t, 'enum', undefined, d));
    case 'Action': {
      const typed = ctx.pos.string?.typed ?? '';
      const bare = !/^kms:/i.test(typed) && typed.length > 0 && !typed.includes(':');
      const items = Object.entries(ACTION_GROUPS).map(([a, d]) => valueItem(ctx, a, 'value', 'wildcard', d, '1' + a, bare ? a.slice(4) : undefined));
      for (const a of kmsActions) {
        const label = `kms:${a.name}`;
        items.push(valueItem(ctx, label, 'value', a.accessLevel, a.description, '0' + a.name, bare ? a.name : undefined));
      }
      return items;
    }
    case 'PrincipalValue':
      return principalValues(ctx, slot.principalType);
    case 'Operator':
      return allOperatorNames().map((o) => valueItem(ctx, o, 'operator', undefined, parseOperator(o)?.operator.description, operatorSort(o)));
    case 'ConditionKeyName':
      return conditionKeyItems(ctx).map((k) => valueItem(ctx, k.key.name, 'property', k.key.type, k.key.description, k.sort));
    case 'ConditionValue':
      return conditionValues(ctx, slot.key);
  }
}

function operatorSort(o: string): string {
  return (o.includes(':') ? '2' : o.endsWith('IfExists') ? '1' : '0') + String(CONDITION_OPERATORS.findIndex((x) => o.replace(/^For\w+Values?:/, '').startsWith(x.name))).padStart(2, '0') + o;
}

function conditionKeyItems(ctx: Ctx): { key: ConditionKey; sort: string }[] {
  const actions = statementActionsAt(ctx);
  const keys = [...kmsConditionKeys.filter((k) => !/RecipientAttestation:(NitroTPM)?PCR\d/.test(k.name) || k.name.endsWith('PCR0')), ...globalConditionKeys];
  return keys.map((key) => {
    const kms = key.name.startsWith('kms:');
    const supported = kms && actions && actions.length ? actions.some((a) => actionSupportsKey(a, key)) : kms;
    return { key, sort: `${supported ? '0' : kms ? '2' : '1'}${key.name}` };
  });
}

function keyItems(ctx: Ctx, slot: Extract<Slot, { kind: 'key' }>): CompletionItem[] {
  const has = new Set(slot.keys);
  switch (slot.level) {
    case 'root':
      return Object.entries(POLICY_ELEMENTS)
        .filter(([k]) => !has.has(k))
        .map(([k, d], i) => keyItem(ctx, k, statementKeyValue(ctx, k), undefined, d, String(i)));
    case 'statement': {
      const order = Object.keys(STATEMENT_ELEMENTS);
      return order
        .filter((k) => !has.has(k) && !has.has(k.startsWith('Not') ? k.slice(3) : `Not${k}`))
        .filter((k) => !(ctx.type === 'identity' && /Principal$/.test(k)))
        .map((k) => keyItem(ctx, k, statementKeyValue(ctx, k), k.startsWith('Not') ? 'rarely needed' : undefined, STATEMENT_ELEMENTS[k], (k.startsWith('Not') ? '1' : '0') + String(order.indexOf(k)).padStart(2, '0')));
    }
    case 'principal':
      return Object.entries(PRINCIPAL_TYPES)
        .filter(([k]) => !has.has(k) && k !== 'CanonicalUser')
        .map(([k, d]) => keyItem(ctx, k, '"$1"', undefined, d));
    case 'operator': {
      const json = ctx.pos.form === 'json';
      const sep = json ? ': ' : ' = ';
      return allOperatorNames()
        .filter((o) => !has.has(o))
        .map((o) => keyItem(ctx, o, `{\n\t"$1"${sep}"$2"\n}`, undefined, parseOperator(o)?.operator.description, operatorSort(o)));
    }
    case 'conditionKey':
      return conditionKeyItems(ctx)
        .filter((k) => !has.has(k.key.name))
        .map((k) => {
          const placeholder = k.key.name.includes('${') || k.key.name.endsWith('/tag-key');
          const snippetKey = placeholder ? k.key.name.replace(/\$\{([^}]*)\}/, '${1:$1}').replace(/\/tag-key$/, '/${1:tag-key}') : undefined;
          return keyItem(ctx, k.key.name, placeholder ? '"$2"' : '"$1"', k.key.type, k.key.description, k.sort, snippetKey);
        });
  }
}

/** In an identity policy: the ARNs of the folder's KMS keys, as references (`aws_kms_key.main.arn`). */
function keyReferences(ctx: Ctx): CompletionItem[] {
  if (ctx.type !== 'identity') return [];
  const out: CompletionItem[] = [];
  for (const d of ctx.req.folder) {
    for (const b of d.hcl.body.blocks) {
      const [t, n] = b.labels.map((l) => l.value);
      if (b.type !== 'resource' || !n || !(t === 'aws_kms_key' || t === 'aws_kms_replica_key' || t === 'aws_kms_external_key')) continue;
      const ref = `${t}.${n}.arn`;
      const inString = !!ctx.pos.string;
      if (ctx.pos.form === 'json' && !inString) continue; // JSON text needs "${...}" in a string
      out.push({ label: ref, kind: 'reference', detail: 'ARN of this KMS key', insertText: inString || ctx.pos.form === 'json' ? `\${${ref}}` : ref, replace: inString ? stringReplace(ctx) : ctx.req.cursor.word, sortText: '1' + ref });
    }
  }
  return out;
}

function principalValues(ctx: Ctx, type: string): CompletionItem[] {
  if (type === 'AWS') {
    const ci = ctx.req.callerIdentity;
    const items: CompletionItem[] = [];
    if (ci) items.push(valueItem(ctx, `arn:aws:iam::\${data.aws_caller_identity.${ci}.account_id}:root`, 'value', 'this account (root)', 'The account root: delegates access to the IAM policies of this account.', '0'));
    else {
      const replace = ctx.pos.string ? stringReplace(ctx) : ctx.req.cursor.word;
      const q = ctx.pos.string ? '' : '"';
      items.push({ label: 'arn:aws:iam::<account>:root', kind: 'snippet', detail: 'an account (root)', insertText: escapeForForm(ctx, `${q}arn:aws:iam::\${1:111122223333}:root${q}`), snippet: true, replace, sortText: '0' });
    }
    items.push(valueItem(ctx, '*', 'value', 'everyone', 'Everyone, in every account. Only with a condition that narrows who.', '9'));
    return items;
  }
  if (type === 'Service') return Object.entries(KMS_SERVICE_PRINCIPALS).map(([s, d]) => valueItem(ctx, s, 'value', 'service principal', d));
  if (type === 'Federated') return ['cognito-identity.amazonaws.com', 'accounts.google.com', 'graph.facebook.com', 'www.amazon.com'].map((s) => valueItem(ctx, s, 'value'));
  return [];
}

function conditionValues(ctx: Ctx, keyName: string): CompletionItem[] {
  const key = conditionKey(keyName);
  const lower = keyName.toLowerCase();
  if (lower === 'kms:viaservice') {
    const region = regionReference(ctx);
    return VIA_SERVICES.map((s) => valueItem(ctx, `${s}.${region}.amazonaws.com`, 'value', 'service calling KMS for the principal', undefined, s));
  }
  if (lower === 'kms:calleraccount' || lower === 'aws:principalaccount' || lower === 'aws:sourceaccount' || lower === 'aws:resourceaccount') {
    const ci = ctx.req.callerIdentity;
    return ci ? [valueItem(ctx, `\${data.aws_caller_identity.${ci}.account_id}`, 'reference', 'this account')] : [];
  }
  const known = CONDITION_VALUES[lower];
  if (known) return known.map((v) => valueItem(ctx, v, 'enum'));
  if (key && (key.type === 'Bool' || /Bool/.test(key.type))) return ['true', 'false'].map((v) => valueItem(ctx, v, 'enum'));
  return [];
}

function regionReference(ctx: Ctx): string {
  for (const d of ctx.req.folder) {
    const b = d.hcl.body.blocks.find((x) => x.type === 'data' && x.labels[0]?.value === 'aws_region' && x.labels[1]);
    if (b) return `\${data.aws_region.${b.labels[1]!.value}.name}`;
  }
  return 'us-east-1';
}
