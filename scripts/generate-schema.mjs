#!/usr/bin/env node
// Regenerates server/src/service/schema/kms-schema.json: the aws_kms_* subset of the hashicorp/aws provider
// schema, merged from two sources, recording which provider versions have each type, attribute and block:
//  - 5.100.0: `terraform providers schema -json`, run offline against a provider mirror through
//    ../shared/tools/terraform-offline (or read from a file given with --from);
//  - 6.x: the `.jsii` assembly of the npm package @cdktf/provider-aws (names, types, required/optional,
//    computed attributes). The package is installed into .cache/cdktf only when this script runs, never into
//    the project's node_modules (or pass --jsii PATH).
// Usage: node scripts/generate-schema.mjs [--from schema.json] [--jsii path/to/.jsii] [--no-v6]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'server/src/service/schema/kms-schema.json');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

function providerSchemaJson() {
  const from = arg('--from');
  if (from) return JSON.parse(readFileSync(from, 'utf8'));
  const tool = [join(root, '../shared/tools/terraform-offline'), join(root, 'shared/tools/terraform-offline')].find(existsSync);
  if (!tool) throw new Error('terraform-offline not found: pass --from <schema.json>');
  const dir = mkdtempSync(join(tmpdir(), 'tfkms-schema-'));
  writeFileSync(join(dir, 'main.tf'), 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "5.100.0" }\n  }\n}\n');
  const text = execFileSync('bash', [tool, dir, 'providers', 'schema', '-json'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  return JSON.parse(text);
}

function convertBlock(block, version) {
  const attributes = {};
  for (const [name, a] of Object.entries(block.attributes ?? {}).sort()) {
    attributes[name] = {
      type: a.type,
      ...(a.required ? { required: true } : {}),
      ...(a.optional ? { optional: true } : {}),
      ...(a.computed ? { computed: true } : {}),
      ...(a.sensitive ? { sensitive: true } : {}),
      ...(a.deprecated ? { deprecated: true } : {}),
      ...(a.write_only ? { writeOnly: true } : {}),
      versions: [version],
    };
  }
  const blockTypes = {};
  for (const [name, b] of Object.entries(block.block_types ?? {}).sort()) {
    blockTypes[name] = {
      nesting: b.nesting_mode,
      ...(b.min_items ? { minItems: b.min_items } : {}),
      ...(b.max_items ? { maxItems: b.max_items } : {}),
      versions: [version],
      block: convertBlock(b.block, version),
    };
  }
  return { attributes, blockTypes, ...(block.deprecated ? { deprecated: true } : {}) };
}

// --- 6.x from the cdktf jsii assembly ---

function jsiiPath() {
  const given = arg('--jsii');
  if (given) return given;
  const cache = join(root, '.cache/cdktf');
  const file = join(cache, 'node_modules/@cdktf/provider-aws/.jsii');
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    console.error('installing @cdktf/provider-aws into .cache/cdktf (once)...');
    execFileSync('npm', ['install', '--prefix', cache, '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '@cdktf/provider-aws'], { stdio: 'inherit' });
  }
  return file;
}

const snake = (camel) => camel.replace(/([A-Z])/g, '_$1').toLowerCase();

/** The snake_case name: the registry link's anchor when the docs carry one, else converted from camelCase. */
function tfName(prop) {
  const m = /#([a-z0-9_]+) /.exec(prop.docs?.summary ?? '');
  return m ? m[1] : snake(prop.name);
}

function jsiiType(t, types) {
  if (t.primitive === 'string') return 'string';
  if (t.primitive === 'number') return 'number';
  if (t.primitive === 'boolean') return 'bool';
  if (t.collection) {
    const inner = jsiiType(t.collection.elementtype, types);
    return inner === undefined ? undefined : [t.collection.kind === 'map' ? 'map' : 'list', inner];
  }
  if (t.union) {
    const real = t.union.types.filter((u) => u.fqn !== 'cdktf.IResolvable');
    return real.length === 1 ? jsiiType(real[0], types) : undefined;
  }
  return undefined;
}

/** A struct type (nested block) behind a property type, if any. */
function structOf(t, types) {
  if (t.fqn && types[t.fqn]?.kind === 'interface' && types[t.fqn].datatype) return { fqn: t.fqn, list: false };
  if (t.collection?.elementtype?.fqn && types[t.collection.elementtype.fqn]?.datatype) return { fqn: t.collection.elementtype.fqn, list: true };
  if (t.union) for (const u of t.union.types) { const s = structOf(u, types); if (s) return s; }
  return undefined;
}

function jsiiBlock(structFqn, classFqn, types, version) {
  const attributes = {};
  const blockTypes = {};
  const props = [];
  for (let fqn = structFqn, seen = 0; fqn && seen < 5; seen++) {
    const t = types[fqn];
    if (!t) break;
    props.push(...(t.properties ?? []));
    fqn = (t.interfaces ?? []).find((i) => i.startsWith('@cdktf/provider-aws.'));
  }
  for (const p of props) {
    const name = tfName(p);
    const s = structOf(p.type, types);
    if (s) {
      blockTypes[name] = { nesting: s.list ? 'list' : 'single', versions: [version], block: jsiiBlock(s.fqn, undefined, types, version) };
      continue;
    }
    const type = jsiiType(p.type, types);
    if (type === undefined) continue;
    attributes[name] = { type, ...(p.optional ? { optional: true } : { required: true }), ...(name.endsWith('_wo') ? { writeOnly: true } : {}), versions: [version] };
  }
  // Computed-only attributes are getters of the resource class that the config does not have.
  if (classFqn) {
    for (const p of types[classFqn]?.properties ?? []) {
      if (p.static || p.name.endsWith('Input')) continue;
      const name = snake(p.name);
      if (attributes[name] || blockTypes[name] || p.name === 'tfResourceType') continue;
      // Computed booleans and collections come back as token classes; their exact type matters less than presence.
      const type = jsiiType(p.type, types) ?? (p.type.fqn === 'cdktf.IResolvable' ? 'bool' : p.type.fqn === 'cdktf.StringMap' ? ['map', 'string'] : 'dynamic');
      attributes[name] = { type, computed: true, versions: [version] };
    }
  }
  return { attributes, blockTypes };
}

function v6Schemas() {
  const jsii = JSON.parse(readFileSync(jsiiPath(), 'utf8'));
  const version = /\/aws\/(\d+\.\d+\.\d+)\//.exec(JSON.stringify(jsii.types['@cdktf/provider-aws.kmsKey.KmsKey'].docs))?.[1];
  if (!version) throw new Error('cannot read the provider version from the jsii docs');
  const resources = {};
  const dataSources = {};
  for (const [fqn, t] of Object.entries(jsii.types)) {
    if (t.kind !== 'class') continue;
    const m = /registry\.terraform\.io\/providers\/hashicorp\/aws\/[^/]+\/docs\/(resources|data-sources)\/(kms_[a-z0-9_]+) (aws_kms_[a-z0-9_]+)\}/.exec(t.docs?.summary ?? '');
    if (!m) continue;
    const config = jsii.types[`${fqn}Config`];
    if (!config) continue;
    (m[1] === 'resources' ? resources : dataSources)[m[3]] = jsiiBlock(`${fqn}Config`, fqn, jsii.types, version);
  }
  return { version, resources, dataSources };
}
// --- merge ---

const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'connection', 'provisioner']);

