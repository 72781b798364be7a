/**
 * Where policies are: `policy` arguments of KMS key and IAM policy resources (jsonencode, JSON text, or a
 * reference to a `data "aws_iam_policy_document"` or a local), the policy documents themselves, and locals
 * holding a policy. Each document is scanned once per version (cached on the ParsedDocument); the policy type
 * comes from where a policy is used, across the folder.
 */
import type { ParsedDocument } from '../document';
import { perFolder } from '../folderMemo';
import { blockAddress, childExpressions, type Attribute, type Block, type Expression } from '../hcl/model';
import { policyArgumentsOf } from './kinds';
import { nodeFromDocument, nodeFromHcl, type Resolve } from './fromHcl';
import { folderModel, type FolderModel } from '../model/folder';
import { evaluate, newBudget } from '../model/evaluate';
import { decodeTemplate, parseJson } from './json';
import type { Policy, PolicySource, PolicyType } from './model';

/** The kind of the `policy` argument of a resource type (what completion after `policy = ` offers). */
export function policyTypeOfResource(type: string | undefined): PolicyType | undefined {
  return policyArgumentsOf(type)?.['policy']?.kind;
}

/**
 * A use of a policy defined elsewhere (`policy = data.aws_iam_policy_document.x.json`, `policy = local.x`), with
 * the kind of the place it is used in. `unknown`: passed to a module, an output or an argument we do not know.
 * `inherit`: merged into another policy document, or held by a local: the kind of that one's uses.
 */
