/**
 * The KMS pattern table (snippets/terraform-kms.code-snippets): one snippet per pattern of the guide, every
 * aws_kms_* block on its own, unique prefixes under one scheme, and bodies that respect what the provider and
 * the KMS API enforce (../shared/reference/kms-validation-facts.md), checked for every option of every choice.
 * Also the snippet expander itself.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expandWithDefaults, kmsPatterns, omitDeclaredDataSources, parsePatterns, snippetChoices, type KmsPattern } from '../../server/src/service/patterns';
import kmsSchema from '../../server/src/service/schema/kms-schema.json';
import { ALIAS_NAME, GRANT_OPERATIONS as FACT_GRANT_OPERATIONS, USAGES_BY_SPEC as FACT_USAGES_BY_SPEC } from '../../server/src/service/schema/facts';

const REPO = resolve(__dirname, '../..');
const SNIPPET_FILE = join(REPO, 'snippets/terraform-kms.code-snippets');
const CONTEXT_DIR = join(REPO, 'test/snippets/context');
const GUIDE = resolve(REPO, '../shared/guide/kms-terraform-guide.md');

/**
 * Each code-bearing heading of the guide and the snippets that carry its pattern. The troubleshooting
 * headings map onto the snippets that show the working form.
 */
const GUIDE_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  'Basic KMS Setup': ['kms-basic'],
  'Multi-Purpose KMS Keys': ['kms-multi-purpose'],
  'Cross-Account KMS Access': ['kms-cross-account'],
  'KMS with External Key Store': ['kms-xks'],
  'KMS Key Configuration': ['kms-key-from-variables'],
  'Advanced KMS Configuration': ['kms-advanced'],
  'Basic Deployment': ['kms-simple'],
  'Production Deployment': ['kms-production'],
  'Multi-Environment Deployment': ['kms-multi-env'],
  'CloudWatch Integration': ['kms-cloudwatch'],
  'CloudTrail Integration': ['kms-cloudtrail'],
  'Key Policies': ['kms-policy-services'],
  'Key Rotation': ['kms-rotation-auto', 'kms-rotation-manual'],
  'Access Control': ['kms-iam-access-policy'],
  'Key Usage Optimization': ['kms-cost-optimized'],
  'Multi-Region Key Management': ['kms-multi-region'],
  'Issue: Key Access Denied': ['kms-res-key-policy'],
  'Issue: Key Rotation Problems': ['kms-rotation-auto'],
  'E-Commerce KMS Setup': ['kms-ecommerce'],
  'Microservices KMS Setup': ['kms-microservices'],
};

/** Block types the guide uses that the snippets replace on purpose, and with what (undefined: dropped). */
const GUIDE_SUBSTITUTES: Readonly<Record<string, string | undefined>> = {
  // Not a provider type: an external key store is aws_kms_custom_key_store of type EXTERNAL_KEY_STORE.
  'resource aws_kms_external_key_store': 'resource aws_kms_custom_key_store',
  // aws_kms_external_key imports key material; a key in an external key store is an aws_kms_key.
  'resource aws_kms_external_key': 'resource aws_kms_key',
  // Needs the hashicorp/random provider; the account ID and Region make the bucket name unique instead.
  'resource random_id': undefined,
};

/** Data sources the schema has that get no snippet. */
const NO_SNIPPET: Readonly<Record<string, string>> = {
  'data aws_kms_secret': 'removed from the provider: every read fails and points to aws_kms_secrets',
};

// ---- facts: the service's facts module, without the values of low confidence (ML-KEM, Encapsulate/Decapsulate
// may be missing from the provider's SDK build), which snippets must not rely on ------------------------------
const USAGES_BY_SPEC: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(FACT_USAGES_BY_SPEC).filter(([spec]) => !spec.startsWith('ML_KEM_')),
);
const GRANT_OPERATIONS = new Set<string>(FACT_GRANT_OPERATIONS.filter((op) => op !== 'Encapsulate' && op !== 'Decapsulate'));

const patterns = kmsPatterns();
const byPrefix = new Map(patterns.map((p) => [p.prefix, p]));
const isBlockSnippet = (p: KmsPattern) => /^kms-(res|data)-/.test(p.prefix);

