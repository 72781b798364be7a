import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, hoverAt, useParser, workspaceWith } from '../harness';
import { doDefinition, doReferences } from '../../../server/src/service';

useParser();

const KEYS = 'resource "aws_kms_key" "main" {\n  enable_key_rotation = true\n}\n';

describe('hover', () => {
  it('explains a type with a documentation link', () => {
    const h = hoverAt('resource "aws_kms_exter$0nal_key" "e" {}\n')!;
    assert.ok(h.includes('**resource** `aws_kms_external_key`'), h);
    assert.ok(h.includes('Not a key in an external key store'), h);
    assert.ok(h.includes('https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_external_key'), h);
  });

  it('says a removed data source is removed', () => {
    assert.ok(hoverAt('data "aws_kms_se$0cret" "s" {}\n')?.includes('**Removed:**'));
  });

  it('shows type, mode, default, allowed values and replacement for an argument', () => {
    const h = hoverAt('resource "aws_kms_key" "k" {\n  key_us$0age = "SIGN_VERIFY"\n}\n')!;
    assert.ok(h.includes('`key_usage`** — `string`, optional'), h);
    assert.ok(h.includes('Default: `ENCRYPT_DECRYPT`'), h);
    assert.ok(h.includes('`SIGN_VERIFY`'), h);
    assert.ok(h.includes('`ENCAPSULATE_DECAPSULATE` (6.x)'), h);
    assert.ok(h.includes('Changing it replaces the resource.'), h);
    assert.ok(h.includes('docs/resources/kms_key#key_usage'), h);
  });

  it('shows a range, a required-with and the version of 6.x-only arguments', () => {
    const h = hoverAt('resource "aws_kms_key" "k" {\n  rotation_period$0_in_days = 90\n  regi$0on = "x"\n}\n')!;
    assert.ok(h.includes('Range: 90 to 2560') && h.includes('Needs `enable_key_rotation`'), h);
    const r = hoverAt('resource "aws_kms_key" "k" {\n  regi$0on = "x"\n}\n')!;
    assert.ok(r.includes('Only in hashicorp/aws 6.25.0'), r);
  });

  it('describes nested blocks and their arguments', () => {
    assert.ok(hoverAt('resource "aws_kms_grant" "g" {\n  constr$0aints {\n  }\n}\n')?.includes('**block** `constraints` — set'));
    assert.ok(hoverAt('resource "aws_kms_grant" "g" {\n  constraints {\n    encryption_context_eq$0uals = {}\n  }\n}\n')?.includes('`constraints.encryption_context_equals`'));
  });

  it('says what a reference points to, across files', () => {
    const name = hoverAt('output "o" {\n  value = aws_kms_key.ma$0in.arn\n}\n', { 'keys.tf': KEYS })!;
    assert.ok(name.includes('**aws_kms_key.main**') && name.includes('Declared in `keys.tf`, line 1.'), name);
    const attr = hoverAt('output "o" {\n  value = aws_kms_key.main.a$0rn\n}\n', { 'keys.tf': KEYS })!;
    assert.ok(attr.includes('**aws_kms_key.main.arn**') && attr.includes('computed') && attr.includes('The ARN of the key.'), attr);
  });
});

describe('navigation', () => {
  const main = 'resource "aws_kms_alias" "a" {\n  target_key_id = aws_kms_key.main.key_id\n}\noutput "o" {\n  value = "${aws_kms_key.main.arn}"\n}\n';

  it('goes to the definition in another file of the folder', () => {
    const f = fixture(main.replace('aws_kms_key.main.key_id', 'aws_kms_key.ma$0in.key_id'));
    const { ws, doc } = workspaceWith(f.text, { 'keys.tf': KEYS });
    const locs = doDefinition(ws, doc, f.offset!);
    assert.equal(locs.length, 1);
    assert.equal(locs[0]!.uri, 'file:///ws/keys.tf');
    assert.equal(KEYS.slice(locs[0]!.selectionSpan.start, locs[0]!.selectionSpan.end), 'main');
  });

  it('finds every reference across the folder, from a reference or from the declaration', () => {
    const other = 'resource "aws_kms_grant" "g" {\n  key_id = var.x == "" ? aws_kms_key.main.arn : var.x\n  grantee_principal = "arn:aws:iam::111122223333:role/r"\n  operations = ["Decrypt"]\n}\n';
    const f = fixture(main.replace('aws_kms_key.main.key_id', 'aws_kms_key.ma$0in.key_id'));
    const { ws, doc } = workspaceWith(f.text, { 'keys.tf': KEYS, 'grant.tf': other });
    const render = (locs: ReturnType<typeof doReferences>) =>
      locs.map((l) => {
        const text = l.uri.endsWith('main.tf') ? f.text : l.uri.endsWith('keys.tf') ? KEYS : other;
        return `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}: ${text.slice(l.selectionSpan.start, l.selectionSpan.end)}`;
      }).sort();
    assert.deepEqual(render(doReferences(ws, doc, f.offset!)), ['grant.tf: aws_kms_key.main', 'keys.tf: main', 'main.tf: aws_kms_key.main', 'main.tf: aws_kms_key.main']);
    const keysDoc = ws.get('file:///ws/keys.tf')!;
    assert.equal(doReferences(ws, keysDoc, KEYS.indexOf('main') + 1, false).length, 3);
  });
});

describe('hover on values', () => {
  it('tells which usages a key spec allows, and which specs a usage fits', () => {
    const spec = hoverAt('resource "aws_kms_key" "k" {\n  customer_master_key_spec = "ECC_NI$0ST_P256"\n}\n')!;
    assert.ok(spec.includes('`SIGN_VERIFY`, `KEY_AGREEMENT`') && spec.includes('Cannot rotate'), spec);
    const usage = hoverAt('resource "aws_kms_key" "k" {\n  key_usage = "GENERATE_$0VERIFY_MAC"\n}\n')!;
    assert.ok(usage.includes('`HMAC_224`, `HMAC_256`, `HMAC_384`, `HMAC_512`'), usage);
  });
});
