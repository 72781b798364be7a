import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyCompletion, completionLabels, completionsAt, useParser } from '../harness';
import { blockSchemaOf, isConfigurableIn, providerVersion, typeNames, type BlockSchema, type SchemaKind } from '../../../server/src/service/schema';
import { attributeFacts } from '../../../server/src/service/schema/facts';

useParser();

const KEYS = 'resource "aws_kms_key" "main" {\n  enable_key_rotation = true\n}\nresource "aws_kms_key" "signing" {\n  customer_master_key_spec = "RSA_2048"\n  key_usage = "SIGN_VERIFY"\n}\n';

describe('completion: names', () => {
  it('offers every resource type and every data source type', () => {
    assert.deepEqual(completionLabels('resource "$0').sort(), typeNames('resource'));
    assert.deepEqual(completionLabels('data "$0').sort(), typeNames('data'));
  });

  it('puts required arguments first', () => {
    const items = completionsAt('resource "aws_kms_grant" "g" {\n  $0\n}\n');
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 3), ['grantee_principal', 'key_id', 'operations']);
    assert.ok(sorted.includes('constraints'), 'nested block');
    assert.ok(sorted.includes('for_each') && sorted.includes('lifecycle') && sorted.includes('depends_on'), 'meta-arguments');
  });

  it('inserts a required nested block with its required arguments', () => {
    assert.equal(
      applyCompletion('data "aws_kms_secrets" "s" {\n  sec$0\n}\n', 'secret'),
      'data "aws_kms_secrets" "s" {\n  secret {\n\tname = ""\n\tpayload = ""\n}\n}\n',
    );
  });

  it('does not offer a single nested block twice', () => {
    assert.ok(!completionLabels('resource "aws_kms_key" "k" {\n  timeouts {\n  }\n  $0\n}\n').includes('timeouts'));
  });

  it('completes inside nested blocks', () => {
    assert.deepEqual(completionLabels('resource "aws_kms_grant" "g" {\n  constraints {\n    $0\n  }\n}\n').sort(), ['encryption_context_equals', 'encryption_context_subset']);
  });
});

/** The attributes the schema lets a user set in `version`, minus those the facts say never to set. */
function configurable(kind: SchemaKind, type: string, path: readonly string[], schema: BlockSchema): string[] {
  return Object.entries(schema.attributes)
    .filter(([n, a]) => isConfigurableIn(n, a, providerVersion) && !attributeFacts(kind, type, path, n)?.doNotSet)
    .map(([n]) => n);
}

describe('completion offers exactly the configurable attributes of every block type', () => {
  for (const kind of ['resource', 'data'] as const) {
    for (const type of typeNames(kind)) {
      it(`${kind} ${type}`, () => {
        const walk = (schema: BlockSchema, path: string[]) => {
          const open = path.map((p) => `${p} {\n`).join('');
          const close = path.map(() => '}\n').join('');
          const items = completionsAt(`${kind} "${type}" "x" {\n${open}$0\n${close}}\n`);
          const attrs = items.filter((i) => i.kind === 'attribute').map((i) => i.label).sort();
          assert.deepEqual(attrs, configurable(kind, type, path, schema).sort(), `${type} ${path.join('.')}`);
          const blocks = items.filter((i) => i.kind === 'block').map((i) => i.label).sort();
          assert.deepEqual(blocks, Object.keys(schema.blockTypes).sort());
          for (const [name, b] of Object.entries(schema.blockTypes)) walk(b.block, [...path, name]);
        };
        walk(blockSchemaOf(kind, type)!, []);
      });
    }
  }
});

