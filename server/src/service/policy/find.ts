/**
 * Where policies are: `policy` arguments of KMS key and IAM policy resources (jsonencode, JSON text, or a
 * reference to a `data "aws_iam_policy_document"` or a local), the policy documents themselves, and locals
 * holding a policy. Each document is scanned once per version (cached on the ParsedDocument); the policy type
 * comes from where a policy is used, across the folder.
 */
import type { ParsedDocument } from '../document';
import { blockAddress, type Attribute, type Block, type Expression } from '../hcl/model';
import { nodeFromDocument, nodeFromHcl } from './fromHcl';
import { decodeTemplate, parseJson } from './json';
import type { Policy, PolicySource, PolicyType } from './model';

/** Resources whose `policy` argument is a key policy. */
export const KEY_POLICY_RESOURCES: ReadonlySet<string> = new Set(['aws_kms_key', 'aws_kms_key_policy', 'aws_kms_replica_key', 'aws_kms_external_key', 'aws_kms_replica_external_key']);
/** Resources whose `policy` argument is an identity policy. */
export const IDENTITY_POLICY_RESOURCES: ReadonlySet<string> = new Set(['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy']);

export function policyTypeOfResource(type: string | undefined): PolicyType | undefined {
  if (!type) return undefined;
  if (KEY_POLICY_RESOURCES.has(type)) return 'key';
  if (IDENTITY_POLICY_RESOURCES.has(type)) return 'identity';
  return undefined;
}

/** A use of a policy defined elsewhere: `policy = data.aws_iam_policy_document.x.json` or `policy = local.x`. */
export interface PolicyRef {
  readonly kind: 'document' | 'local';
  readonly name: string;
  readonly type: PolicyType;
  readonly usedBy: string;
}

export interface DocumentPolicies {
  readonly refs: readonly PolicyRef[];
  /** Whether `data "aws_caller_identity"` is declared here (for completion of the account-root ARN). */
  readonly callerIdentity: string | undefined;
  /** Top-level blocks that may hold policies; their sources are built on demand (policySourcesIn). */
  readonly blocks: readonly Block[];
}

const cache = new WeakMap<ParsedDocument, DocumentPolicies>();

/** The cheap per-document scan: references to policies, and the blocks that may hold one. Cached per version. */
export function documentPolicies(doc: ParsedDocument): DocumentPolicies {
  let found = cache.get(doc);
  if (!found) {
    found = scan(doc);
    cache.set(doc, found);
  }
  return found;
}

const blockSources = new WeakMap<Block, readonly PolicySource[]>();

/** The policies written in one top-level block, built once per document version. */
export function policySourcesIn(doc: ParsedDocument, block: Block): readonly PolicySource[] {
  let s = blockSources.get(block);
  if (!s) {
    s = buildSources(doc, block);
    blockSources.set(block, s);
  }
  return s;
}

/** Every policy written in the document. */
export function policySources(doc: ParsedDocument): PolicySource[] {
  return documentPolicies(doc).blocks.flatMap((b) => policySourcesIn(doc, b));
}

/** `data.aws_iam_policy_document.x.json` or `local.x`, also written as `"${...}"`. */
function refOf(e: Expression): { kind: 'document' | 'local'; name: string } | undefined {
  if (e.kind === 'string' && e.parts.length === 1 && e.parts[0]!.kind === 'interpolation' && e.parts[0]!.expr) return refOf(e.parts[0]!.expr);
  if (e.kind !== 'traversal') return undefined;
  const names = e.steps.map((s) => s.name);
  if (e.root === 'data' && names[0] === 'aws_iam_policy_document' && names[1] && (names[2] === 'json' || names[2] === 'minified_json') && names.length === 3) return { kind: 'document', name: names[1] };
  if (e.root === 'local' && names.length === 1 && names[0]) return { kind: 'local', name: names[0] };
  return undefined;
}

/** A policy written in place: jsonencode(...) or JSON text. Undefined for anything else. */
function inlineSource(doc: ParsedDocument, block: Block, attribute: Attribute, address: string, extra: Partial<PolicySource>): PolicySource | undefined {
  const v = attribute.value;
  const base = { uri: doc.uri, block, address, span: v.span, quoted: false, partial: false, syntaxErrors: [], ...extra };
  if (v.kind === 'call' && v.name === 'jsonencode' && v.args.length === 1) {
    const arg = v.args[0]!;
    return { ...base, form: 'jsonencode', root: nodeFromHcl(arg), partial: arg.kind !== 'object' };
  }
  if (v.kind === 'string') {
    if (refOf(v)) return undefined;
    const decoded = decodeTemplate(doc.text, v);
    if (decoded.text.trim() === '') return undefined;
    const parsed = parseJson(decoded);
    return {
      ...base,
      form: 'json',
      root: parsed.root ?? { kind: 'unknown', span: v.contentSpan },
      syntaxErrors: decoded.hasDirectives ? [] : parsed.errors,
      quoted: !v.heredoc,
      partial: decoded.hasDirectives,
    };
  }
  return undefined;
}

function looksLikePolicy(e: Expression): boolean {
  if (e.kind === 'call' && e.name === 'jsonencode' && e.args[0]?.kind === 'object') return e.args[0].items.some((i) => i.keyName === 'Statement');
  if (e.kind === 'string' && e.heredoc) return /"Statement"\s*:/.test(e.parts.map((p) => (p.kind === 'literal' ? p.value : '')).join(''));
  return false;
}