function mergeBlock(a, b, vb) {
  const attributes = { ...a.attributes };
  for (const [name, x] of Object.entries(b.attributes)) {
    if (META.has(name)) continue;
    const have = attributes[name];
    if (!have) {
      attributes[name] = x;
      continue;
    }
    const merged = { ...have, versions: [...have.versions, vb] };
    // Required in one version, optional in the other: keep it optional and say where it is required.
    if (have.required && !x.required) {
      delete merged.required;
      merged.optional = true;
      merged.requiredIn = have.versions;
    } else if (!have.required && x.required && !have.computed) {
      merged.requiredIn = [vb];
    }
    // Computed-only in one version, settable in the other: settable, and say where it is computed-only.
    if (!have.required && !have.optional && (x.optional || x.required)) {
      merged.optional = true;
      merged.computedOnlyIn = have.versions;
    }
    attributes[name] = merged;
  }
  const blockTypes = { ...a.blockTypes };
  for (const [name, x] of Object.entries(b.blockTypes)) {
    const have = blockTypes[name];
    if (!have) blockTypes[name] = x;
    else blockTypes[name] = { ...have, versions: [...have.versions, vb], block: mergeBlock(have.block, x.block, vb) };
  }
  return { attributes: sortKeys(attributes), blockTypes: sortKeys(blockTypes), ...(a.deprecated ? { deprecated: true } : {}) };
}

const sortKeys = (o) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));

function mergeTables(five, v5, six, v6) {
  const outT = {};
  for (const name of [...new Set([...Object.keys(five), ...Object.keys(six ?? {})])].sort()) {
    const a = five[name];
    const b = six?.[name];
    if (a && b) outT[name] = { versions: [v5, v6], ...mergeBlock(a, b, v6) };
    else if (a) outT[name] = { versions: [v5], ...a };
    else outT[name] = { versions: [v6], ...b };
  }
  return outT;
}

const schema = providerSchemaJson();
const aws = schema.provider_schemas['registry.terraform.io/hashicorp/aws'];
const V5 = '5.100.0';
const pick = (all) =>
  Object.fromEntries(
    Object.entries(all)
      .filter(([k]) => k.startsWith('aws_kms_'))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, convertBlock(v.block, V5)]),
  );
const six = process.argv.includes('--no-v6') ? undefined : v6Schemas();
const versions = six ? [V5, six.version] : [V5];
const result = {
  $comment:
    'Generated by scripts/generate-schema.mjs from `terraform providers schema -json` (hashicorp/aws 5.100.0) and the .jsii of ' +
    '@cdktf/provider-aws (6.x). `versions` says which provider versions have a type, attribute or block; `requiredIn` lists the ' +
    'versions in which an otherwise optional attribute is required; `computedOnlyIn` the versions in which a settable attribute is computed only. Do not edit by hand.',
  provider: 'registry.terraform.io/hashicorp/aws',
  providerVersion: versions[versions.length - 1],
  providerVersions: versions,
  resources: mergeTables(pick(aws.resource_schemas), V5, six?.resources, six?.version),
  dataSources: mergeTables(pick(aws.data_source_schemas), V5, six?.dataSources, six?.version),
  ephemeralResources: pick(aws.ephemeral_resource_schemas ?? {}),
};
writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
console.error(`wrote ${out}: provider versions ${versions.join(', ')}; ${Object.keys(result.resources).length} resources, ${Object.keys(result.dataSources).length} data sources`);
