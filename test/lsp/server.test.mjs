// The built server over stdio, checked as an editor sees it: capabilities, diagnostics, completion, hover,
// quick fixes, incremental edits, and survival on hostile input.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, cursor, serverPath } from './client.mjs';

const URI = 'file:///nonexistent-ws/main.tf';

describe('language server over stdio', () => {
  /** @type {LspClient} */
  let client;
  before(async () => {
    assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  it('announces its capabilities', () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
    assert.ok(caps.completionProvider.triggerCharacters.includes('"'));
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix']);
    assert.equal(caps.documentSymbolProvider, true);
  });

  it('publishes unknown-attribute for an argument aws_kms_key does not have', async () => {
    const diags = (await client.open(URI, 'resource "aws_kms_key" "k" {\n  bogus = 1\n}\n')).filter((d) => d.code === 'unknown-attribute');
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'unknown-attribute');
    assert.equal(diags[0].severity, 1);
    assert.equal(diags[0].source, 'tfkms');
    assert.deepEqual(diags[0].range, { start: { line: 1, character: 2 }, end: { line: 1, character: 7 } });
  });

  it('follows incremental edits: fixing the name clears the diagnostic', async () => {
    const all = await client.change(URI, 2, [
      { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 7 } }, text: 'description' },
      { range: { start: { line: 1, character: 16 }, end: { line: 1, character: 17 } }, text: '"a key"' },
    ]);
    assert.deepEqual(all.filter((d) => d.code === 'unknown-attribute' || d.code === 'syntax-error'), []);
    const h = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 4 } });
    assert.match(h.contents.value, /`description`/);
  });

  it('completes aws_kms_* types after resource "', async () => {
    const uri = 'file:///nonexistent-ws/types.tf';
    const { text, position } = cursor('resource "$0"');
    await client.open(uri, text);
    const r = await client.request('textDocument/completion', { textDocument: { uri }, position });
    const labels = r.items.map((i) => i.label);
    assert.ok(labels.includes('aws_kms_key'));
    const key = r.items.find((i) => i.label === 'aws_kms_key');
    assert.deepEqual(key.textEdit.range, { start: position, end: position });
  });

  it('completes aws_kms_key arguments as snippets', async () => {
    const uri = 'file:///nonexistent-ws/args.tf';
    const { text, position } = cursor('resource "aws_kms_key" "k" {\n  enable_$0\n}\n');
    await client.open(uri, text);
    const r = await client.request('textDocument/completion', { textDocument: { uri }, position });
    const item = r.items.find((i) => i.label === 'enable_key_rotation');
    assert.ok(item, 'enable_key_rotation offered');
    assert.equal(item.insertTextFormat, 2);
    assert.equal(item.textEdit.newText, 'enable_key_rotation = ${1|true,false|}');
    assert.deepEqual(item.textEdit.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } });
  });

  it('hovers an aws_kms_key argument', async () => {
    const uri = 'file:///nonexistent-ws/hover.tf';
    const { text, position } = cursor('resource "aws_kms_key" "k" {\n  deletion_window$0_in_days = 10\n}\n');
    await client.open(uri, text);
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position });
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /`deletion_window_in_days`.*`number`/);
    assert.deepEqual(h.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 25 } });
  });

  it('offers a quick fix that edits exactly the misspelt name', async () => {
    const uri = 'file:///nonexistent-ws/fix.tf';
    const diags = (await client.open(uri, 'resource "aws_kms_key" "k" {\n  enable_key_rotaton = true\n}\n')).filter((d) => d.code === 'unknown-attribute');
    assert.equal(diags.length, 1);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diags[0].range,
      context: { diagnostics: diags, only: ['quickfix'] },
    });
    // The rule's own fix, then "Ignore unknown-attribute here", which every finding has.
    assert.deepEqual(actions.map((a) => a.title).slice(1), ['Ignore unknown-attribute here']);
    assert.equal(actions[0].kind, 'quickfix');
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].edit.changes[uri], [{ range: diags[0].range, newText: 'enable_key_rotation' }]);
  });

  it('outlines the blocks of a file', async () => {
    const uri = 'file:///nonexistent-ws/outline.tf';
    await client.open(uri, 'resource "aws_kms_key" "a" {}\ndata "aws_kms_alias" "b" {\n  name = "alias/b"\n}\n');
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['aws_kms_key.a', 'data.aws_kms_alias.b']);
    assert.deepEqual(symbols[1].children.map((s) => s.name), ['name']);
  });
});

describe('a folder of files', () => {
  it('resolves references against files on disk, follows file-change notifications, and jumps to definitions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tfkms-lsp-folder-'));
    const keys = join(dir, 'keys.tf');
    writeFileSync(keys, 'resource "aws_kms_key" "x" {\n  enable_key_rotation = true\n}\n');
    const uri = pathToFileURL(join(dir, 'alias.tf')).href;
    const client = await LspClient.start({ capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    try {
      const text = 'resource "aws_kms_alias" "a" {\n  name          = "alias/a"\n  target_key_id = aws_kms_key.y.key_id\n}\n';
      const unresolved = (d) => d.filter((x) => x.code === 'unresolved-reference');
      assert.equal(unresolved(await client.open(uri, text)).length, 1, 'aws_kms_key.y is not declared yet');
      writeFileSync(keys, 'resource "aws_kms_key" "x" {\n  enable_key_rotation = true\n}\nresource "aws_kms_key" "y" {\n  enable_key_rotation = true\n}\n');
      const next = client.nextDiagnostics(uri);
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(keys).href, type: 2 }] });
      assert.deepEqual(unresolved(await next), [], 'declared now');
      const defs = await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 30 } });
      const list = Array.isArray(defs) ? defs : [defs];
      assert.equal(list.length, 1);
      assert.equal(list[0].uri ?? list[0].targetUri, pathToFileURL(keys).href);
    } finally {
      await client.stop();
    }
  });
});