export interface PolicyRef {
  readonly kind: 'document' | 'local';
  readonly name: string;
  readonly type: PolicyType | 'unknown' | 'inherit';
  readonly label?: string;
  readonly inherit?: { readonly kind: 'document' | 'local'; readonly name: string };
  readonly usedBy: string;
  /** The reference is the whole argument (not inside a conditional or a function call). */
  readonly direct: boolean;
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

const blockSources = new WeakMap<Block, { readonly fm: FolderModel | undefined; readonly sources: readonly PolicySource[] }>();

/**
 * The policies written in one top-level block. With the folder, their non-literal parts are evaluated (locals,
 * variable defaults, functions), so the result is built again when the folder's documents change.
 */
export function policySourcesIn(doc: ParsedDocument, block: Block, folder?: readonly ParsedDocument[]): readonly PolicySource[] {
  const fm = folder ? folderModel(folder.some((d) => d.uri === doc.uri) ? folder : [...folder, doc]) : undefined;
  const hit = blockSources.get(block);
  if (hit && hit.fm === fm) return hit.sources;
  const sources = buildSources(doc, block, fm);
  blockSources.set(block, { fm, sources });
  return sources;
}

/** Every policy written in the document. */
export function policySources(doc: ParsedDocument, folder?: readonly ParsedDocument[]): PolicySource[] {
  return documentPolicies(doc).blocks.flatMap((b) => policySourcesIn(doc, b, folder));
}

function resolver(doc: ParsedDocument, fm: FolderModel | undefined): Resolve | undefined {
  if (!fm) return undefined;
  const budget = newBudget();
  return (e, names) => evaluate(e, { folder: fm, uri: doc.uri, budget, ...(names ? { names } : {}) });
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
function inlineSource(doc: ParsedDocument, block: Block, attribute: Attribute, address: string, extra: Partial<PolicySource>, resolve?: Resolve): PolicySource | undefined {
  const v = attribute.value;
  const base = { uri: doc.uri, block, address, span: v.span, quoted: false, partial: false, syntaxErrors: [], ...extra };
  if (v.kind === 'call' && v.name === 'jsonencode' && v.args.length === 1) {
    const arg = v.args[0]!;
    const root = nodeFromHcl(arg, 0, resolve, doc.uri);
    return { ...base, form: 'jsonencode', root, partial: root.kind !== 'object' };
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

/** The attributes at `path` (`policy`, or `inline_policy.policy` inside nested blocks) of a block body. */
function attributesAt(block: Block, path: string): Attribute[] {
  const parts = path.split('.');
  let bodies = [block.body];
  for (const p of parts.slice(0, -1)) bodies = bodies.flatMap((b) => b.blocks.filter((x) => x.type === p).map((x) => x.body));
  const name = parts[parts.length - 1]!;
  return bodies.flatMap((b) => b.attributes.filter((x) => x.name === name));
}

/** Every `data.aws_iam_policy_document.X.json` and `local.X` inside an expression, and whether it is the whole of it. */
function policyRefsIn(e: Expression, out: { kind: 'document' | 'local'; name: string; direct: boolean }[], depth = 0, direct = true): void {
  if (depth > 64) return;
  const r = refOf(e);
  if (r) {
    out.push({ ...r, direct });
    return;
  }
  if (e.kind === 'traversal' && e.root === 'data' && e.steps[0]?.name === 'aws_iam_policy_document' && e.steps[1]?.name) {
    // `.json` through an index or a splat (`data.aws_iam_policy_document.x[0].json`): still that document.
    out.push({ kind: 'document', name: e.steps[1].name, direct: false });
    return;
  }
  if (e.kind === 'traversal' && e.root === 'local' && e.steps[0]?.name) {
    out.push({ kind: 'local', name: e.steps[0].name, direct: false });
    return;
  }
  for (const c of childExpressions(e)) policyRefsIn(c, out, depth + 1, false);
}

const MERGE_ARGUMENTS = new Set(['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json']);

/** The scan of one chunk's blocks: what it refers to, and which of its blocks may hold policies (by index). */
interface ChunkScan {
  readonly refs: readonly PolicyRef[];
  readonly callerIdentity: string | undefined;
  readonly blocks: readonly number[];
}

function scanBlocks(all: readonly Block[]): ChunkScan {
  const refs: PolicyRef[] = [];
  const blocks: number[] = [];
  let callerIdentity: string | undefined;
  const addUses = (e: Expression, usedBy: string, site: Pick<PolicyRef, 'type' | 'label' | 'inherit'>) => {
    const found: { kind: 'document' | 'local'; name: string; direct: boolean }[] = [];
    policyRefsIn(e, found);
    for (const f of found) refs.push({ ...f, ...site, usedBy });
  };
  const walkBody = (body: Block['body'], usedBy: string, skip: ReadonlySet<Attribute>, depth = 0) => {
    if (depth > 32) return;
    for (const a of body.attributes) if (!skip.has(a)) addUses(a.value, usedBy, { type: 'unknown' });
    for (const b of body.blocks) walkBody(b.body, usedBy, skip, depth + 1);
  };
  all.forEach((block, index) => {
    const [typeLabel, nameLabel] = block.labels.map((l) => l.value);
    const usedBy = blockAddress(block) ?? `${typeLabel ?? block.type}`;
    if (block.type === 'resource') {
      const args = policyArgumentsOf(typeLabel);
      const seen = new Set<Attribute>();
      let inline = false;
      for (const [path, arg] of Object.entries(args ?? {})) {
        for (const attr of attributesAt(block, path)) {
          seen.add(attr);
          addUses(attr.value, usedBy, { type: arg.kind, label: arg.label });
          if (!refOf(attr.value)) inline = true;
        }
      }
      if (inline) blocks.push(index);
      walkBody(block.body, usedBy, seen);
    } else if (block.type === 'data' && typeLabel === 'aws_iam_policy_document' && nameLabel) {
      blocks.push(index);
      const seen = new Set<Attribute>();
      for (const a of block.body.attributes) {
        if (!MERGE_ARGUMENTS.has(a.name)) continue;
        seen.add(a);
        addUses(a.value, usedBy, { type: 'inherit', inherit: { kind: 'document', name: nameLabel } });
      }
      walkBody(block.body, usedBy, seen);
    } else if (block.type === 'data' && typeLabel === 'aws_caller_identity' && nameLabel) callerIdentity ??= nameLabel;
    else if (block.type === 'locals') {
      blocks.push(index);
      for (const a of block.body.attributes) addUses(a.value, `local.${a.name}`, { type: 'inherit', inherit: { kind: 'local', name: a.name } });
    } else walkBody(block.body, usedBy, new Set());
  });
  return { refs, callerIdentity, blocks };
}

/** Chunk scans by the chunk's offset-free model: a keystroke re-scans its own chunk only. */
const chunkScans = new WeakMap<object, ChunkScan>();

function scan(doc: ParsedDocument): DocumentPolicies {
  const refs: PolicyRef[] = [];
  const blocks: Block[] = [];
  let callerIdentity: string | undefined;
  for (const chunk of doc.chunks) {
    const key = chunk.localModel;
    let found = chunkScans.get(key);
    if (!found) {
      // The offset-free blocks have the same content as the placed ones, and the scan keeps no offsets.
      found = scanBlocks(key.blocks);
      chunkScans.set(key, found);
    }
    for (const r of found.refs) refs.push(r);
    callerIdentity ??= found.callerIdentity;
    for (const i of found.blocks) blocks.push(chunk.blocks[i]!);
  }
  return { refs, callerIdentity, blocks };
}

function buildSources(doc: ParsedDocument, block: Block, fm: FolderModel | undefined): PolicySource[] {
  const [typeLabel, nameLabel] = block.labels.map((l) => l.value);
  const resolve = resolver(doc, fm);
  if (block.type === 'resource') {
    const out: PolicySource[] = [];
    for (const [path, arg] of Object.entries(policyArgumentsOf(typeLabel) ?? {})) {
      for (const attr of attributesAt(block, path)) {
        if (refOf(attr.value)) continue;
        const s = inlineSource(doc, block, attr, blockAddress(block) ?? `${typeLabel}`, { inlineType: arg.kind, inlineLabel: arg.label }, resolve);
        if (s) out.push(s);
      }
    }
    return out;
  }
  if (block.type === 'data' && typeLabel === 'aws_iam_policy_document' && nameLabel) {
    const { root, partial } = nodeFromDocument(block, resolve, doc.uri);
    return [{ uri: doc.uri, form: 'document', root, block, address: `data.aws_iam_policy_document.${nameLabel}`, span: block.span, syntaxErrors: [], quoted: false, partial, ref: { kind: 'document', name: nameLabel } }];
  }
  if (block.type === 'locals') {
    const out: PolicySource[] = [];
    for (const a of block.body.attributes) {
      if (!looksLikePolicy(a.value) && !(a.value.kind === 'call' && a.value.name === 'jsonencode')) continue;
      const s = inlineSource(doc, block, a, `local.${a.name}`, { ref: { kind: 'local', name: a.name } }, resolve);
      if (s) out.push(looksLikePolicy(a.value) ? s : { ...s, candidate: true });
    }
    return out;
  }
  return [];
}

/** Per folder list, per document object (a chunk view is a document of its own). */
const resolvedCache = new WeakMap<readonly ParsedDocument[], WeakMap<ParsedDocument, Policy[]>>();

interface KindOf {
  readonly type: PolicyType | undefined;
  readonly label: string | undefined;
  readonly used: boolean;
}

/** The kind of a policy defined apart from its uses: the kind of every place it is used in, when they agree. */
function kindOf(target: { kind: 'document' | 'local'; name: string }, refs: readonly PolicyRef[], seen: Set<string> = new Set()): KindOf {
  const id = `${target.kind}.${target.name}`;
  if (seen.has(id) || seen.size > 32) return { type: undefined, label: undefined, used: true };
  seen.add(id);
  const kinds = new Set<string>();
  const labels = new Set<string>();
  let used = false;
  for (const r of refs) {
    if (r.kind !== target.kind || r.name !== target.name) continue;
    if (r.inherit && r.inherit.kind === target.kind && r.inherit.name === target.name) continue;
    used = true;
    if (r.type === 'inherit' && r.inherit) {
      const k = kindOf(r.inherit, refs, seen);
      if (!k.used) continue; // held by a local or merged into a document that is itself unused
      kinds.add(k.type ?? 'unknown');
      if (k.label) labels.add(k.label);
    } else {
      kinds.add(r.type);
      if (r.label) labels.add(r.label);
    }
  }
  seen.delete(id);
  if (kinds.size !== 1 || kinds.has('unknown')) return { type: undefined, label: undefined, used };
  const type = [...kinds][0] as PolicyType;
  return { type, label: labels.size === 1 ? [...labels][0] : undefined, used };
}

function typed(source: PolicySource, refs: readonly PolicyRef[]): Policy | undefined {
  if (source.inlineType) return { source, type: source.inlineType, label: source.inlineLabel, usedBy: [source.address] };
  const k = kindOf(source.ref!, refs);
  // A local is a policy when a policy argument uses it, or when it plainly is one (it has a Statement).
  if (source.ref!.kind === 'local' && source.candidate && k.type === undefined) return undefined;
  const usedBy = [...new Set(refs.filter((r) => r.kind === source.ref!.kind && r.name === source.ref!.name && r.type !== 'inherit').map((u) => u.usedBy))];
  return { source, type: k.type, label: k.label, usedBy };
}

function folderRefs(folder: readonly ParsedDocument[]): PolicyRef[] {
  return perFolder('policy references', folder, () => folder.flatMap((d) => documentPolicies(d).refs));
}

/**
 * The policies of `doc` with their types. `folder` is the folder's documents (doc included); the result is
 * cached per folder list, so the rules of one validation run share it.
 */
export function policiesOf(doc: ParsedDocument, folder: readonly ParsedDocument[]): Policy[] {
  let perDoc = resolvedCache.get(folder);
  if (!perDoc) {
    perDoc = new WeakMap();
    resolvedCache.set(folder, perDoc);
  }
  const hit = perDoc.get(doc);
  if (hit) return hit;
  const refs = folderRefs(folder);
  const out = policySources(doc, folder).map((s) => typed(s, refs)).filter((p): p is Policy => !!p);
  perDoc.set(doc, out);
  return out;
}

/** The policies of one top-level block only (what hover and completion need), with their types. */
export function policiesInBlock(doc: ParsedDocument, folder: readonly ParsedDocument[], block: Block): Policy[] {
  const sources = policySourcesIn(doc, block, folder);
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