// ---- a little HCL, enough for snippets: top-level blocks and their first-level attributes ------------------
interface Block {
  readonly kind: string; // resource, data, variable, locals, provider, ...
  readonly labels: readonly string[];
  readonly text: string; // from the header to the closing brace
  readonly attrs: ReadonlyMap<string, string>; // first-level `name = value` (value: rest of the line)
}

function topLevelBlocks(hcl: string): Block[] {
  const blocks: Block[] = [];
  const header = /^([a-z_]+)((?:\s+"[^"]*")*)\s*\{/gm;
  for (let m = header.exec(hcl); m; m = header.exec(hcl)) {
    let depth = 0;
    let end = m.index;
    for (let i = m.index + m[0].length - 1; i < hcl.length; i++) {
      if (hcl[i] === '{') depth++;
      else if (hcl[i] === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    const text = hcl.slice(m.index, end);
    const attrs = new Map<string, string>();
    for (const line of text.split('\n').slice(1)) {
      const a = /^ {2}([a-z_0-9]+)\s*=\s*(.*)$/.exec(line);
      if (a) attrs.set(a[1]!, a[2]!.trim());
    }
    blocks.push({ kind: m[1]!, labels: [...m[2]!.matchAll(/"([^"]*)"/g)].map((x) => x[1]!), text, attrs });
    header.lastIndex = end;
  }
  return blocks;
}

/** A quoted literal's value with `${...}` interpolations replaced by `x`; undefined for any other expression. */
function literal(value: string | undefined): string | undefined {
  const m = value === undefined ? null : /^"((?:[^"\\]|\\.)*)"$/.exec(value);
  return m ? m[1]!.replace(/\$\{[^}]*\}/g, 'x') : undefined;
}

/** Every expansion worth checking: the defaults, then each other option of each choice on its own. */
function expansions(p: KmsPattern): { label: string; text: string }[] {
  const out = [{ label: `${p.prefix} (defaults)`, text: expandWithDefaults(p.body) }];
  for (const [index, options] of snippetChoices(p.body)) {
    for (const option of options.slice(1)) {
      out.push({ label: `${p.prefix} ($${index} = ${option})`, text: expandWithDefaults(p.body, new Map([[index, option]])) });
    }
  }
  return out;
}

/** What an expansion gets wrong against the facts, one message each. */
function factProblems(hcl: string): string[] {
  const problems: string[] = [];
  if (/aws_kms_external_key_store/.test(hcl)) problems.push('aws_kms_external_key_store is not a provider type');
  if (/external_key_store_id/.test(hcl)) problems.push('external_key_store_id is not an argument of any KMS resource');
  if (/data\s+"aws_kms_secret"/.test(hcl)) problems.push('data aws_kms_secret was removed; use aws_kms_secrets');
  if (/bypass_policy_lockout_safety_check\s*=\s*true/.test(hcl)) problems.push('bypass_policy_lockout_safety_check = true');
  for (const b of topLevelBlocks(hcl)) {
    const type = b.labels[0] ?? '';
    const at = `${b.kind} ${b.labels.join('.')}`;
    const window = b.attrs.get('deletion_window_in_days');
    if (window !== undefined && /^\d+$/.test(window) && (Number(window) < 7 || Number(window) > 30)) {
      problems.push(`${at}: deletion_window_in_days ${window} is outside 7-30`);
    }
    if (b.kind === 'resource' && type === 'aws_kms_alias') {
      const name = literal(b.attrs.get('name'));
      if (name === undefined) problems.push(`${at}: name is not a literal`);
      else if (!ALIAS_NAME.test(name) || name.startsWith('alias/aws/')) problems.push(`${at}: alias name "${name}" is invalid`);
    }
    if (b.kind === 'data' && type === 'aws_kms_alias') {
      const name = literal(b.attrs.get('name'));
      if (name !== undefined && !ALIAS_NAME.test(name)) problems.push(`${at}: alias name "${name}" is invalid`);
    }
    if (b.kind === 'resource' && type === 'aws_kms_key') {
      const spec = literal(b.attrs.get('customer_master_key_spec')) ?? (b.attrs.has('customer_master_key_spec') ? undefined : 'SYMMETRIC_DEFAULT');
      const usage = literal(b.attrs.get('key_usage')) ?? (b.attrs.has('key_usage') ? undefined : 'ENCRYPT_DECRYPT');
      const rotation = b.attrs.get('enable_key_rotation');
      if (spec !== undefined && !(spec in USAGES_BY_SPEC)) problems.push(`${at}: unknown key spec ${spec}`);
      if (spec !== undefined && usage !== undefined && !USAGES_BY_SPEC[spec]?.includes(usage)) {
        problems.push(`${at}: key spec ${spec} does not allow key_usage ${usage}`);
      }
      if (rotation === 'true' && spec !== undefined && spec !== 'SYMMETRIC_DEFAULT') problems.push(`${at}: rotation on a ${spec} key fails at apply`);
      if (rotation === 'true' && b.attrs.has('custom_key_store_id')) problems.push(`${at}: rotation on a key in a custom key store fails at apply`);
      if (b.attrs.get('multi_region') === 'true' && b.attrs.has('custom_key_store_id')) problems.push(`${at}: multi-Region keys cannot be in a custom key store`);
      if (b.attrs.has('xks_key_id') && !b.attrs.has('custom_key_store_id')) problems.push(`${at}: xks_key_id needs custom_key_store_id`);
      const period = b.attrs.get('rotation_period_in_days');
      if (period !== undefined && /^\d+$/.test(period)) {
        if (Number(period) < 90 || Number(period) > 2560) problems.push(`${at}: rotation_period_in_days ${period} is outside 90-2560`);
        if (rotation !== 'true') problems.push(`${at}: rotation_period_in_days without enable_key_rotation = true`);
      }
    }
    if (b.kind === 'resource' && type === 'aws_kms_grant') {
      const ops = b.attrs.get('operations');
      for (const op of ops?.match(/"[^"]*"/g) ?? []) {
        if (!GRANT_OPERATIONS.has(op.slice(1, -1))) problems.push(`${at}: unknown grant operation ${op}`);
      }
      const c = /constraints\s*\{[\s\S]*?\n {2}\}/.exec(b.text)?.[0] ?? '';
      if (/encryption_context_equals/.test(c) && /encryption_context_subset/.test(c)) problems.push(`${at}: grant constraint with both context maps`);
    }
    if (b.kind === 'resource' && type === 'aws_kms_custom_key_store') {
      const storeType = literal(b.attrs.get('custom_key_store_type'));
      if (storeType === 'EXTERNAL_KEY_STORE') {
        const path = literal(b.attrs.get('xks_proxy_uri_path'));
        const endpoint = literal(b.attrs.get('xks_proxy_uri_endpoint'));
        if (path === undefined || !/^\/.*\/kms\/xks\/v1$|^\/kms\/xks\/v1$/.test(path)) problems.push(`${at}: xks_proxy_uri_path must end with /kms/xks/v1`);
        if (endpoint === undefined || !/^https:\/\/[^/:\\]+$/.test(endpoint)) problems.push(`${at}: xks_proxy_uri_endpoint must be https:// and a host`);
        if (!b.attrs.has('xks_proxy_connectivity') || !/xks_proxy_authentication_credential\s*\{/.test(b.text)) problems.push(`${at}: XKS store without connectivity or credential`);
      } else if (storeType === 'AWS_CLOUDHSM') {
        for (const a of ['cloud_hsm_cluster_id', 'trust_anchor_certificate', 'key_store_password']) {
          if (!b.attrs.has(a)) problems.push(`${at}: a CloudHSM key store needs ${a}`);
        }
      } else problems.push(`${at}: custom_key_store_type should say which kind of store this is`);
    }
    const policy = policyOf(b);
    if (policy !== undefined) problems.push(...keyPolicyProblems(at, policy));
    if (b.kind === 'resource' && /^aws_(iam_policy|s3_bucket_policy)$/.test(type)) {
      if (!/Version\s*=\s*"2012-10-17"/.test(b.text)) problems.push(`${at}: policy without Version = "2012-10-17"`);
    }
  }
  return problems;
}

/** The policy text of a key policy resource or a key resource with `policy`, else undefined. */
function policyOf(b: Block): string | undefined {
  if (b.kind !== 'resource') return undefined;
  const type = b.labels[0];
  if (type === 'aws_kms_key_policy') return b.text;
  if (/^aws_kms_(key|external_key|replica_key|replica_external_key)$/.test(type ?? '') && b.attrs.has('policy')) return b.text;
  return undefined;
}

/** A key policy must keep a statement that allows the account root kms:*, so that nobody is locked out. */
function keyPolicyProblems(at: string, text: string): string[] {
  const problems: string[] = [];
  if (!/Version\s*=\s*"2012-10-17"/.test(text)) problems.push(`${at}: key policy without Version = "2012-10-17"`);
  const flat = text
    .replace(/#.*$/gm, '')
    .replace(/\$\{[^}]*\}/g, 'X')
    .replace(/Principal\s*=\s*\{\s*AWS\s*=\s*"arn:X:iam::X:root"\s*\}/g, 'Principal = ROOT');
  const rootStatement = [...flat.matchAll(/\{[^{}]*\}/g)].some(
    (s) => /Effect\s*=\s*"Allow"/.test(s[0]) && /Principal = ROOT/.test(s[0]) && /Action\s*=\s*"kms:\*"/.test(s[0]) && /Resource\s*=\s*"\*"/.test(s[0]),
  );
  if (!rootStatement) problems.push(`${at}: key policy lacks the statement that allows the account root kms:*`);
  return problems;
}

/** References in `hcl` to things no block of `hcl` declares (data sources, variables, locals, resources). */
function undeclared(hcl: string): string[] {
  const blocks = topLevelBlocks(hcl);
  const declared = new Set<string>();
  for (const b of blocks) {
    if (b.kind === 'resource') declared.add(`${b.labels[0]}.${b.labels[1]}`);
    if (b.kind === 'data') declared.add(`data.${b.labels[0]}.${b.labels[1]}`);
    if (b.kind === 'variable') declared.add(`var.${b.labels[0]}`);
    if (b.kind === 'locals') for (const name of b.attrs.keys()) declared.add(`local.${name}`);
    if (b.kind === 'provider' && b.attrs.has('alias')) declared.add(`aws.${literal(b.attrs.get('alias'))}`);
  }
  const code = hcl.replace(/#.*$/gm, '');
  const refs = new Set<string>();
  for (const m of code.matchAll(/\b(data\.[a-z0-9_]+\.[A-Za-z0-9_-]+|var\.[A-Za-z0-9_]+|local\.[A-Za-z0-9_]+|aws_[a-z0-9_]+\.[A-Za-z_][A-Za-z0-9_-]*)/g)) {
    const ref = m[1]!;
    const before = code[m.index! - 1];
    if (before === '"' || before === '/' || before === ':' || before === '.') continue; // inside a string, not a reference
    if (/^aws_kms_[a-z_]+\.[a-z]+\.amazonaws$/.test(ref)) continue;
    if (/^aws_[a-z0-9_]+\.(amazonaws|com)$/.test(ref)) continue;
    refs.add(ref);
  }
  // `provider = aws.replica` is a provider reference, declared by a provider block.
  return [...refs].filter((r) => !declared.has(r) && !(r.startsWith('aws.') && declared.has(r))).sort();
}

// ---- guide parsing -------------------------------------------------------------------------------------
interface GuideSection {
  readonly heading: string;
  readonly code: string;
}

/** The guide's headings (outside code fences), with the HCL code under each one up to the next heading. */
function guideSections(markdown: string): GuideSection[] {
  const sections: { heading: string; code: string[] }[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const f = /^```(\w*)/.exec(line);
    if (f) {
      fence = fence === undefined ? f[1]! : undefined;
      continue;
    }
    if (fence === undefined) {
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      if (h) sections.push({ heading: normalizeHeading(h[1]!), code: [] });
    } else if (fence === 'hcl' && sections.length > 0) {
      sections[sections.length - 1]!.code.push(line);
    }
  }
  return sections.map((s) => ({ heading: s.heading, code: s.code.join('\n') }));
}

/** `**Basic KMS Setup**` -> `Basic KMS Setup`; drops emphasis and emoji (which the file has in mojibake). */
function normalizeHeading(text: string): string {
  return text
    .replace(/\*/g, '')
    .replace(/[^\x20-\x7e]/g, '')
    .trim();
}

function declaredTypes(hcl: string): Set<string> {
  return new Set([...hcl.matchAll(/^(resource|data)\s+"([^"]+)"/gm)].map((m) => `${m[1]} ${m[2]}`));
}

// ---- tests --------------------------------------------------------------------------------------------
describe('KMS pattern table', () => {
  test('the snippet file parses and every entry became a pattern', () => {
    const text = readFileSync(SNIPPET_FILE, 'utf8');
    // JSON.parse keeps the last of two equal keys, so count the entries in the text as well.
    const entries = text.match(/^ {2}"[^"]+": \{$/gm) ?? [];
    assert.equal(parsePatterns(text).length, entries.length, 'duplicate snippet names or entries without prefix/body');
    assert.equal(patterns.length, entries.length);
  });

  test('every prefix is unique', () => {
    const seen = new Map<string, number>();
    for (const p of patterns) seen.set(p.prefix, (seen.get(p.prefix) ?? 0) + 1);
    assert.deepEqual([...seen].filter(([, n]) => n > 1), []);
  });

  test('prefixes follow one scheme: kms-<pattern>, kms-res-<resource>, kms-data-<data source>', () => {
    const wrong: string[] = [];
    for (const p of patterns) {
      if (!/^kms-[a-z0-9]+(-[a-z0-9]+)*$/.test(p.prefix)) wrong.push(`${p.prefix}: not kms-lowercase-words`);
      const m = /^kms-(res|data)-(.*)$/.exec(p.prefix);
      if (!m) continue;
      const kind = m[1] === 'res' ? 'resource' : 'data';
      const types = topLevelBlocks(expandWithDefaults(p.body)).filter((b) => b.kind === kind);
      // kms-res-custom-key-store-xks -> aws_kms_custom_key_store: the longest type the prefix starts with.
      const match = types.find((b) => m[2]!.startsWith((b.labels[0] ?? '').replace(/^aws_kms_/, '').replace(/_/g, '-')));
      if (!match) wrong.push(`${p.prefix}: the body declares no ${kind} named by the prefix`);
    }
    assert.deepEqual(wrong, []);
  });

  test('every snippet has a name and a description of its own', () => {
    const missing = patterns.filter((p) => p.description.trim().length < 20 || p.name.trim() === '').map((p) => p.prefix);
    assert.deepEqual(missing, []);
    const descriptions = new Set(patterns.map((p) => p.description));
    assert.equal(descriptions.size, patterns.length, 'two snippets share a description');
  });

  test('every aws_kms_* resource and data source has a single-block snippet', () => {
    const schema = kmsSchema as unknown as { resources: Record<string, unknown>; dataSources: Record<string, unknown> };
    const wanted = [
      ...Object.keys(schema.resources).map((t) => `resource ${t}`),
      ...Object.keys(schema.dataSources).map((t) => `data ${t}`),
    ].filter((t) => !(t in NO_SNIPPET));
    const have = new Set(patterns.filter(isBlockSnippet).flatMap((p) => [...declaredTypes(expandWithDefaults(p.body))]));
    assert.deepEqual(wanted.filter((t) => !have.has(t)), []);
  });

  test('both kinds of custom key store have a snippet', () => {
    const types = patterns.flatMap((p) => [...p.body.matchAll(/custom_key_store_type\s*=\s*"([A-Z_]+)"/g)].map((m) => m[1]));
    assert.ok(types.includes('AWS_CLOUDHSM') && types.includes('EXTERNAL_KEY_STORE'), `custom key store types: ${types.join(', ')}`);
  });
});

describe('the guide', () => {
  const guideMissing = !existsSync(GUIDE);
  const skip = guideMissing && !process.env.CI ? `the guide is not at ${GUIDE}` : false;

  test('every code-bearing heading of the guide has a snippet, and the table names only real headings', { skip }, () => {
    assert.ok(!guideMissing, `the guide is not at ${GUIDE}`);
    const headings = guideSections(readFileSync(GUIDE, 'utf8'))
      .filter((s) => s.code.trim() !== '')
      .map((s) => s.heading);
    assert.ok(headings.length >= 15, `found only ${headings.length} code-bearing headings: is the guide parsed right?`);
    assert.deepEqual(headings.filter((h) => !(h in GUIDE_PATTERNS)), [], 'guide headings missing from GUIDE_PATTERNS');
    assert.deepEqual(Object.keys(GUIDE_PATTERNS).filter((h) => !headings.includes(h)), [], 'GUIDE_PATTERNS headings not in the guide');
    const unknown = Object.values(GUIDE_PATTERNS)
      .flat()
      .filter((prefix) => !byPrefix.has(prefix));
    assert.deepEqual(unknown, [], 'GUIDE_PATTERNS names prefixes that have no snippet');
  });

  test("each snippet declares the block types of its guide section (or their working substitutes)", { skip }, () => {
    const problems: string[] = [];
    for (const s of guideSections(readFileSync(GUIDE, 'utf8'))) {
      const prefixes = GUIDE_PATTERNS[s.heading];
      if (!prefixes || s.code.trim() === '') continue;
      const have = new Set(prefixes.flatMap((prefix) => [...declaredTypes(expandWithDefaults(byPrefix.get(prefix)?.body ?? ''))]));
      for (const t of declaredTypes(s.code)) {
        const wanted = t in GUIDE_SUBSTITUTES ? GUIDE_SUBSTITUTES[t] : t;
        if (wanted !== undefined && !have.has(wanted)) problems.push(`${s.heading}: ${prefixes.join(', ')} declares no ${wanted}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

describe('snippet bodies against the KMS facts', () => {
  for (const p of patterns) {
    test(p.prefix, () => {
      const problems = expansions(p).flatMap((e) => factProblems(e.text).map((msg) => `${e.label}: ${msg}`));
      assert.deepEqual(problems, []);
    });
  }

  test('patterns are self-contained; single blocks refer only to what their test context declares', () => {
    const problems: string[] = [];
    for (const p of patterns) {
      const contextFile = join(CONTEXT_DIR, `${p.prefix}.tf`);
      const hasContext = existsSync(contextFile);
      if (hasContext && !isBlockSnippet(p)) problems.push(`${p.prefix}: a pattern must not need test/snippets/context`);
      const text = expandWithDefaults(p.body) + (hasContext ? '\n' + readFileSync(contextFile, 'utf8') : '');
      for (const ref of undeclared(text)) problems.push(`${p.prefix}: ${ref} is not declared`);
    }
    assert.deepEqual(problems, []);
  });

  test('Terraform interpolations survive expansion; no snippet syntax is left over', () => {
    const problems: string[] = [];
    for (const p of patterns) {
      const text = expandWithDefaults(p.body);
      if (/\$\d|\$\{\d/.test(text)) problems.push(`${p.prefix}: a tab stop was left in the expansion`);
      if (/\\\$/.test(text)) problems.push(`${p.prefix}: an escaped $ was left in the expansion`);
      // Every ${ in the body must be a tab stop or an escaped Terraform interpolation.
      if (/(^|[^\\])\$\{(?!\d)/.test(p.body)) problems.push(`${p.prefix}: unescaped \${ (write \\\${ for a Terraform interpolation)`);
    }
    assert.deepEqual(problems, []);
  });

  test('every choice offers at least two different options', () => {
    for (const p of patterns) {
      for (const [index, options] of snippetChoices(p.body)) {
        assert.equal(new Set(options).size, options.length, `${p.prefix} $${index}: repeated option`);
        assert.ok(options.length >= 2, `${p.prefix} $${index}: a choice needs two options`);
      }
    }
  });
});

describe('expandWithDefaults', () => {
  const cases: [string, string, string][] = [
    ['plain text', 'resource "aws_kms_key" "main" {}', 'resource "aws_kms_key" "main" {}'],
    ['placeholder', 'name = "${1:main}"', 'name = "main"'],
    ['mirror takes the placeholder default', '$1 ${1:key} $1', 'key key key'],
    ['mirror before its placeholder', '${2:a-$1} ${1:b}', 'a-b b'],
    ['nested placeholders', '${1:outer ${2:inner} end} $2', 'outer inner end inner'],
    ['choice takes the first option', 'usage = "${1|ENCRYPT_DECRYPT,SIGN_VERIFY|}" $1', 'usage = "ENCRYPT_DECRYPT" ENCRYPT_DECRYPT'],
    ['choice escapes', '${1|a\\,b,c\\|d|}', 'a,b'],
    ['final and empty tab stops', 'a$0b${2}c$3', 'abc'],
    ['escaped dollar keeps Terraform interpolation', 'x = "\\${var.a}"', 'x = "${var.a}"'],
    ['escaped brace inside a placeholder', '${1:a\\}b}', 'a}b'],
    ['escaped backslash', 'a\\\\b', 'a\\b'],
    ['backslash before other characters stays', 'a\\nb', 'a\\nb'],
    ['editor variable without default is empty', '${TM_FILENAME}|$TM_SELECTED_TEXT|', '||'],
    ['variable default', '${TM_FILENAME:main.tf}', 'main.tf'],
    ['unknown variable stays as its name', '$foo ${bar}', 'foo bar'],
    ['transform of a tab stop repeats its value', '${1:abc} ${1/(.*)/${1:/upcase}/g}', 'abc abc'],
    ['transform of a variable is empty', '[${TM_FILENAME/(.*)\\..+$/$1/}]', '[]'],
    ['lone and malformed dollars are text', '$ ${ ${:x} ${1:open', '$ ${ ${:x} ${1:open'],
    ['a placeholder that mirrors itself is not endless', '${1:a$1b}', 'ab'],
    ['unmatched closing brace is text', 'a } b', 'a } b'],
  ];
  for (const [name, body, expected] of cases) {
    test(name, () => assert.equal(expandWithDefaults(body), expected));
  }

  test('picks select another option of a choice', () => {
    assert.equal(expandWithDefaults('${1|a,b|}-$1 ${2:x}', new Map([[1, 'b']])), 'b-b x');
  });

  test('snippetChoices lists the options by tab stop', () => {
    assert.deepEqual([...snippetChoices('${1:x ${2|a,b|}} ${3|c,d\\,e|}')], [
      [2, ['a', 'b']],
      [3, ['c', 'd,e']],
    ]);
  });
});

describe('omitDeclaredDataSources', () => {
  const body = [
    'data "aws_caller_identity" "current" {}',
    'data "aws_partition" "current" {}',
    '# .id is the Region name',
    'data "aws_region" "current" {}',
    '',
    'resource "aws_kms_key" "${1:main}" {}',
  ].join('\n');

  test('drops the data sources the document declares, with their comments', () => {
    const doc = 'data "aws_region" "current" {}\n\ndata "aws_caller_identity"   "current" {\n}\n';
    assert.equal(omitDeclaredDataSources(body, doc), 'data "aws_partition" "current" {}\n\nresource "aws_kms_key" "${1:main}" {}');
  });

  test('keeps everything when the document declares none, or others', () => {
    assert.equal(omitDeclaredDataSources(body, ''), body);
    assert.equal(omitDeclaredDataSources(body, 'data "aws_region" "other" {}'), body);
  });

  test('after one pattern, a second one adds no duplicate data sources', () => {
    const basic = expandWithDefaults(byPrefix.get('kms-basic')!.body);
    const second = expandWithDefaults(omitDeclaredDataSources(byPrefix.get('kms-cloudtrail')!.body, basic));
    const both = `${basic}\n\n${second}`;
    const data = [...both.matchAll(/^data "([^"]+)" "([^"]+)"/gm)].map((m) => `${m[1]}.${m[2]}`);
    assert.deepEqual(data.filter((d, i) => data.indexOf(d) !== i), []);
    assert.ok(second.startsWith('resource "aws_kms_key"'), second.slice(0, 80));
  });
});
