/**
 * doValidation: every rule of the registry over one document, with the user's severity overrides.
 *
 * Work follows the edit. Rules of scope `block` (rules/rule.ts) run on one top-level chunk at a time and their
 * findings are cached, per workspace and document, by the chunk's text and a fingerprint of the folder facts
 * such a rule may read: the block and resource types declared in the folder, its module-level blocks, the
 * `.tf.json` declarations, and the chunks this chunk refers to or that refer to it. A keystroke re-runs them on the chunk
 * it changed and on the chunks whose facts it changed; every other chunk's findings are moved to its new
 * offset. Rules of scope `document` and `folder` run over the whole document each time.
 */
import type { Finding, Severity } from './findings';
import { allRules } from './rules';
import type { Rule, RuleContext, RuleScope } from './rules/rule';
import type { Chunk, ParsedDocument } from './document';
import type { Block } from './hcl/model';
import type { Workspace } from './workspace';
import { perFolder } from './folderMemo';
import { basisOf, settleFindings, type BoundBlock, type FindingBasis } from './model/bind';

export type RuleSetting = Severity | 'off';

export interface ValidationOptions {
  /** Severity overrides by rule id. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Called when a rule throws: the other rules still run. */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  /** Stop early when the result is no longer wanted (the findings returned are then incomplete). */
  readonly isCancelled?: () => boolean;
  /** Run every rule over the whole document, with no cache (the reference the chunked run must agree with). */
  readonly wholeDocument?: boolean;
}

/** At most this many findings per document, so that a hostile file yields bounded output. */
export const MAX_FINDINGS = 1000;

type Reported = { finding: Finding; basis: FindingBasis | undefined };

