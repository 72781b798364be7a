// The language server with a team's configuration: .tfkms.json read from disk and re-read when it changes,
// the tfkms.rules setting winning over it, problems of the file shown on it, suppressed findings hidden, the
// "Ignore RULE-ID here" fix (a snippet edit where the client takes one), the unused-suppression fix, and
// diagnostics that link to the rule's page.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, serverPath } from '../lsp/client.mjs';

const KEY = (extra = '') => `resource "aws_kms_key" "k" {\n  policy = var.policy\n  enable_key_rotation = true\n${extra}  is_enabled = false\n}\n`;
const codes = (diags) => diags.map((d) => `${d.code}:${d.severity}`).sort();

let dir;
before(() => {
  assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'tfkms-ls-team-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'infra'));
});

describe('language server: configuration file', () => {
  let c;
  const messages = [];
  const configUri = () => pathToFileURL(join(dir, '.tfkms.json')).href;
  before(async () => {
    writeFileSync(join(dir, '.tfkms.json'), '{ "rules": { "key-disabled": "error", "no-such-rule": "off" } }');
    c = await LspClient.start({ initializationOptions: { rules: { 'key-rotation-disabled': 'off', 'not-a-rule': 'off' } } });
    c.conn.onNotification('window/showMessage', (p) => messages.push(p));
  });
  after(() => c.stop());

  it('applies the file, shows its problems on it, and warns about the setting', async () => {
    const uri = pathToFileURL(join(dir, 'infra/main.tf')).href;
    const configDiags = c.nextDiagnostics(configUri());
    const d = await c.open(uri, KEY());
    assert.deepEqual(codes(d), ['key-disabled:1']);
    const cd = await configDiags;
    assert.deepEqual(cd.map((x) => [x.message, x.range.start.line, x.range.start.character]), [['Unknown rule "no-such-rule".', 0, 38]]);
    assert.deepEqual(messages.map((m) => [m.type, m.message]), [[2, 'Terraform KMS: the tfkms.rules setting: unknown rule "not-a-rule"']]);
  });

  it('the tfkms.rules setting wins over the file', async () => {
    const uri = pathToFileURL(join(dir, 'infra/setting/main.tf')).href;
    writeFileSync(join(dir, '.tfkms.json'), '{ "rules": { "key-disabled": "error", "key-rotation-disabled": "error" } }');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: 2 }] });
    const d = await c.open(uri, KEY().replace('  enable_key_rotation = true\n', ''));
    // key-rotation-disabled is off in the setting although the file says error.
    assert.deepEqual(codes(d), ['key-disabled:1']);
  });

  it('re-lints open documents when the file changes, without a restart', async () => {
    const uri = pathToFileURL(join(dir, 'infra/main.tf')).href;
    const next = c.nextDiagnostics(uri);
    writeFileSync(join(dir, '.tfkms.json'), '{ "rules": { "key-disabled": "off" } }');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: 2 }] });
    assert.deepEqual(codes(await next), []);
    const back = c.nextDiagnostics(uri);
    writeFileSync(join(dir, '.tfkms.json'), '{ "rules": { "key-disabled": "info" } }');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: 2 }] });
    assert.deepEqual(codes(await back), ['key-disabled:3']);
  });

  it('ignorePaths: an ignored file gets no diagnostics', async () => {
    writeFileSync(join(dir, '.tfkms.json'), '{ "ignorePaths": ["legacy"] }');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: 2 }] });
    const d = await c.open(pathToFileURL(join(dir, 'legacy/main.tf')).href, KEY());
    assert.deepEqual(d, []);
  });
});

describe('language server: suppressions and fixes', () => {
  const open = async (c, name, text) => {
    // One folder each: keys of one name in one folder would also conflict with each other.
    const uri = pathToFileURL(join(dir, 'infra', name.replace(/\.tf$/, ''), 'main.tf')).href;
    return { uri, diags: await c.open(uri, text) };
  };
  const actions = (c, uri, diag) => c.request('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } });

  it('suppressed findings are not shown; diagnostics link to the rule page', async () => {
    const c = await LspClient.start();
    try {
      writeFileSync(join(dir, '.tfkms.json'), '{}');
      const { diags } = await open(c, 'suppressed.tf', KEY('  # tfkms:ignore key-disabled retired\n'));
      assert.deepEqual(codes(diags), []);
      const { diags: shown } = await open(c, 'shown.tf', KEY());
      assert.deepEqual(shown.map((d) => d.codeDescription), [{ href: 'https://github.com/tfkms/terraform-kms/blob/main/docs/rules/key-disabled.md' }]);
    } finally {
      await c.stop();
    }
  });

  it('"Ignore RULE-ID here" is a snippet edit where the client supports it', async () => {
    const c = await LspClient.start({ capabilities: { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } } });
    try {
      const { uri, diags } = await open(c, 'snippet.tf', KEY());
      const ignore = (await actions(c, uri, diags[0])).find((a) => a.title === 'Ignore key-disabled here');
      assert.ok(ignore);
      assert.deepEqual(ignore.edit, {
        documentChanges: [
          {
            textDocument: { uri, version: 1 },
            edits: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, snippet: { kind: 'snippet', value: '  # tfkms:ignore key-disabled ${1:reason}\n' } }],
          },
        ],
      });
    } finally {
      await c.stop();
    }
  });

  it('"Ignore RULE-ID here" inserts a placeholder reason for other clients', async () => {
    const c = await LspClient.start();
    try {
      const { uri, diags } = await open(c, 'plain.tf', KEY());
      const ignore = (await actions(c, uri, diags[0])).find((a) => a.title === 'Ignore key-disabled here');
      assert.deepEqual(ignore.edit, { changes: { [uri]: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '  # tfkms:ignore key-disabled reason\n' }] } });
    } finally {
      await c.stop();
    }
  });

  it('unused-suppression is shown with a fix that removes the comment line', async () => {
    const c = await LspClient.start();
    try {
      const text = KEY('  # tfkms:ignore alias-name not an alias\n');
      const { uri, diags } = await open(c, 'unused.tf', text);
      const unused = diags.find((d) => d.code === 'unused-suppression');
      assert.ok(unused, JSON.stringify(diags));
      assert.deepEqual(unused.tags, [1]);
      const remove = (await actions(c, uri, unused)).find((a) => a.title === 'Remove this suppression');
      assert.deepEqual(remove.edit.changes[uri], [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, newText: '' }]);
    } finally {
      await c.stop();
    }
  });
});
