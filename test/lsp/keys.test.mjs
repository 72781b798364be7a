// Keys in context over stdio, as an editor sees them: the code lens above a key, the access table on hover,
// consumer findings with their quick fix, and competing key policies with related locations in another file.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, cursor, serverPath } from './client.mjs';

const ROOT = '{ Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }, Action = "kms:*", Resource = "*" }';
const KEY = `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "logs" {
  description = "logs"
}

resource "aws_kms_key_policy" "logs" {
  key_id = aws_kms_key.logs.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [${ROOT}] })
}
`;
const OTHER_POLICY = `resource "aws_kms_key_policy" "debug" {
  key_id = aws_kms_key.logs.arn
  policy = jsonencode({ Version = "2012-10-17", Statement = [${ROOT}] })
}
`;
const LOGS = 'resource "aws_cloudwatch_log_group" "audit" {\n  name       = "/audit"\n  kms_key_id = aws_kms_key.logs.arn\n}\n';

describe('keys in context over stdio', () => {
  /** @type {LspClient} */
  let client;
  let dir;
  before(async () => {
    assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
    client = await LspClient.start();
    dir = mkdtempSync(join(tmpdir(), 'tfkms-lsp-keys-'));
    writeFileSync(join(dir, 'debug.tf'), OTHER_POLICY);
  });
  after(async () => {
    await client?.stop();
  });

  it('announces code lenses', () => {
    assert.deepEqual(client.initializeResult.capabilities.codeLensProvider, { resolveProvider: false });
  });

  it('puts the access summary above the key, with the command that shows the table', async () => {
    const uri = pathToFileURL(join(dir, 'main.tf')).href;
    await client.open(uri, KEY + LOGS);
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.deepEqual(lenses[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 29 } });
    assert.equal(lenses[0].command.title, 'decrypt: 1 principal · administer: 1 · 0 grants');
    assert.equal(lenses[0].command.command, 'tfkms.showKeyAccess');
    assert.equal(lenses[0].command.arguments[0], 'aws_kms_key.logs');
    assert.match(lenses[0].command.arguments[1], /^# Who can use `aws_kms_key.logs`\n/);
  });

  it('hovers the key name with the table linking to both competing policies', async () => {
    const uri = pathToFileURL(join(dir, 'main.tf')).href;
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 25 } });
    assert.equal(h.contents.kind, 'markdown');
    const v = h.contents.value;
    assert.match(v, /^\*\*Who can use `aws_kms_key.logs`\*\*/);
    assert.ok(v.includes(`](${pathToFileURL(join(dir, 'main.tf')).href}#L9)`), v);
    assert.ok(v.includes(`](${pathToFileURL(join(dir, 'debug.tf')).href}#L3)`), v);
    assert.match(v, /_2 resources set this key's policy/);
  });

  it('publishes the competing policies with the other one as related information', async () => {
    const uri = pathToFileURL(join(dir, 'main.tf')).href;
    const diags = await client.change(uri, 2, [{ text: KEY + LOGS + '\n' }]);
    const conflict = diags.filter((d) => d.code === 'key-policy-conflict');
    assert.equal(conflict.length, 1);
    assert.equal(conflict[0].severity, 2);
    assert.deepEqual(conflict[0].relatedInformation, [
      { location: { uri: pathToFileURL(join(dir, 'debug.tf')).href, range: { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } } }, message: '`aws_kms_key_policy.debug` also sets the key policy of `aws_kms_key.logs`' },
    ]);
    const denied = diags.filter((d) => d.code === 'key-consumer-denied');
    assert.equal(denied.length, 1);
    assert.equal(denied[0].severity, 2, 'a warning: CloudWatch Logs may use the callers\' permissions');
    assert.deepEqual(denied[0].range, { start: { line: 12, character: 15 }, end: { line: 12, character: 35 } });
  });

  it('offers the fix that adds a statement for CloudWatch Logs', async () => {
    const uri = pathToFileURL(join(dir, 'main.tf')).href;
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 12, character: 20 }, end: { line: 12, character: 20 } },
      context: { diagnostics: [] },
    });
    const titles = actions.map((a) => a.title).filter((t) => t.includes('CloudWatch Logs'));
    assert.deepEqual(titles, [
      'Add a statement for CloudWatch Logs (`logs.<region>.amazonaws.com`) to the key policy in `aws_kms_key_policy.debug`',
      'Add a statement for CloudWatch Logs (`logs.<region>.amazonaws.com`) to the key policy in `aws_kms_key_policy.logs`',
    ]);
    const debug = actions.find((a) => a.title.endsWith('`aws_kms_key_policy.debug`'));
    assert.ok(debug.edit.changes[pathToFileURL(join(dir, 'debug.tf')).href], 'the edit goes to the file holding that policy');
  });

  it("hovers a consumer's key argument", async () => {
    const uri = pathToFileURL(join(dir, 'main.tf')).href;
    const { position } = cursor(KEY + LOGS.replace('kms_key_id', 'kms_$0key_id'));
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position });
    assert.match(h.contents.value, /^\*\*`kms_key_id`\*\* — the KMS key CloudWatch Logs encrypts this log group with\.\n\nKey: `aws_kms_key.logs`, spec SYMMETRIC_DEFAULT\./);
  });
});
