import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, useParser } from '../harness';
import { jsonDeclarations } from '../../../server/src/service/workspace';

useParser();

const ALIAS = 'resource "aws_kms_alias" "a" {\n  name          = "alias/a"\n  target_key_id = aws_kms_key.from_json.key_id\n}\n';

describe('declarations in .tf.json files', () => {
  it('resolve references from .tf files of the same folder', () => {
    const json = JSON.stringify({ resource: { aws_kms_key: { from_json: { enable_key_rotation: true } } } });
    assert.deepEqual(findingsOf(ALIAS, { only: ['unresolved-reference'], others: { 'keys.tf.json': json } }), []);
  });

  it('do not hide a reference that no file declares', () => {
    const json = JSON.stringify({ resource: { aws_kms_key: { other: {} } } });
    assert.equal(findingsOf(ALIAS, { only: ['unresolved-reference'], others: { 'keys.tf.json': json } }).length, 1);
  });

  it('are read from the object and array forms, and a broken file declares nothing', () => {
    assert.deepEqual(
      jsonDeclarations('u', JSON.stringify({ data: [{ aws_kms_alias: { a: {} } }], resource: { aws_kms_key: [{ k: {} }, { l: {} }] } })).map((d) => `${d.kind} ${d.type}.${d.name}`),
      ['resource aws_kms_key.k', 'resource aws_kms_key.l', 'data aws_kms_alias.a'],
    );
    assert.deepEqual(jsonDeclarations('u', '{ not json'), []);
  });
});
