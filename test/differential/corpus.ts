/**
 * The differential corpus: configurations generated from the schema and the facts, each one block with a unique
 * name. Valid ones (every type with its required arguments, then each optional argument in turn) and ones with
 * one mutation each: wrong type, bad enum, out of range, bad pattern or length, unknown argument, computed-only
 * argument, missing required argument, conflicting pair, unknown type.
 */
import { blockSchemaOf, isConfigurableIn, isRequired, typeNames, type AttributeSchema, type SchemaKind } from '../../server/src/service/schema';
import { attributeFacts, valueAllowed, type AttributeFacts } from '../../server/src/service/schema/facts';

/** The provider version of the offline mirror: the corpus pins it, so our service targets it too. */
export const VERSION = '5.100.0';
const MAJOR = 5;

export type Mutation =
  | 'valid'
  | 'wrong-type'
  | 'bad-enum'
  | 'out-of-range'
  | 'bad-format'
  | 'unknown-attribute'
  | 'computed-only'
  | 'missing-required'
  | 'conflict'
  | 'unknown-type';

export interface Case {
  readonly id: string;
  readonly mutation: Mutation;
  readonly what: string;
  /** The block's HCL text. */
  readonly text: string;
}

/** Context every case may refer to, declared once per module. */
export const CONTEXT = [
  'terraform {',
  '  required_providers {',
  `    aws = { source = "hashicorp/aws", version = "${VERSION}" }`,
  '  }',
  '}',
  'provider "aws" {',
  '  region = "us-east-1"',
  '}',
  'variable "anything" {',
  '  default = null',
  '}',
  '',
].join('\n');

/** Values the provider accepts, for arguments whose format the facts check. */
const GOOD: Readonly<Record<string, string>> = {
  'resource.aws_kms_alias.name': 'alias/app-key',
  'resource.aws_kms_alias.name_prefix': 'alias/app-',
  'data.aws_kms_alias.name': 'alias/aws/s3',
  'resource.aws_kms_grant.name': 'grant-1',
  'resource.aws_kms_grant.grantee_principal': 'arn:aws:iam::111122223333:role/app',
  'resource.aws_kms_grant.retiring_principal': 'arn:aws:iam::111122223333:role/admin',
  'resource.aws_kms_replica_key.primary_key_arn': 'arn:aws:kms:us-west-2:111122223333:key/mrk-1234567890abcdef1234567890abcdef',
  'resource.aws_kms_replica_external_key.primary_key_arn': 'arn:aws:kms:us-west-2:111122223333:key/mrk-1234567890abcdef1234567890abcdef',
  'resource.aws_kms_custom_key_store.key_store_password': 'password123',
  'resource.aws_kms_custom_key_store.xks_proxy_uri_endpoint': 'https://xks.example.com',
  'resource.aws_kms_custom_key_store.xks_proxy_uri_path': '/kms/xks/v1',
  'resource.aws_kms_key.custom_key_store_id': 'cks-1234567890abcdef0',
  'resource.aws_kms_key.xks_key_id': 'xks-key-1',
  // hashicorp/aws 5.100.0 rejects key IDs and key ARNs in these data sources (a provider bug fixed later); aliases pass.
  'data.aws_kms_key.key_id': 'alias/app-key',
  'data.aws_kms_public_key.key_id': 'alias/app-key',
};

/** Values the provider rejects at plan time, for the bad-format mutations. */
const BAD: Readonly<Record<string, readonly string[]>> = {
  'resource.aws_kms_grant.name': ['bad name!'],
  'resource.aws_kms_grant.grantee_principal': ['not-an-arn'],
  'resource.aws_kms_grant.retiring_principal': ['someone'],
  'resource.aws_kms_replica_key.primary_key_arn': ['mrk-1234'],
  'resource.aws_kms_replica_external_key.primary_key_arn': ['key/1234'],
  'resource.aws_kms_custom_key_store.key_store_password': ['short', 'x'.repeat(33)],
  'resource.aws_kms_key.custom_key_store_id': ['', 'c'.repeat(23)],
  'resource.aws_kms_key.xks_key_id': ['x'.repeat(129)],
  'resource.aws_kms_key.description': ['d'.repeat(8193)],
  'resource.aws_kms_external_key.valid_to': ['tomorrow', '2030-01-01'],
  'resource.aws_kms_replica_external_key.valid_to': ['2030-13-45 10:00'],
  'resource.aws_kms_key_policy.key_id': [''],
  'resource.aws_kms_alias.name': ['app-key', 'alias/aws/app', 'alias/bad name', 'alias/with:colon'],
  'resource.aws_kms_alias.name_prefix': ['prefix-', 'alias/aws/'],
  'data.aws_kms_alias.name': ['aws/s3', 'alias/bad*name'],
  'data.aws_kms_key.key_id': ['not a key!'],
  'data.aws_kms_public_key.key_id': ['key id with spaces'],
};