/** Runs `rules` on `doc` (a document or a chunk view) and settles their findings. */
function runRules(
  rules: readonly Rule[],
  ws: Workspace,
  doc: ParsedDocument,
  folder: () => readonly ParsedDocument[],
  options: ValidationOptions,
): { findings: Finding[]; failed: boolean } {
  const reported: Reported[] = [];
  let failed = false;
  for (const rule of rules) {
    if (options.isCancelled?.()) break;
    const bound = new Map<string, BoundBlock>();
    const ctx: RuleContext = {
      rule,
      doc,
      workspace: ws,
      folder,
      report(f) {
        if (reported.length >= MAX_FINDINGS) return;
        const b = f.address !== undefined ? bound.get(f.address) : undefined;
        const finding: Finding = { ...f, ruleId: rule.id, severity: f.severity ?? rule.severity };
        reported.push({ finding, basis: b ? basisOf(b) : undefined });
      },
      bind(b) {
        bound.set(b.address, b);
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      failed = true;
      options.onRuleError?.(rule.id, e);
    }
  }
  // Certainty (defaults, instances) settles the level before the user's override applies.
  return { findings: settleFindings(reported), failed };
}

// --- folder facts ---

/** What other chunks may read of a chunk, from its offset-free model: cached per chunk text. */
interface ChunkFacts {
  /** Block types and resource types (labels for the caller identity only), top-level attribute names. */
  readonly header: string;
  /** Holds something other than resource and data blocks (locals, variables, terraform, ...). */
  readonly moduleLevel: boolean;
  /** Candidate addresses written in the chunk (`aws_kms_key.k`, `data.x.y`), resolved against the folder. */
  readonly refs: readonly string[];
  /** Resource types of its resource blocks. */
  readonly types: readonly string[];
  /** The addresses it declares, each split into what precedes the name and the name. */
  readonly declared: readonly { readonly address: string; readonly prefix: string; readonly name: string }[];
  /** `uri#hash` keys by document uri (a chunk's text is usually in one document only). */
  readonly keys: Map<string, string>;
}

const factsCache = new WeakMap<object, ChunkFacts>();
const REF = /(?<![\w.-])(?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*/g;

function chunkFacts(c: Chunk): ChunkFacts {
  const key = c.localModel;
  let f = factsCache.get(key);
  if (!f) {
    const parts: string[] = [];
    const types: string[] = [];
    let moduleLevel = key.attributes.length > 0;
    for (const b of key.blocks) {
      const [t, n] = b.labels;
      // Names reach other chunks through references (see `neighbours`); what a block rule may read beyond
      // them is which types the folder declares (a reference to a type no block declares is an error) and
      // the caller identity data source (named in quick fixes).
      if (b.type === 'data' && t?.value === 'aws_caller_identity') parts.push(`data aws_caller_identity ${JSON.stringify(n?.value)}`);
      else parts.push(`${b.type} ${JSON.stringify(t?.value)}`);
      if (b.type !== 'resource' && b.type !== 'data') moduleLevel = true;
      else if (b.type === 'resource' && t) types.push(t.value);
    }
    for (const a of key.attributes) parts.push(`= ${a.name}`);
    const refs = new Set<string>();
    for (const m of c.text.matchAll(REF)) refs.add(m[0]);
    const declared = declaredIn(key.blocks).map((address) => {
      const dot = address.lastIndexOf('.');
      return { address, prefix: address.slice(0, dot), name: address.slice(dot + 1) };
    });
    f = { header: parts.join('\n'), moduleLevel, refs: [...refs], types, declared, keys: new Map() };
    factsCache.set(key, f);
  }
  return f;
}

/** The addresses a chunk declares: `type.name`, `data.type.name`, `local.name`, `var.name`, `module.name`. */
function declaredIn(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const [t, n] = b.labels;
    if (b.type === 'locals') for (const a of b.body.attributes) out.push(`local.${a.name}`);
    else if (b.type === 'variable' && t) out.push(`var.${t.value}`);
    else if (b.type === 'module' && t) out.push(`module.${t.value}`);
    else if (b.type === 'resource' && t && n) out.push(`${t.value}.${n.value}`);
    else if (b.type === 'data' && t && n) out.push(`data.${t.value}.${n.value}`);
  }
  return out;
}

/** `uri#hash` of a chunk, made once per chunk text and document. */
function keyOf(uri: string, c: Chunk): string {
  const keys = chunkFacts(c).keys;
  let k = keys.get(uri);
  if (k === undefined) {
    k = `${uri}#${c.hash}`;
    if (keys.size > 8) keys.clear();
    keys.set(uri, k);
  }
  return k;
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface FolderFacts {
  /** Declared names, module-level chunks and .tf.json declarations of the whole folder. */
  readonly global: string;
  /** The chunks a chunk of this document depends on (by reference, either way), as `uri#hash` keys. */
  neighbours(c: Chunk): string[];
}

function folderFacts(ws: Workspace, doc: ParsedDocument, folder: readonly ParsedDocument[], readTypes: ReadonlySet<string>): FolderFacts {
  const key = `${[...readTypes].sort().join(' ')}\n${JSON.stringify(ws.folderJsonDeclarations(doc.uri))}`;
  // In the CLI every file of a folder is checked against the same documents: their facts are built once.
  return perFolder(`folder facts ${key}`, folder, () => buildFolderFacts(folder, readTypes, key));
}

function buildFolderFacts(folder: readonly ParsedDocument[], readTypes: ReadonlySet<string>, extra: string): FolderFacts {
  const globalParts: string[] = [];
  const byAddress = new Map<string, { uri: string; chunk: Chunk }[]>();
  /** Declared names by what precedes them (`aws_kms_key`, `data.aws_iam_policy_document`, `local`). */
  const namesByPrefix = new Map<string, Set<string>>();
  /** Chunks the parser could not read: they may declare what an unresolved reference names. */
  const broken: string[] = [];
  for (const d of folder) {
    globalParts.push(`file ${d.uri}`);
    if (d.tooLarge) globalParts.push(`too large ${d.version} ${d.text.length}`);
    const headers = new Set<string>();
    for (const c of d.chunks) {
      const f = chunkFacts(c);
      headers.add(f.header);
      if (c.localModel.problems.length) broken.push(keyOf(d.uri, c));
      if (f.moduleLevel || (readTypes.size && f.types.some((t) => readTypes.has(t)))) globalParts.push(keyOf('', c));
      for (const { address, prefix, name } of f.declared) {
        (namesByPrefix.get(prefix) ?? namesByPrefix.set(prefix, new Set()).get(prefix)!).add(name);
        const list = byAddress.get(address);
        if (list) list.push({ uri: d.uri, chunk: c });
        else byAddress.set(address, [{ uri: d.uri, chunk: c }]);
      }
    }
    // As a set: a block that breaks, moves or repeats another's header leaves the folder facts unchanged.
    globalParts.push([...headers].sort().join('\n'));
  }
  globalParts.push(extra);
  const global = String(hashString(globalParts.join('\n')));
  // Who refers to each chunk, from every chunk of the folder.
  const referrers = new Map<Chunk, string[]>();
  for (const d of folder) {
    for (const c of d.chunks) {
      for (const r of chunkFacts(c).refs) {
        for (const target of byAddress.get(r) ?? []) {
          if (target.chunk === c) continue;
          const list = referrers.get(target.chunk);
          const key = keyOf(d.uri, c);
          if (list) list.push(key);
          else referrers.set(target.chunk, [key]);
        }
      }
    }
  }
  return {
    global,
    neighbours(c) {
      const out = [...(referrers.get(c) ?? [])];
      for (const r of chunkFacts(c).refs) {
        const targets = byAddress.get(r);
        if (targets) {
          for (const t of targets) if (t.chunk !== c) out.push(keyOf(t.uri, t.chunk));
        } else {
          // Unresolved: what it is judged by (and the near names a fix suggests) are the names of its kind.
          const prefix = r.slice(0, r.lastIndexOf('.'));
          // unresolved-reference judges aws_kms_* references only, and is silent on names a broken chunk may hold.
          const mayBeBroken = r.startsWith('aws_kms_') || r.startsWith('data.aws_kms_');
          out.push(`?${r}:${[...(namesByPrefix.get(prefix) ?? [])].sort().join(' ')}${mayBeBroken ? `|${broken.join(',')}` : ''}`);
        }
      }
      return out.sort();
    },
  };
}

// --- the cache ---

interface ChunkEntry {
  readonly fingerprint: string;
  /** Findings with offsets relative to the chunk's start. */
  readonly findings: readonly Finding[];
}

interface DocumentCache {
  settings: string;
  entries: Map<string, ChunkEntry>;
}

const caches = new WeakMap<Workspace, Map<string, DocumentCache>>();

/** Drops the cached findings of a document (when it is closed). */
export function forgetValidation(ws: Workspace, uri: string): void {
  caches.get(ws)?.delete(uri);
}

/** Deep copy of finding data with every `start`/`end` number moved by `delta`. */
function shifted<T>(value: T, delta: number): T {
  if (delta === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => shifted(v, delta)) as T;
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    const v = src[k];
    out[k] = typeof v === 'number' ? (k === 'start' || k === 'end' ? v + delta : v) : typeof v === 'object' ? shifted(v, delta) : v;
  }
  return out as T;
}

/** Whether every place a finding names lies in [start, end] of this document: only then can it move with its chunk. */
function staysInside(f: Finding, uri: string, start: number, end: number): boolean {
  const inside = (s: { start: number; end: number }) => s.start >= start && s.end <= end;
  if (!inside(f.span)) return false;
  for (const fix of f.fixes ?? []) for (const e of fix.edits) if ((e.uri !== undefined && e.uri !== uri) || !inside(e.span)) return false;
  for (const r of f.related ?? []) if (r.uri !== uri || !inside(r.span)) return false;
  return true;
}

/**
 * Scopes of the registry's rules that do not declare one, from what each reads: the block rules judge one
 * block with the folder's version, values and declarations; the policy rules judge the policies written in one
 * block, typed by the blocks that use them. key-without-policy is silenced by any unresolvable
 * aws_kms_key_policy of the folder and scans the whole folder for each block it judges, so it stays `folder`
 * (per block it would be quadratic); READS lets a block rule declare such reads. Every rule not listed is `folder`.
 */
const SCOPES: Readonly<Record<string, RuleScope>> = {
  'syntax-error': 'document',
  'unused-suppression': 'document',
  'suppression-without-reason': 'document',
  ...Object.fromEntries(
    [
      'unknown-resource-type', 'unknown-attribute', 'missing-required', 'attribute-type', 'invalid-value', 'conflicting-attributes',
      'deprecated', 'unresolved-reference', 'key-spec-usage-mismatch', 'rotation-unsupported', 'rotation-period-without-rotation',
      'alias-name', 'custom-key-store-config', 'key-in-custom-store', 'grant-operation-unsupported', 'key-rotation-disabled',
      'key-disabled', 'lockout-check-bypassed',
      'policy-json-syntax', 'policy-structure', 'policy-version', 'policy-effect', 'duplicate-sid', 'invalid-sid', 'unknown-action',
      'non-kms-action-in-key-policy', 'unknown-condition-operator', 'unknown-condition-key', 'condition-type-mismatch',
      'condition-key-not-applicable', 'invalid-principal', 'key-policy-resource', 'wildcard-principal', 'full-access-to-non-root',
      'cross-account-access', 'policy-lockout', 'notprincipal-allow', 'policy-size', 'identity-kms-all-keys',
    ].map((id) => [id, 'block' as const]),
  ),
};

/** Block rules that read, besides the facts every block rule may read, every block of these resource types. */
const READS: Readonly<Record<string, readonly string[]>> = {};

/** The scope a rule declares, else the one listed above, else `folder`. */
export function scopeOf(rule: Rule): RuleScope {
  return rule.scope ?? SCOPES[rule.id] ?? 'folder';
}

const blockScoped = allRules.filter((r) => scopeOf(r) === 'block');
const wholeScoped = allRules.filter((r) => scopeOf(r) !== 'block');

export function doValidation(ws: Workspace, doc: ParsedDocument, options: ValidationOptions = {}): Finding[] {
  let folderList: readonly ParsedDocument[] | undefined;
  const folderDocs = () => (folderList ??= ws.folderDocuments(doc.uri).map((d) => (d.uri === doc.uri ? doc : d)));
  const on = (r: Rule) => options.rules?.[r.id] !== 'off';
  let findings: Finding[];
  if (options.wholeDocument) {
    findings = runRules(allRules.filter(on), ws, doc, folderDocs, options).findings;
  } else {
    findings = runRules(wholeScoped.filter(on), ws, doc, folderDocs, options).findings;
    const rules = blockScoped.filter(on);
    if (rules.length && !doc.tooLarge) findings.push(...chunkFindings(rules, ws, doc, folderDocs, options));
  }
  // What the parser recovered of a block with a syntax error is not what Terraform would read: within such a
  // chunk only the syntax error is certain.
  const broken = doc.chunks.filter((c) => c.localModel.problems.length > 0);
  if (broken.length) findings = findings.filter((f) => f.ruleId === 'syntax-error' || !broken.some((c) => f.span.start >= c.start && f.span.start < c.end));
  const out = findings.map((f) => {
    const setting = options.rules?.[f.ruleId];
    return setting && setting !== 'off' ? { ...f, severity: setting } : f;
  });
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return out.length > MAX_FINDINGS ? out.slice(0, MAX_FINDINGS) : out;
}

function chunkFindings(
  rules: readonly Rule[],
  ws: Workspace,
  doc: ParsedDocument,
  folderDocs: () => readonly ParsedDocument[],
  options: ValidationOptions,
): Finding[] {
  let perDoc = caches.get(ws);
  if (!perDoc) caches.set(ws, (perDoc = new Map()));
  const settings = JSON.stringify(options.rules ?? {});
  let cache = perDoc.get(doc.uri);
  if (!cache || cache.settings !== settings) perDoc.set(doc.uri, (cache = { settings, entries: new Map() }));
  const facts = folderFacts(ws, doc, folderDocs(), new Set(rules.flatMap((r) => READS[r.id] ?? [])));
  const next = new Map<string, ChunkEntry>();
  const out: Finding[] = [];
  // Every chunk's rules see the same folder list (caches keyed by it key chunk views by identity).
  const folderForChunk = folderDocs;
  for (const chunk of doc.chunks) {
    if (options.isCancelled?.()) return out;
    if (chunk.localModel.blocks.length === 0 && chunk.localModel.attributes.length === 0) continue;
    const fingerprint = `${facts.global}|${facts.neighbours(chunk).join(',')}`;
    let entry = cache.entries.get(chunk.text);
    if (!entry || entry.fingerprint !== fingerprint) {
      const { findings, failed } = runRules(rules, ws, doc.viewOf(chunk), folderForChunk, options);
      if (options.isCancelled?.()) return out;
      const movable = !failed && findings.every((f) => staysInside(f, doc.uri, chunk.start, chunk.end));
      if (!movable) {
        out.push(...findings);
        continue;
      }
      entry = { fingerprint, findings: shifted(findings, -chunk.start) };
    }
    next.set(chunk.text, entry);
    for (const f of entry.findings) out.push(shifted(f, chunk.start));
  }
  cache.entries = next;
  return out;
}
