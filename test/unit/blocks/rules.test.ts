/**
 * Every block rule: a fixture where it fires (the `$0...$0` range marks where, `message` a part of what it says),
 * one where it does not, and, where it has a quick fix, proof that applying the fix clears the finding while
 * touching only text inside the block.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, checkDiagnostics, findingsOf, fixture, useParser } from '../harness';
import { blockRules } from '../../../server/src/service/rules/blocks';
import { doCodeActions } from '../../../server/src/service';

useParser();

interface RuleCase {
  /** Marked text: `$0...$0` around the span the finding must cover. */
  readonly fires: string;
  readonly message: string;
  readonly quiet: string;
  /** Other files of the folder. */
  readonly others?: Readonly<Record<string, string>>;
  /** Title (part) of the fix to apply; the finding must be gone afterwards. */
  readonly fix?: string;
  /** The text after the fix, when worth pinning. */
  readonly fixed?: string;
}

const POLICY = 'policy = "{}"';

const cases: Readonly<Record<string, RuleCase>> = {
  'unknown-resource-type': {
    fires: 'resource "$0aws_kms_external_key_store$0" "x" {\n  xks_proxy_uri_endpoint = "https://proxy.example.com"\n}\n',
    message: 'An external key store is an `aws_kms_custom_key_store` with `custom_key_store_type = "EXTERNAL_KEY_STORE"`',
    quiet: 'resource "aws_kms_custom_key_store" "x" {\n  custom_key_store_name = "x"\n  cloud_hsm_cluster_id = "c"\n  trust_anchor_certificate = "t"\n  key_store_password = "secret123"\n}\n',
    fix: 'aws_kms_custom_key_store',
  },
  'unknown-attribute': {
    fires: `resource "aws_kms_external_key" "e" {\n  ${POLICY}\n  $0external_key_store_id$0 = "x"\n}\n`,
    message: 'use `aws_kms_key` with `custom_key_store_id` and `xks_key_id`',
    quiet: `resource "aws_kms_external_key" "e" {\n  ${POLICY}\n  key_material_base64 = "AAAA"\n  count = 1\n}\n`,
  },
  'missing-required': {
    fires: 'resource "$0aws_kms_alias$0" "a" {\n  name = "alias/app"\n}\n',
    message: 'needs the argument `target_key_id`',
    quiet: 'resource "aws_kms_alias" "a" {\n  name = "alias/app"\n  target_key_id = var.key\n}\n',
    fix: 'Add `target_key_id`',
    fixed: 'resource "aws_kms_alias" "a" {\n  name = "alias/app"\n  target_key_id = ""\n}\n',
  },
  'attribute-type': {
    fires: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n  deletion_window_in_days = $0"seven"$0\n}\n`,
    message: 'a number is required',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = "true"\n  deletion_window_in_days = "7"\n  description = 12\n}\n`,
  },
  'invalid-value': {
    fires: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n  deletion_window_in_days = $031$0\n}\n`,
    message: 'must be between 7 and 30, not 31',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n  deletion_window_in_days = var.days\n}\n`,
    fix: 'Change to `30`',
  },
  'duplicate-address': {
    fires: `resource "aws_kms_key" "k" {\n  ${POLICY}\n}\nresource "aws_kms_key" $0"k"$0 {\n  ${POLICY}\n}\n`,
    message: '`aws_kms_key.k` is already declared at main.tf:1',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n}\ndata "aws_kms_key" "k" {\n  key_id = "alias/k"\n}\n`,
  },
  'conflicting-attributes': {
    fires: 'resource "aws_kms_alias" "a" {\n  $0name$0 = "alias/a"\n  name_prefix = "alias/b"\n  target_key_id = "k"\n}\n',
    message: '`name` and `name_prefix` cannot both be set',
    quiet: 'resource "aws_kms_alias" "a" {\n  name = "alias/a"\n  name_prefix = null\n  target_key_id = "k"\n}\n',
    fix: 'Remove `name`',
    fixed: 'resource "aws_kms_alias" "a" {\n  name_prefix = "alias/b"\n  target_key_id = "k"\n}\n',
  },
  deprecated: {
    fires: 'data "$0aws_kms_secret$0" "s" {\n  secret {\n    name = "a"\n    payload = "b"\n  }\n}\n',
    message: 'Use `data "aws_kms_secrets"`',
    quiet: 'data "aws_kms_secrets" "s" {\n  secret {\n    name = "a"\n    payload = "b"\n  }\n}\n',
    fix: 'aws_kms_secrets',
  },
  'unresolved-reference': {
    fires: 'output "k" {\n  value = aws_kms_key.$0mian$0.arn\n}\n',
    message: 'Did you mean `aws_kms_key.main`?',
    others: { 'keys.tf': `resource "aws_kms_key" "main" {\n  ${POLICY}\n  enable_key_rotation = true\n}\n` },
    quiet: 'output "k" {\n  value = [aws_kms_key.main.arn, aws_kms_key.main.key_id, data.aws_kms_alias.a.target_key_arn, aws_kms_key.main[0].id]\n}\ndata "aws_kms_alias" "a" {\n  name = "alias/aws/s3"\n}\n',
    fix: 'Change to `main`',
  },
  'key-spec-usage-mismatch': {
    fires: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  customer_master_key_spec = $0"ECC_NIST_P256"$0\n}\n`,
    message: 'needs `key_usage` set to `SIGN_VERIFY`, `KEY_AGREEMENT`',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  customer_master_key_spec = "ECC_NIST_P256"\n  key_usage = "SIGN_VERIFY"\n}\n`,
    fix: 'SIGN_VERIFY',
    fixed: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  customer_master_key_spec = "ECC_NIST_P256"\n  key_usage = "SIGN_VERIFY"\n}\n`,
  },
  'rotation-unsupported': {
    fires: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  customer_master_key_spec = "RSA_2048"\n  enable_key_rotation = $0true$0\n}\n`,
    message: 'RSA_2048 keys are not symmetric encryption keys',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  customer_master_key_spec = "RSA_2048"\n  enable_key_rotation = false\n}\n`,
    fix: 'enable_key_rotation = false',
  },
  'rotation-period-without-rotation': {
    fires: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = false\n  $0rotation_period_in_days$0 = 180\n}\n`,
    message: 'has no effect',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n  rotation_period_in_days = 180\n}\n`,
    fix: 'enable_key_rotation = true',
  },
  'alias-name': {
    fires: 'resource "aws_kms_alias" "a" {\n  name = $0"app-key"$0\n  target_key_id = "k"\n}\n',
    message: 'must start with `alias/`',
    quiet: 'resource "aws_kms_alias" "a" {\n  name = "alias/app-key"\n  target_key_id = "k"\n}\n',
    fix: 'alias/app-key',
    fixed: 'resource "aws_kms_alias" "a" {\n  name = "alias/app-key"\n  target_key_id = "k"\n}\n',
  },
  'custom-key-store-config': {
    fires: 'resource "aws_kms_custom_key_store" "s" {\n  custom_key_store_name = "x"\n  custom_key_store_type = "EXTERNAL_KEY_STORE"\n  xks_proxy_uri_endpoint = "https://proxy.example.com"\n  xks_proxy_uri_path = $0"/xks"$0\n  xks_proxy_connectivity = "PUBLIC_ENDPOINT"\n  xks_proxy_authentication_credential {\n    access_key_id = "AKIA"\n    raw_secret_access_key = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"\n  }\n}\n',
    message: 'must start with `/` and end with `/kms/xks/v1`',
    quiet: 'resource "aws_kms_custom_key_store" "s" {\n  custom_key_store_name = "x"\n  custom_key_store_type = "EXTERNAL_KEY_STORE"\n  xks_proxy_uri_endpoint = "https://proxy.example.com"\n  xks_proxy_uri_path = "/example/kms/xks/v1"\n  xks_proxy_connectivity = "PUBLIC_ENDPOINT"\n  xks_proxy_authentication_credential {\n    access_key_id = "AKIA"\n    raw_secret_access_key = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"\n  }\n}\n',
  },
  'key-in-custom-store': {
    fires: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  custom_key_store_id = "cks-1234567890abcdef0"\n  multi_region = $0true$0\n}\n`,
    message: 'A multi-Region key cannot be in a custom key store',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  custom_key_store_id = "cks-1234567890abcdef0"\n}\n`,
    fix: 'multi_region = false',
  },
  'grant-operation-unsupported': {
    fires: 'resource "aws_kms_grant" "g" {\n  key_id = aws_kms_key.sign.key_id\n  grantee_principal = "arn:aws:iam::111122223333:role/app"\n  operations = ["Sign", $0"Decrypt"$0]\n}\n',
    others: { 'keys.tf': `resource "aws_kms_key" "sign" {\n  ${POLICY}\n  customer_master_key_spec = "ECC_NIST_P256"\n  key_usage = "SIGN_VERIFY"\n}\n` },
    message: '`Decrypt` is not an operation of `aws_kms_key.sign` (ECC_NIST_P256, SIGN_VERIFY)',
    quiet: 'resource "aws_kms_grant" "g" {\n  key_id = aws_kms_key.sign.key_id\n  grantee_principal = "arn:aws:iam::111122223333:role/app"\n  operations = ["Sign", "Verify", "GetPublicKey"]\n}\n',
  },
  'key-rotation-disabled': {
    fires: `resource "$0aws_kms_key$0" "k" {\n  ${POLICY}\n}\n`,
    message: 'Automatic key rotation is off',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n}\nresource "aws_kms_key" "hmac" {\n  ${POLICY}\n  customer_master_key_spec = "HMAC_256"\n  key_usage = "GENERATE_VERIFY_MAC"\n}\n`,
    fix: 'enable_key_rotation = true',
    fixed: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n}\n`,
  },
  'key-disabled': {
    fires: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n  is_enabled = $0false$0\n}\n`,
    message: 'This key is disabled',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n  is_enabled = var.enabled\n}\n`,
    fix: 'is_enabled = true',
  },
  'key-without-policy': {
    fires: 'resource "$0aws_kms_key$0" "k" {\n  enable_key_rotation = true\n}\n',
    message: 'has no key policy',
    others: { 'policy.tf': 'resource "aws_kms_key_policy" "other" {\n  key_id = aws_kms_key.other.id\n  policy = "{}"\n}\n' },
    quiet: 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\nresource "aws_kms_key_policy" "p" {\n  key_id = aws_kms_key.k.id\n  policy = "{}"\n}\n',
  },
  'lockout-check-bypassed': {
    fires: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n  bypass_policy_lockout_safety_check = $0true$0\n}\n`,
    message: 'safety check is bypassed',
    quiet: `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n  bypass_policy_lockout_safety_check = false\n}\n`,
    fix: 'Remove',
  },
};

describe('block rules', () => {
  it('every block rule has a case, summary and docs', () => {
    assert.deepEqual(Object.keys(cases).sort(), blockRules.map((r) => r.id).sort());
    for (const r of blockRules) {
      assert.ok(r.summary.length > 10 && r.docs.length > 40, r.id);
    }
  });

  for (const rule of blockRules) {
    const c = cases[rule.id];
    if (!c) continue;
    describe(rule.id, () => {
      it('fires', () => {
        const f = fixture(c.fires);
        const found = findingsOf(f.text, { only: [rule.id], ...(c.others ? { others: c.others } : {}) });
        assert.ok(found.length >= 1, `no ${rule.id} finding`);
        const want = f.ranges[0]!;
        const hit = found.find((x) => x.span.start === want.start && x.span.end === want.end);
        assert.ok(hit, `no finding at ${JSON.stringify(want)}; got ${JSON.stringify(found.map((x) => [x.span, x.message]))}`);
        assert.ok(hit.message.includes(c.message), hit.message);
        assert.equal(hit.severity, rule.severity);
      });
      it('does not fire', () => {
        assert.deepEqual(findingsOf(c.quiet, { only: [rule.id], ...(c.others ? { others: c.others } : {}) }).map((x) => x.message), []);
      });
      if (c.fix) {
        it('has a quick fix that clears the finding', () => {
          const text = fixture(c.fires).text;
          const fixed = applyFix(text, rule.id, c.fix, c.others);
          if (c.fixed) assert.equal(fixed, c.fixed);
          const after = findingsOf(fixed, { only: [rule.id], ...(c.others ? { others: c.others } : {}) });
          assert.deepEqual(after.map((x) => x.message), []);
        });
      }
    });
  }
});

describe('quick fixes touch only their range', () => {
  it('every edit of every fix stays inside the finding\'s top-level block', () => {
    for (const c of Object.values(cases)) {
      const text = fixture(c.fires).text;
      const findings = findingsOf(text, c.others ? { others: c.others } : {});
      for (const a of doCodeActions(findings, { start: 0, end: text.length })) {
        for (const e of a.fix.edits) {
          assert.ok(e.span.end - e.span.start <= 200, `edit of "${a.fix.title}" replaces ${e.span.end - e.span.start} characters`);
          assert.ok(e.newText.length <= 300, a.fix.title);
        }
      }
    }
  });
});

describe('the guide\'s mistakes', () => {
  it('flags aws_kms_external_key_store, external_key_store_id and rotation on RSA_2048 with what to do instead', () => {
    checkDiagnostics(
      [
        'resource "aws_kms_external_key_store" "xks" {',
        '#         ^^^^^^^^^^^^^^^^^^^^^^^^^^ error unknown-resource-type: The AWS provider has no resource type `aws_kms_external_key_store`. Did you mean `aws_kms_custom_key_store`? An external key store is an `aws_kms_custom_key_store` with `custom_key_store_type = "EXTERNAL_KEY_STORE"`.',
        '  xks_proxy_uri_endpoint = "https://xks.example.com"',
        '}',
        'resource "aws_kms_external_key" "ext" {',
        '  external_key_store_id = aws_kms_external_key_store.xks.id',
        '# ^^^^^^^^^^^^^^^^^^^^^ error unknown-attribute: aws_kms_external_key has no argument `external_key_store_id`. `aws_kms_external_key` imports key material (origin EXTERNAL); it is not a key in an external key store. For that, use `aws_kms_key` with `custom_key_store_id` and `xks_key_id`.',
        '}',
        'resource "aws_kms_key" "signing" {',
        '  customer_master_key_spec = "RSA_2048"',
        '  key_usage                = "SIGN_VERIFY"',
        '  enable_key_rotation      = true',
        '#                            ^^^^ error rotation-unsupported: Automatic rotation will fail at apply: RSA_2048 keys are not symmetric encryption keys. Only symmetric encryption keys with KMS-generated material rotate.',
        '}',
      ].join('\n'),
      { only: ['unknown-resource-type', 'unknown-attribute', 'rotation-unsupported'] },
    );
  });
});

describe('unknown values are never errors', () => {
  it('accepts variables, references, calls, templates and conditionals everywhere', () => {
    const text = [
      'variable "spec" {}',
      'resource "aws_kms_key" "k" {',
      '  customer_master_key_spec = var.spec',
      '  key_usage                = var.usage',
      '  enable_key_rotation      = var.rotate',
      '  deletion_window_in_days  = local.days',
      '  rotation_period_in_days  = var.rotate ? 365 : null',
      '  description              = "key for ${var.app}"',
      '  is_enabled               = each.value',
      '  policy                   = data.aws_iam_policy_document.p.json',
      '  tags                     = merge(var.tags, { a = "b" })',
      '}',
      'resource "aws_kms_alias" "a" {',
      '  name          = "alias/${var.name}"',
      '  target_key_id = aws_kms_key.k.key_id',
      '}',
      'resource "aws_kms_grant" "g" {',
      '  key_id            = aws_kms_key.k.key_id',
      '  grantee_principal = var.principal',
      '  operations        = var.ops',
      '}',
    ].join('\n');
    const errors = findingsOf(text).filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => `${f.ruleId}: ${f.message}`), []);
  });
});

describe('provider versions', () => {
  it('accepts region in 6.x and reports it when the folder pins 5.x', () => {
    const key = `resource "aws_kms_key" "k" {\n  ${POLICY}\n  enable_key_rotation = true\n  region = "eu-west-1"\n}\n`;
    assert.deepEqual(findingsOf(key, { only: ['unknown-attribute'] }), []);
    const pinned = 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 5.0" }\n  }\n}\n' + key;
    assert.deepEqual(findingsOf(pinned, { only: ['unknown-attribute'] }).map((f) => f.message), ['`region` exists only in hashicorp/aws 6.25.0; this folder targets 5.100.0.']);
  });

  it('reports ML-DSA specs only under 5.x', () => {
    const key = `resource "aws_kms_key" "k" {\n  ${POLICY}\n  customer_master_key_spec = "ML_DSA_44"\n  key_usage = "SIGN_VERIFY"\n}\n`;
    assert.deepEqual(findingsOf(key, { only: ['invalid-value'] }), []);
    const pinned = 'terraform {\n  required_providers {\n    aws = { version = "5.100.0" }\n  }\n}\n' + key;
    assert.equal(findingsOf(pinned, { only: ['invalid-value'] }).length, 1);
  });

  it('requires plaintext on aws_kms_ciphertext under 5.x and exactly one of plaintext/plaintext_wo under 6.x', () => {
    const ct = 'resource "aws_kms_ciphertext" "c" {\n  key_id = "k"\n}\n';
    assert.deepEqual(findingsOf(ct, { only: ['missing-required', 'conflicting-attributes'] }).map((f) => f.ruleId), ['conflicting-attributes']);
    const pinned = 'terraform {\n  required_providers {\n    aws = { version = "< 6.0" }\n  }\n}\n' + ct;
    assert.deepEqual(findingsOf(pinned, { only: ['missing-required', 'conflicting-attributes'] }).map((f) => f.ruleId), ['missing-required']);
  });
});

describe('invalid-value details', () => {
  it('checks each element of a set, formats and lengths, and suggests the near miss', () => {
    checkDiagnostics(
      [
        'resource "aws_kms_grant" "g" {',
        '  key_id             = "k"',
        '  grantee_principal  = "not-a-principal"',
        '#                      ^^^^^^^^^^^^^^^^^ error invalid-value: `grantee_principal` must be an IAM principal ARN or a service principal such as `logs.amazonaws.com`.',
        '  retiring_principal = "logs.amazonaws.com"',
        '  operations         = ["Decrypt", "decrypt", "Bogus"]',
        '#                                  ^^^^^^^^^ error invalid-value: `operations`: must be one of `CreateGrant`, `Decapsulate`, `Decrypt`, `DeriveSharedSecret`, `DescribeKey`, `Encapsulate`, `Encrypt`, `GenerateDataKey`, `GenerateDataKeyPair`, `GenerateDataKeyPairWithoutPlaintext`, `GenerateDataKeyWithoutPlaintext`, `GenerateMac`, `GetPublicKey`, `ReEncryptFrom`, `ReEncryptTo`, `RetireGrant`, `Sign`, `Verify`, `VerifyMac`, not `decrypt` (values are case-sensitive).',
        '#                                             ^^^^^^^ error invalid-value: `operations`: must be one of `CreateGrant`, `Decapsulate`, `Decrypt`, `DeriveSharedSecret`, `DescribeKey`, `Encapsulate`, `Encrypt`, `GenerateDataKey`, `GenerateDataKeyPair`, `GenerateDataKeyPairWithoutPlaintext`, `GenerateDataKeyWithoutPlaintext`, `GenerateMac`, `GetPublicKey`, `ReEncryptFrom`, `ReEncryptTo`, `RetireGrant`, `Sign`, `Verify`, `VerifyMac`, not `Bogus`.',
        '  name               = "my grant"',
        '#                      ^^^^^^^^^^ error invalid-value: `name` may contain only letters, digits, `_`, `:`, `/` and `-`.',
        '}',
        'resource "aws_kms_external_key" "e" {',
        '  valid_to = "2030-01-01"',
        '#            ^^^^^^^^^^^^ error invalid-value: `valid_to` must be an RFC 3339 timestamp such as `2030-01-01T00:00:00Z`.',
        '}',
        'data "aws_kms_key" "k" {',
        '  key_id = "not a key"',
        '#          ^^^^^^^^^^^ error invalid-value: `key_id` must be a key ID, a key ARN, an alias name (`alias/...`) or an alias ARN.',
        '}',
        'data "aws_kms_public_key" "p" {',
        '  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"',
        '}',
      ].join('\n'),
      { only: ['invalid-value'] },
    );
  });

  it('fixes a wrongly cased value', () => {
    const fixed = applyFix('resource "aws_kms_custom_key_store" "s" {\n  custom_key_store_name = "s"\n  custom_key_store_type = "external_key_store"\n}\n', 'invalid-value');
    assert.ok(fixed.includes('custom_key_store_type = "EXTERNAL_KEY_STORE"'), fixed);
  });
});