/** A key policy KMS accepts: the account root may do everything (the default key policy). */
const KEY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }],
});

function hcl(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(hcl).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k} = ${hcl(x)}`).join(', ')} }`;
  return 'null';
}

/** A value the provider accepts for the argument. */
function goodValue(kind: SchemaKind, type: string, path: readonly string[], name: string, a: AttributeSchema, f: AttributeFacts | undefined): unknown {
  const key = `${kind}.${type}${path.map((p) => '.' + p).join('')}.${name}`;
  if (GOOD[key] !== undefined) return GOOD[key];
  const allowed = f?.allowedValues?.filter((v) => valueAllowed(f, v, MAJOR));
  const t = a.type;
  if (t === 'string') {
    if (allowed?.length) return allowed[0];
    if (name === 'valid_to') return '2030-01-01T00:00:00Z';
    if (name === 'policy') return KEY_POLICY;
    if (name === 'key_material_base64') return 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    return 'example';
  }
  if (t === 'number') return f?.range?.min ?? 10;
  if (t === 'bool') return true;
  if (Array.isArray(t) && t[0] === 'map') return { env: 'test' };
  if (Array.isArray(t) && (t[0] === 'list' || t[0] === 'set')) return allowed?.length ? [allowed[0]] : ['token'];
  return null;
}

/** A literal of the wrong type for the argument: one that Terraform cannot convert. */
function wrongTypeValue(a: AttributeSchema): string | undefined {
  const t = a.type;
  if (t === 'string') return '{ a = "b" }';
  if (t === 'number') return '"many"';
  if (t === 'bool') return '"yes"';
  if (Array.isArray(t) && t[0] === 'map') return '"tags"';
  if (Array.isArray(t) && (t[0] === 'list' || t[0] === 'set')) return '{ a = 1 }';
  return undefined;
}

interface Arg {
  readonly name: string;
  readonly value: string;
}

function render(kind: SchemaKind, type: string, name: string, args: readonly Arg[], blocks: readonly string[] = []): string {
  const lines = [`${kind} "${type}" "${name}" {`, ...args.map((a) => `  ${a.name} = ${a.value}`), ...blocks.map((b) => b.replace(/^/gm, '  ')), '}'];
  return lines.join('\n') + '\n';
}

/** Arguments (and required nested blocks) that make a valid block of the type. */
function baseArgs(kind: SchemaKind, type: string): { args: Arg[]; blocks: string[] } {
  const s = blockSchemaOf(kind, type)!;
  const args: Arg[] = [];
  for (const [n, a] of Object.entries(s.attributes)) {
    if (!isRequired(a, VERSION)) continue;
    args.push({ name: n, value: hcl(goodValue(kind, type, [], n, a, attributeFacts(kind, type, [], n))) });
  }
  // Exactly-one-of pairs the schema cannot mark as required.
  if (kind === 'data' && type === 'aws_kms_custom_key_store') args.push({ name: 'custom_key_store_name', value: '"store"' });
  const blocks: string[] = [];
  for (const [bn, b] of Object.entries(s.blockTypes)) {
    if (!b.minItems) continue;
    const inner = Object.entries(b.block.attributes)
      .filter(([, a]) => isRequired(a, VERSION))
      .map(([n, a]) => `  ${n} = ${hcl(goodValue(kind, type, [bn], n, a, attributeFacts(kind, type, [bn], n)))}`);
    blocks.push(`${bn} {\n${inner.join('\n')}\n}`);
  }
  return { args, blocks };
}