describe('typing a file', () => {
  it('ends with the same diagnostics as opening the finished text, after hundreds of incremental edits', async () => {
    const client = await LspClient.start();
    try {
      const target = [
        'resource "aws_kms_key" "k" {',
        '  description = "typed"',
        '  customer_master_key_spec = "RSA_2048"',
        '  enable_key_rotation = true',
        '  policy = jsonencode({',
        '    Version = "2012-10-17"',
        '    Statement = [{ Effect = "Alow", Principal = "*", Action = "kms:Decrpt", Resource = "*" }]',
        '  })',
        '}',
        '',
      ].join('\n');
      const typed = 'file:///nonexistent-ws/typed.tf';
      await client.open(typed, '');
      let line = 0;
      let character = 0;
      let version = 1;
      // Diagnostics are debounced: the last keystroke's version is the one surely published.
      const last = client.nextDiagnostics(typed, version + target.length);
      for (const ch of target) {
        version++;
        const pos = { line, character };
        const sent = client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: typed, version }, contentChanges: [{ range: { start: pos, end: pos }, text: ch }] });
        if (ch === '\n') {
          line++;
          character = 0;
        } else character++;
        await sent;
        if (version % 25 === 0) await client.request('textDocument/completion', { textDocument: { uri: typed }, position: { line, character } });
      }
      const afterTyping = await last;
      const fresh = await client.open('file:///nonexistent-ws-fresh/fresh.tf', target);
      const shape = (d) => d.map((x) => `${x.code} ${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character}`).sort();
      assert.deepEqual(shape(afterTyping), shape(fresh));
      assert.ok(fresh.some((d) => d.code === 'policy-effect') && fresh.some((d) => d.code === 'unknown-action') && fresh.some((d) => d.code === 'rotation-unsupported'));
    } finally {
      await client.stop();
    }
  });
});

describe('pattern completions', () => {
  it('offers the guide patterns at the top level of a file, and not in a block', async () => {
    const client = await LspClient.start();
    try {
      const uri = 'file:///nonexistent-ws/patterns.tf';
      const { text, position } = cursor('data "aws_caller_identity" "current" {}\nkms-ba$0\n');
      await client.open(uri, text);
      const r = await client.request('textDocument/completion', { textDocument: { uri }, position });
      const basic = r.items.find((i) => i.label === 'kms-basic');
      assert.ok(basic, 'kms-basic offered');
      assert.equal(basic.insertTextFormat, 2);
      assert.deepEqual(basic.textEdit.range, { start: { line: 1, character: 0 }, end: position });
      assert.match(basic.textEdit.newText, /resource "aws_kms_key"/);
      assert.doesNotMatch(basic.textEdit.newText, /data "aws_caller_identity" "current"/, 'already declared in the file');
      const inBlock = cursor('resource "aws_kms_key" "k" {\n  kms$0\n}\n');
      await client.open('file:///nonexistent-ws/patterns2.tf', inBlock.text);
      const r2 = await client.request('textDocument/completion', { textDocument: { uri: 'file:///nonexistent-ws/patterns2.tf' }, position: inBlock.position });
      assert.ok(!r2.items.some((i) => i.label.startsWith('kms-')));
    } finally {
      await client.stop();
    }
  });

  it('leaves them out when the client says it has the snippets itself', async () => {
    const client = await LspClient.start({ initializationOptions: { patternCompletions: false } });
    try {
      const uri = 'file:///nonexistent-ws/patterns3.tf';
      const { text, position } = cursor('kms$0\n');
      await client.open(uri, text);
      const r = await client.request('textDocument/completion', { textDocument: { uri }, position });
      assert.ok(!r.items.some((i) => i.label.startsWith('kms-')));
      assert.ok(r.items.some((i) => i.label === 'resource'));
    } finally {
      await client.stop();
    }
  });
});

describe('language server on hostile input', () => {
  /** @type {LspClient} */
  let client;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  const big = 'resource "aws_kms_key" "k" {\n  description = "' + 'x'.repeat(200) + '"\n}\n';
  const cases = {
    empty: '',
    'binary garbage': Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
    'unclosed brace': 'resource "aws_kms_key" "k" {\n  description = "x"\n',
    'unclosed string': 'resource "aws_kms_key" "k" {\n  description = "x\n  bogus = 1\n}\n',
    'a 5 MB file': big.repeat(Math.ceil((5 * 1024 * 1024) / big.length)),
    'deep nesting': 'locals {\n  x = ' + '['.repeat(3000) + ']'.repeat(3000) + '\n}\n',
  };
  let n = 0;
  for (const [name, text] of Object.entries(cases)) {
    it(`answers every request on ${name}`, async () => {
      const uri = `file:///nonexistent-ws/hostile-${n++}.tf`;
      const diags = await client.open(uri, text);
      assert.ok(Array.isArray(diags));
      const lines = text.split('\n');
      const position = { line: Math.floor(lines.length / 2), character: 3 };
      const completion = await client.request('textDocument/completion', { textDocument: { uri }, position });
      assert.ok(completion === null || Array.isArray(completion.items));
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
      assert.equal(client.exited, false, 'server still running');
    });
  }

  it('reports the unclosed string without losing the rest of the file', async () => {
    const uri = 'file:///nonexistent-ws/unclosed.tf';
    const diags = await client.open(uri, 'resource "aws_kms_key" "k" {\n  description = "x\n}\n');
    assert.ok(diags.some((d) => d.code === 'syntax-error'));
  });
});