describe('completion: values', () => {
  it('offers key specs filtered by the key usage, and the other way round', () => {
    const specs = completionLabels('resource "aws_kms_key" "k" {\n  key_usage = "GENERATE_VERIFY_MAC"\n  customer_master_key_spec = "$0"\n}\n');
    assert.deepEqual(specs, ['HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512']);
    const usages = completionLabels('resource "aws_kms_key" "k" {\n  customer_master_key_spec = "ECC_NIST_P384"\n  key_usage = $0\n}\n');
    assert.deepEqual(usages, ['SIGN_VERIFY', 'KEY_AGREEMENT']);
  });

  it('quotes a value typed without quotes and replaces the partial text inside quotes', () => {
    assert.equal(
      applyCompletion('resource "aws_kms_key" "k" {\n  key_usage = SIG$0\n}\n', 'SIGN_VERIFY'),
      'resource "aws_kms_key" "k" {\n  key_usage = "SIGN_VERIFY"\n}\n',
    );
    assert.equal(
      applyCompletion('resource "aws_kms_custom_key_store" "s" {\n  custom_key_store_type = "EXT$0"\n}\n', 'EXTERNAL_KEY_STORE'),
      'resource "aws_kms_custom_key_store" "s" {\n  custom_key_store_type = "EXTERNAL_KEY_STORE"\n}\n',
    );
  });

  it('offers xks_proxy_connectivity values and booleans', () => {
    assert.deepEqual(completionLabels('resource "aws_kms_custom_key_store" "s" {\n  xks_proxy_connectivity = "$0"\n}\n'), ['PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE']);
    assert.deepEqual(completionLabels('resource "aws_kms_key" "k" {\n  multi_region = $0\n}\n'), ['true', 'false']);
  });

  it('offers grant operations the granted key can do, not those already listed', () => {
    const labels = completionLabels('resource "aws_kms_grant" "g" {\n  key_id = aws_kms_key.signing.key_id\n  operations = ["Sign", "$0"]\n}\n', { 'keys.tf': KEYS });
    assert.deepEqual(labels.sort(), ['CreateGrant', 'DescribeKey', 'GetPublicKey', 'RetireGrant', 'Verify']);
    const all = completionLabels('resource "aws_kms_grant" "g" {\n  key_id = var.key\n  operations = [$0]\n}\n');
    assert.ok(all.includes('GenerateDataKey') && all.includes('Sign') && all.includes('Encapsulate'));
  });
});

describe('completion: references', () => {
  it('offers names declared in any .tf file of the folder, then exported attributes', () => {
    assert.deepEqual(completionLabels('output "o" {\n  value = aws_kms_key.$0\n}\n', { 'keys.tf': KEYS }), ['main', 'signing']);
    const attrs = completionLabels('resource "aws_kms_alias" "a" {\n  target_key_id = aws_kms_key.main.$0\n}\n', { 'keys.tf': KEYS });
    for (const a of ['arn', 'key_id', 'id', 'policy']) assert.ok(attrs.includes(a), a);
    assert.equal(
      applyCompletion('resource "aws_kms_alias" "a" {\n  target_key_id = aws_kms_key.main.ar$0\n}\n', 'arn', { 'keys.tf': KEYS }),
      'resource "aws_kms_alias" "a" {\n  target_key_id = aws_kms_key.main.arn\n}\n',
    );
  });

  it('offers type names for a partial reference, data sources after data., and works in interpolations', () => {
    assert.ok(completionLabels('output "o" {\n  value = aws_kms_$0\n}\n').includes('aws_kms_key'));
    assert.ok(completionLabels('output "o" {\n  value = data.$0\n}\n').includes('aws_kms_alias'));
    assert.deepEqual(completionLabels('output "o" {\n  value = "${aws_kms_key.$0}"\n}\n', { 'keys.tf': KEYS }), ['main', 'signing']);
  });
});

describe('facts cover the schema', () => {
  it('every type, argument and attribute has facts with a description, and every fact names an existing attribute', () => {
    const missing: string[] = [];
    for (const kind of ['resource', 'data'] as const) {
      for (const type of typeNames(kind)) {
        const walk = (schema: BlockSchema, path: string[]) => {
          for (const n of Object.keys(schema.attributes)) if (!attributeFacts(kind, type, path, n)?.description) missing.push(`${kind} ${type} ${[...path, n].join('.')}`);
          for (const [bn, b] of Object.entries(schema.blockTypes)) walk(b.block, [...path, bn]);
        };
        walk(blockSchemaOf(kind, type)!, []);
      }
    }
    assert.deepEqual(missing, []);
  });
});