function scan(doc: ParsedDocument): DocumentPolicies {
  const refs: PolicyRef[] = [];
  const blocks: Block[] = [];
  let callerIdentity: string | undefined;
  for (const block of doc.hcl.body.blocks) {
    const [typeLabel, nameLabel] = block.labels.map((l) => l.value);
    if (block.type === 'resource') {
      const type = policyTypeOfResource(typeLabel);
      const policy = type && block.body.attributes.find((a) => a.name === 'policy');
      if (!type || !policy) continue;
      const ref = refOf(policy.value);
      if (ref) refs.push({ ...ref, type, usedBy: blockAddress(block) ?? `${typeLabel}` });
      else blocks.push(block);
    } else if (block.type === 'data' && typeLabel === 'aws_iam_policy_document' && nameLabel) blocks.push(block);
    else if (block.type === 'data' && typeLabel === 'aws_caller_identity' && nameLabel) callerIdentity ??= nameLabel;
    else if (block.type === 'locals') blocks.push(block);
  }
  return { refs, callerIdentity, blocks };
}

function buildSources(doc: ParsedDocument, block: Block): PolicySource[] {
  const [typeLabel, nameLabel] = block.labels.map((l) => l.value);
  if (block.type === 'resource') {
    const type = policyTypeOfResource(typeLabel);
    const policy = block.body.attributes.find((a) => a.name === 'policy');
    if (!type || !policy || refOf(policy.value)) return [];
    const s = inlineSource(doc, block, policy, blockAddress(block) ?? `${typeLabel}`, { inlineType: type });
    return s ? [s] : [];
  }
  if (block.type === 'data' && typeLabel === 'aws_iam_policy_document' && nameLabel) {
    const { root, partial } = nodeFromDocument(block);
    return [{ uri: doc.uri, form: 'document', root, block, address: `data.aws_iam_policy_document.${nameLabel}`, span: block.span, syntaxErrors: [], quoted: false, partial, ref: { kind: 'document', name: nameLabel } }];
  }
  if (block.type === 'locals') {
    const out: PolicySource[] = [];
    for (const a of block.body.attributes) {
      if (!looksLikePolicy(a.value) && !(a.value.kind === 'call' && a.value.name === 'jsonencode')) continue;
      const s = inlineSource(doc, block, a, `local.${a.name}`, { ref: { kind: 'local', name: a.name } });
      if (s) out.push(looksLikePolicy(a.value) ? s : { ...s, candidate: true });
    }
    return out;
  }
  return [];
}

const resolvedCache = new WeakMap<readonly ParsedDocument[], Map<string, Policy[]>>();

function typed(source: PolicySource, refs: readonly PolicyRef[]): Policy | undefined {
  if (source.inlineType) return { source, type: source.inlineType, usedBy: [source.address] };
  const uses = refs.filter((r) => r.kind === source.ref!.kind && r.name === source.ref!.name);
  // A local is a policy when a policy argument uses it, or when it plainly is one (it has a Statement).
  if (source.ref!.kind === 'local' && uses.length === 0 && source.candidate) return undefined;
  const types = new Set(uses.map((u) => u.type));
  return { source, type: types.size === 1 ? [...types][0] : undefined, usedBy: uses.map((u) => u.usedBy) };
}

function folderRefs(folder: readonly ParsedDocument[]): PolicyRef[] {
  return folder.flatMap((d) => documentPolicies(d).refs);
}

/**
 * The policies of `doc` with their types. `folder` is the folder's documents (doc included); the result is
 * cached per folder list, so the rules of one validation run share it.
 */
export function policiesOf(doc: ParsedDocument, folder: readonly ParsedDocument[]): Policy[] {
  let perDoc = resolvedCache.get(folder);
  if (!perDoc) {
    perDoc = new Map();
    resolvedCache.set(folder, perDoc);
  }
  const hit = perDoc.get(doc.uri);
  if (hit) return hit;
  const refs = folderRefs(folder);
  const out = policySources(doc).map((s) => typed(s, refs)).filter((p): p is Policy => !!p);
  perDoc.set(doc.uri, out);
  return out;
}

/** The policies of one top-level block only (what hover and completion need), with their types. */
export function policiesInBlock(doc: ParsedDocument, folder: readonly ParsedDocument[], block: Block): Policy[] {
  const sources = policySourcesIn(doc, block);
  if (!sources.length) return [];
  const refs = folderRefs(folder);
  return sources.map((s) => typed(s, refs)).filter((p): p is Policy => !!p);
}

/** The policy a reference names (`data.aws_iam_policy_document.x` or `local.x`), wherever it is in the folder. */
export function policyNamed(folder: readonly ParsedDocument[], kind: 'document' | 'local', name: string): Policy | undefined {
  for (const d of folder) {
    for (const b of documentPolicies(d).blocks) {
      if (kind === 'document' && !(b.type === 'data' && b.labels[1]?.value === name)) continue;
      if (kind === 'local' && !(b.type === 'locals' && b.body.attributes.some((a) => a.name === name))) continue;
      const p = policiesInBlock(d, folder, b).find((x) => x.source.ref?.kind === kind && x.source.ref.name === name);
      if (p) return p;
    }
  }
  return undefined;
}
