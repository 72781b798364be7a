import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blockSchemaOf, existsIn, isConfigurableIn, isRequired, providerVersions, typeNames, type BlockSchema } from '../../../server/src/service/schema';
import { maxMajor, targetVersion } from '../../../server/src/service/blocks/target';
import { useParser, workspaceWith } from '../harness';

useParser();

describe('generated schema', () => {
  it('covers 5.100.0 and a 6.x version, and records versions on every type, attribute and block', () => {
    assert.equal(providerVersions[0], '5.100.0');
    assert.match(providerVersions[1] ?? '', /^6\./);
    for (const kind of ['resource', 'data'] as const) {
      for (const type of typeNames(kind)) {
        const s = blockSchemaOf(kind, type)!;
        assert.ok(s.versions?.length, type);
        const walk = (b: BlockSchema) => {
          for (const [n, a] of Object.entries(b.attributes)) assert.ok(a.versions?.length, `${type}.${n}`);
          for (const bt of Object.values(b.blockTypes)) {
            assert.ok(bt.versions?.length);
            walk(bt.block);
          }
        };
        walk(s);
      }
    }
  });

  it('has region only in 6.x, on every type', () => {
    for (const kind of ['resource', 'data'] as const) {
      for (const type of typeNames(kind)) {
        const region = blockSchemaOf(kind, type)!.attributes.region;
        assert.ok(region, `${type} has region`);
        assert.ok(!existsIn(region, '5.100.0') && existsIn(region, providerVersions[1]), type);
      }
    }
  });

  it('records version differences: plaintext required in 5.x only, key_usage of aws_kms_external_key settable in 6.x only', () => {
    const ct = blockSchemaOf('resource', 'aws_kms_ciphertext')!.attributes.plaintext!;
    assert.ok(isRequired(ct, '5.100.0') && !isRequired(ct, providerVersions[1]));
    const ku = blockSchemaOf('resource', 'aws_kms_external_key')!.attributes.key_usage!;
    assert.ok(!isConfigurableIn('key_usage', ku, '5.100.0') && isConfigurableIn('key_usage', ku, providerVersions[1]));
  });
});

describe('target provider version', () => {
  it('reads the highest major a constraint allows', () => {
    assert.equal(maxMajor('~> 5.0'), 5);
    assert.equal(maxMajor('5.100.0'), 5);
    assert.equal(maxMajor('>= 4.0, < 6.0'), 5);
    assert.equal(maxMajor('>= 5.0'), undefined);
    assert.equal(maxMajor('~> 6.2'), 6);
  });

  it('defaults to the newest version and follows required_providers in any file of the folder', () => {
    assert.equal(targetVersion([workspaceWith('').doc]), providerVersions[providerVersions.length - 1]);
    const { ws, doc } = workspaceWith('', { 'versions.tf': 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.90"\n    }\n  }\n}\n' });
    assert.equal(targetVersion(ws.folderDocuments(doc.uri)), '5.100.0');
  });
});
