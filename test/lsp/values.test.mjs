// The semantic model over stdio: findings on values from locals, hover of values, rename of a local, and
// beside HashiCorp's extension no rename of Terraform names.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { LspClient, serverPath } from './client.mjs';

const URI = 'untitled:values.tf';
const TEXT = 'locals {\n  days = 3\n}\nresource "aws_kms_key" "k" {\n  policy = "{}"\n  deletion_window_in_days = local.days\n}\n';

describe('values over stdio', () => {
  /** @type {LspClient} */
  let client;
  before(async () => {
    assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  it('reports a value that comes from a local, with the local as related information', async () => {
    const diags = (await client.open(URI, TEXT)).filter((d) => d.code === 'invalid-value');
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, 1);
    assert.deepEqual(diags[0].range, { start: { line: 5, character: 28 }, end: { line: 5, character: 38 } });
    assert.deepEqual(diags[0].relatedInformation?.map((r) => r.location.range.start), [{ line: 1, character: 9 }]);
  });

  it('hovers a local with its value', async () => {
    const h = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 5, character: 33 } });
    assert.match(h.contents.value, /`local\.days` = `3`/);
  });

  it('renames a local in its declaration and every reference', async () => {
    const prep = await client.request('textDocument/prepareRename', { textDocument: { uri: URI }, position: { line: 5, character: 34 } });
    assert.deepEqual(prep.range, { start: { line: 5, character: 34 }, end: { line: 5, character: 38 } });
    const edit = await client.request('textDocument/rename', { textDocument: { uri: URI }, position: { line: 5, character: 34 }, newName: 'window' });
    assert.deepEqual(edit.changes[URI].map((e) => [e.range.start, e.newText]), [
      [{ line: 1, character: 2 }, 'window'],
      [{ line: 5, character: 34 }, 'window'],
    ]);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: URI }, position: { line: 5, character: 34 }, newName: '9x' }), /not a valid Terraform name/);
  });
});

describe('beside HashiCorp’s extension', () => {
  it('offers no rename: that extension renames Terraform names', async () => {
    const c = await LspClient.start({ initializationOptions: { besideHashicorp: true } });
    try {
      assert.equal(c.initializeResult.capabilities.renameProvider, undefined);
    } finally {
      await c.stop();
    }
  });
});