export function generateCorpus(): Case[] {
  const cases: Case[] = [];
  let n = 0;
  const add = (kind: SchemaKind, type: string, mutation: Mutation, what: string, args: readonly Arg[], blocks: readonly string[] = []) => {
    const id = `c${String(++n).padStart(3, '0')}`;
    cases.push({ id, mutation, what: `${kind} ${type}: ${what}`, text: render(kind, type, id, args, blocks) });
  };
  for (const kind of ['resource', 'data'] as const) {
    for (const type of typeNames(kind)) {
      const s = blockSchemaOf(kind, type)!;
      if (s.versions && !s.versions.includes(VERSION)) continue;
      const base = baseArgs(kind, type);
      add(kind, type, 'valid', 'required arguments only', base.args, base.blocks);
      for (const [name, a] of Object.entries(s.attributes)) {
        if (!isConfigurableIn(name, a, VERSION)) continue;
        const f = attributeFacts(kind, type, [], name);
        const without = base.args.filter((x) => x.name !== name);
        const set = (value: string) => [...without, { name, value }];
        if (!isRequired(a, VERSION) && name !== 'tags_all') {
          add(kind, type, 'valid', `with ${name}`, set(hcl(goodValue(kind, type, [], name, a, f))), base.blocks);
        }
        const wrong = wrongTypeValue(a);
        if (wrong) add(kind, type, 'wrong-type', `${name} = ${wrong}`, set(wrong), base.blocks);
        const allowed = f?.allowedValues?.filter((v) => valueAllowed(f, v, MAJOR));
        if (allowed?.length) {
          const isList = Array.isArray(a.type);
          const bogus = isList ? `["${allowed[0]}", "Bogus"]` : '"BOGUS_VALUE"';
          add(kind, type, 'bad-enum', `${name} = ${bogus}`, set(bogus), base.blocks);
          if (!isList) add(kind, type, 'bad-enum', `${name} in lower case`, set(JSON.stringify(allowed[0]!.toLowerCase())), base.blocks);
          const newer = f?.allowedValues?.find((v) => !valueAllowed(f, v, MAJOR));
          if (newer) add(kind, type, 'bad-enum', `${name} = ${newer} (6.x only)`, set(isList ? `["${newer}"]` : `"${newer}"`), base.blocks);
        }
        if (f?.range) {
          add(kind, type, 'out-of-range', `${name} below range`, set(String(f.range.min - 1)), base.blocks);
          add(kind, type, 'out-of-range', `${name} above range`, set(String(f.range.max + 1)), base.blocks);
        }
        for (const bad of BAD[`${kind}.${type}.${name}`] ?? []) add(kind, type, 'bad-format', `${name} = ${JSON.stringify(bad.length > 40 ? bad.slice(0, 10) + '...' : bad)}`, set(JSON.stringify(bad)), base.blocks);
        if (isRequired(a, VERSION)) add(kind, type, 'missing-required', `without ${name}`, without, base.blocks);
      }
      for (const [name, a] of Object.entries(s.attributes)) {
        if (a.computed && !a.optional && !a.required && (!a.versions || a.versions.includes(VERSION))) {
          add(kind, type, 'computed-only', `sets computed ${name}`, [...base.args, { name, value: hcl(goodValue(kind, type, [], name, a, undefined)) }], base.blocks);
          break;
        }
      }
      add(kind, type, 'unknown-attribute', 'bogus_argument', [...base.args, { name: 'bogus_argument', value: '"x"' }], base.blocks);
      const first = Object.keys(s.attributes).find((x) => x.length > 6 && isConfigurableIn(x, s.attributes[x]!, VERSION));
      if (first) {
        const typo = first.slice(0, 3) + first.slice(4);
        add(kind, type, 'unknown-attribute', `typo ${typo}`, [...base.args, { name: typo, value: '"x"' }], base.blocks);
      }
      if (kind === 'resource' && Object.keys(s.blockTypes).length === 0) add(kind, type, 'unknown-attribute', 'unknown block', base.args, ['bogus_block {\n}']);
      for (const [bn, b] of Object.entries(s.blockTypes)) {
        if (b.minItems) add(kind, type, 'missing-required', `without block ${bn}`, base.args);
        if (b.versions && !b.versions.includes(VERSION)) continue;
        // The nested block with its required arguments, then one mutation inside it at a time.
        const others = base.blocks.filter((x) => !x.startsWith(`${bn} {`));
        const nestedArgs = Object.entries(b.block.attributes).filter(([, a]) => a.required || a.optional);
        const good = (n: string, a: AttributeSchema) => hcl(goodValue(kind, type, [bn], n, a, attributeFacts(kind, type, [bn], n)));
        const nested = (args: readonly Arg[]) => [...others, `${bn} {\n${args.map((x) => `  ${x.name} = ${x.value}`).join('\n')}\n}`];
        const required = nestedArgs.filter(([, a]) => isRequired(a, VERSION)).map(([n, a]) => ({ name: n, value: good(n, a) }));
        add(kind, type, 'valid', `block ${bn} with every argument`, base.args, nested(nestedArgs.map(([n, a]) => ({ name: n, value: good(n, a) }))));
        for (const [n, a] of nestedArgs) {
          const rest = required.filter((x) => x.name !== n);
          const wrong = wrongTypeValue(a);
          if (wrong) add(kind, type, 'wrong-type', `${bn}.${n} = ${wrong}`, base.args, nested([...rest, { name: n, value: wrong }]));
          const f = attributeFacts(kind, type, [bn], n);
          if (f?.allowedValues?.length) add(kind, type, 'bad-enum', `${bn}.${n} = "BOGUS"`, base.args, nested([...rest, { name: n, value: '"BOGUS"' }]));
          if (isRequired(a, VERSION)) add(kind, type, 'missing-required', `${bn} without ${n}`, base.args, nested(rest));
        }
        add(kind, type, 'unknown-attribute', `${bn}.bogus_argument`, base.args, nested([...required, { name: 'bogus_argument', value: '"x"' }]));
      }
    }
  }
  // Conflicting and dependent pairs.
  const key = (args: Arg[]) => args;
  add('resource', 'aws_kms_alias', 'conflict', 'name and name_prefix', [
    { name: 'name', value: '"alias/a"' },
    { name: 'name_prefix', value: '"alias/b"' },
    { name: 'target_key_id', value: '"k"' },
  ]);
  add('resource', 'aws_kms_key', 'conflict', 'rotation_period_in_days without enable_key_rotation', key([{ name: 'rotation_period_in_days', value: '180' }]));
  add('resource', 'aws_kms_key', 'valid', 'rotation_period_in_days with enable_key_rotation = false', key([{ name: 'enable_key_rotation', value: 'false' }, { name: 'rotation_period_in_days', value: '180' }]));
  add('resource', 'aws_kms_key', 'conflict', 'xks_key_id without custom_key_store_id', key([{ name: 'xks_key_id', value: '"xks-1"' }]));
  add('resource', 'aws_kms_key', 'valid', 'xks_key_id with custom_key_store_id', key([{ name: 'xks_key_id', value: '"xks-1"' }, { name: 'custom_key_store_id', value: '"cks-1234567890abcdef0"' }]));
  // Apply-time cases: validate accepts them; our apply rules may report them.
  add('resource', 'aws_kms_key', 'valid', 'RSA_2048 with rotation (apply-time failure)', [{ name: 'customer_master_key_spec', value: '"RSA_2048"' }, { name: 'enable_key_rotation', value: 'true' }]);
  add('resource', 'aws_kms_key', 'valid', 'ECC spec with default usage (apply-time failure)', [{ name: 'customer_master_key_spec', value: '"ECC_NIST_P256"' }]);
  add('resource', 'aws_kms_key', 'valid', 'HMAC with SIGN_VERIFY (apply-time failure)', [{ name: 'customer_master_key_spec', value: '"HMAC_256"' }, { name: 'key_usage', value: '"SIGN_VERIFY"' }]);
  add('resource', 'aws_kms_key', 'valid', 'multi-Region key in a custom key store (apply-time failure)', [{ name: 'custom_key_store_id', value: '"cks-1234567890abcdef0"' }, { name: 'multi_region', value: 'true' }]);
  add('resource', 'aws_kms_key', 'valid', 'unknown values everywhere', [
    { name: 'customer_master_key_spec', value: 'var.anything' },
    { name: 'key_usage', value: 'var.anything' },
    { name: 'deletion_window_in_days', value: 'var.anything' },
    { name: 'description', value: '"key ${var.anything}"' },
    { name: 'tags', value: 'merge({}, var.anything)' },
  ]);
  // Values through locals, which terraform validate evaluates (variables it does not: they stay unknown there, and
  // our findings through a variable's default are warnings, never errors). Each case declares its own locals.
  const withLocals = (mutation: Mutation, what: string, locals: string, type: string, args: readonly Arg[]) => {
    const id = `c${String(++n).padStart(3, '0')}`;
    const text = `locals {\n${locals.replace(/\bL_/g, `${id}_`).split('\n').map((l) => `  ${l}`).join('\n')}\n}\n` +
      render('resource', type, id, args.map((a) => ({ name: a.name, value: a.value.replace(/\bL_/g, `${id}_`) })), []);
    cases.push({ id, mutation, what: `resource ${type} through locals: ${what}`, text });
  };
  withLocals('out-of-range', 'deletion_window_in_days = local.days (3)', 'L_days = 3', 'aws_kms_key', [{ name: 'deletion_window_in_days', value: 'local.L_days' }]);
  withLocals('valid', 'deletion_window_in_days = local.days (10)', 'L_days = 10', 'aws_kms_key', [{ name: 'deletion_window_in_days', value: 'local.L_days' }]);
  withLocals('out-of-range', 'deletion_window_in_days from an object attribute', 'L_cfg = { days = 45 }', 'aws_kms_key', [{ name: 'deletion_window_in_days', value: 'local.L_cfg.days' }]);
  withLocals('out-of-range', 'deletion_window_in_days from a lookup', 'L_m = { prod = 30, dev = 1 }', 'aws_kms_key', [{ name: 'deletion_window_in_days', value: 'lookup(local.L_m, "dev", 7)' }]);
  withLocals('valid', 'deletion_window_in_days from a lookup default', 'L_m = { prod = 30 }', 'aws_kms_key', [{ name: 'deletion_window_in_days', value: 'lookup(local.L_m, "dev", 7)' }]);
  withLocals('out-of-range', 'deletion_window_in_days from a known conditional', 'L_env = "dev"\nL_days = local.L_env == "prod" ? 30 : 2', 'aws_kms_key', [{ name: 'deletion_window_in_days', value: 'local.L_days' }]);
  withLocals('valid', 'deletion_window_in_days from arithmetic', 'L_weeks = 2', 'aws_kms_key', [{ name: 'deletion_window_in_days', value: 'local.L_weeks * 7' }]);
  withLocals('bad-enum', 'key_usage from a merged object', 'L_base = { usage = "ENCRYPT_DECRYPT" }\nL_cfg = merge(local.L_base, { usage = "DECRYPT_ONLY" })', 'aws_kms_key', [{ name: 'key_usage', value: 'local.L_cfg.usage' }]);
  withLocals('valid', 'key_usage from a merged object', 'L_base = { usage = "BOGUS" }\nL_cfg = merge(local.L_base, { usage = "SIGN_VERIFY" })', 'aws_kms_key', [{ name: 'key_usage', value: 'local.L_cfg.usage' }, { name: 'customer_master_key_spec', value: '"RSA_2048"' }]);
  withLocals('bad-enum', 'customer_master_key_spec from upper()', 'L_spec = "rsa_2049"', 'aws_kms_key', [{ name: 'customer_master_key_spec', value: 'upper(local.L_spec)' }]);
  withLocals('valid', 'customer_master_key_spec from upper()', 'L_spec = "rsa_2048"', 'aws_kms_key', [{ name: 'customer_master_key_spec', value: 'upper(local.L_spec)' }, { name: 'key_usage', value: '"SIGN_VERIFY"' }]);
  withLocals('valid', 'RSA_2048 with rotation through a local object (apply-time failure)', 'L_cfg = { spec = "RSA_2048", rotate = true }', 'aws_kms_key', [{ name: 'customer_master_key_spec', value: 'local.L_cfg.spec' }, { name: 'key_usage', value: '"SIGN_VERIFY"' }, { name: 'enable_key_rotation', value: 'local.L_cfg.rotate' }]);
  withLocals('wrong-type', 'deletion_window_in_days from a string that spells no number', 'L_days = "seven"', 'aws_kms_key', [{ name: 'deletion_window_in_days', value: 'local.L_days' }]);
  withLocals('valid', 'deletion_window_in_days from a numeric string', 'L_days = "9"', 'aws_kms_key', [{ name: 'deletion_window_in_days', value: 'local.L_days' }]);
  withLocals('conflict', 'name and name_prefix both from locals', 'L_name = "alias/a"\nL_prefix = "alias/b"', 'aws_kms_alias', [{ name: 'name', value: 'local.L_name' }, { name: 'name_prefix', value: 'local.L_prefix' }, { name: 'target_key_id', value: '"k"' }]);
  withLocals('valid', 'name and name_prefix, one null through a local conditional', 'L_prefixed = false', 'aws_kms_alias', [{ name: 'name', value: 'local.L_prefixed ? null : "alias/a"' }, { name: 'name_prefix', value: 'local.L_prefixed ? "alias/b" : null' }, { name: 'target_key_id', value: '"k"' }]);
  withLocals('valid', 'name and name_prefix, one null through an unknown conditional', 'L_unused = 1', 'aws_kms_alias', [{ name: 'name', value: 'var.anything == null ? null : "alias/a"' }, { name: 'name_prefix', value: 'var.anything == null ? "alias/b" : null' }, { name: 'target_key_id', value: '"k"' }]);
  withLocals('valid', 'name from try() with a null fallback', 'L_cfg = {}', 'aws_kms_alias', [{ name: 'name', value: 'try(local.L_cfg.name, null)' }, { name: 'name_prefix', value: '"alias/b"' }, { name: 'target_key_id', value: '"k"' }]);
  withLocals('bad-enum', 'grant operations from concat()', 'L_ops = ["Decrypt"]', 'aws_kms_grant', [{ name: 'key_id', value: '"k"' }, { name: 'grantee_principal', value: '"arn:aws:iam::111122223333:role/app"' }, { name: 'operations', value: 'concat(local.L_ops, ["Decryptt"])' }]);
  withLocals('valid', 'grant operations from a for expression', 'L_ops = ["decrypt", "encrypt"]', 'aws_kms_grant', [{ name: 'key_id', value: '"k"' }, { name: 'grantee_principal', value: '"arn:aws:iam::111122223333:role/app"' }, { name: 'operations', value: '[for o in local.L_ops : title(o)]' }]);
  withLocals('bad-format', 'alias name from format()', 'L_app = "app"', 'aws_kms_alias', [{ name: 'name', value: 'format("%s/key", local.L_app)' }, { name: 'target_key_id', value: '"k"' }]);
  withLocals('valid', 'alias name from a template', 'L_app = "app"', 'aws_kms_alias', [{ name: 'name', value: '"alias/${local.L_app}-key"' }, { name: 'target_key_id', value: '"k"' }]);
  const someKey = cases.find((c) => c.what.startsWith('resource aws_kms_key:'))!.id;
  withLocals('valid', 'a local that depends on a resource attribute', `L_arn = aws_kms_key.${someKey}.arn`, 'aws_kms_alias', [{ name: 'name', value: '"alias/x-${local.L_arn}"' }, { name: 'target_key_id', value: 'local.L_arn' }]);
  // Unknown types (a module of their own: they can hide other errors).
  for (const [kind, type] of [
    ['resource', 'aws_kms_external_key_store'],
    ['resource', 'aws_kms_keys'],
    ['resource', 'aws_kms_public_key'],
    ['data', 'aws_kms_grant'],
    ['data', 'aws_kms_aliases'],
  ] as const) {
    add(kind, type, 'unknown-type', type, []);
  }
  return cases;
}
