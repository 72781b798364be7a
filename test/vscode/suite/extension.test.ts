/**
 * The extension as a user gets it: installed from the packaged VSIX into a real VS Code
 * (code-server or Electron), driven through the `vscode` API. Runs inside the extension host.
 * The workspace is a copy of test/vscode/workspace/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, diagnosticsWhere, hoverText, labelOf, open, positionOf, semanticTokensOf, show, skip, toggleLineComment, waitFor } from './helpers';

describe('Terraform KMS in VS Code, installed from the VSIX', () => {
  let extension: vscode.Extension<unknown>;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is installed`);
    extension = found;
    await extension.activate();
  });

  it('is the packaged extension, not the source tree', () => {
    // An installed extension lives in <extensions-dir>/<publisher>.<name>-<version>; a development one would not.
    assert.match(path.basename(extension.extensionPath), /^tfkms\.terraform-kms-\d+\.\d+\.\d+/, extension.extensionPath);
    for (const file of ['dist/extension.js', 'dist/server.js', 'syntaxes/terraform.tmLanguage.json', 'syntaxes/terraform.markdown-injection.json', 'language-configuration.json']) {
      assert.ok(fs.existsSync(path.join(extension.extensionPath, file)), `the VSIX ships ${file}`);
    }
    assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'node_modules', 'typescript')), 'dev dependencies are not packaged');
    assert.equal(extension.isActive, true);
  });

  it('opens .tf files as the terraform language', async () => {
    const doc = await open('main.tf');
    assert.equal(doc.languageId, 'terraform');
  });

  it('binds no grammar and no static language configuration to terraform (they would replace HashiCorp\'s)', () => {
    const contributes = extension.packageJSON.contributes as { grammars?: { language?: string }[]; languages?: { id: string; configuration?: string }[] };
    assert.deepEqual(contributes.grammars?.filter((g) => g.language) ?? [], []);
    assert.deepEqual(contributes.languages?.filter((l) => l.configuration) ?? [], []);
  });

  it('alone, highlights .tf files with semantic tokens from the server', async () => {
    const doc = await open('main.tf');
    const result = await waitFor('semantic tokens for main.tf', async () => {
      const r = await semanticTokensOf(doc.uri);
      return r && r.tokens.length > 0 ? r : undefined;
    });
    assert.ok(result.legend.tokenTypes.includes('keyword') && result.legend.tokenTypes.includes('property'), result.legend.tokenTypes.join(', '));
    const shown = result.tokens.slice(0, 4).map((t) => `${doc.lineAt(t.line).text.slice(t.character, t.character + t.length)} ${t.type}`);
    assert.deepEqual(shown, ['resource keyword', '"aws_kms_key" type', '"main" variable', 'description property']);
  });

  it('alone, applies its language configuration: # line comments and auto-closed brackets', async () => {
    assert.equal(await toggleLineComment('terraform', 'enable_key_rotation = true'), '# enable_key_rotation = true');
    // Auto-closing, in a document of its own, with its editor focused before typing.
    const doc2 = await vscode.workspace.openTextDocument({ language: 'terraform', content: 'tags = ' });
    const editor2 = await vscode.window.showTextDocument(doc2, { preserveFocus: false });
    editor2.selection = new vscode.Selection(0, 7, 0, 7);
    await vscode.commands.executeCommand('type', { text: '{' }); // typed alone, as a person would
    await waitFor('an auto-closed brace', () => (doc2.getText() === 'tags = {}' ? true : undefined), 10_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('checks .tofu files even without OpenTofu\'s extension', async () => {
    const doc = await open('tofu/kms.tofu');
    const diagnostics = await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'unknown-attribute'));
    assert.equal(doc.getText(diagnostics.find((x) => codeOf(x) === 'unknown-attribute')!.range), 'bogus');
  });

  it('contributes the tfkms settings with their defaults', () => {
    const config = vscode.workspace.getConfiguration('tfkms');
    assert.equal(config.get('enable'), true);
    assert.deepEqual(config.get('rules'), {});
  });

  it('reports an unknown aws_kms_key argument as one unknown-attribute error', async () => {
    const doc = await open('main.tf');
    const diagnostics = await diagnosticsWhere(doc.uri, (d) => d.length > 0);
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.equal(errors.length, 1, diagnostics.map(show).join('\n'));
    assert.equal(codeOf(errors[0]), 'unknown-attribute');
    assert.equal(doc.getText(errors[0].range), 'bogus');
  });

  it('completes aws_kms_key arguments inside the block', async () => {
    const doc = await open('main.tf');
    const blankLine = doc.positionAt(doc.getText().indexOf('\n\n') + 1);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, blankLine);
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('enable_key_rotation'), `completion offers enable_key_rotation: ${labels.join(', ')}`);
  });

  it('understands the key policy inside jsonencode: action completion, an access summary and a finding', async () => {
    const doc = await open('policy.tf');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      positionOf(doc, '"kms:Dec"', '"kms:Dec'.length),
    );
    const labels = list.items.map(labelOf);
    assert.ok(labels.some((l) => /DescribeKey$/.test(l)), `KMS actions offered: ${labels.slice(0, 20).join(', ')}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'policy =', 2));
    const text = hoverText(hovers);
    assert.match(text, /access summary/i, text);
    assert.match(text, /123456789012/, text);
    const diagnostics = await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'unknown-action'));
    const unknown = diagnostics.find((x) => codeOf(x) === 'unknown-action')!;
    assert.equal(doc.getText(unknown.range).replace(/"/g, ''), 'kms:Dec');
  });

  it('completes aws_kms_* resource types after resource "', async () => {
    const doc = await open('types.tf');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      positionOf(doc, 'aws_kms_"', 'aws_kms_'.length),
    );
    const labels = list.items.map(labelOf);
    for (const type of ['aws_kms_key', 'aws_kms_alias']) assert.ok(labels.includes(type), `offers ${type}: ${labels.join(', ')}`);
  });

  it('explains deletion_window_in_days on hover, with its type', async () => {
    const doc = await open('main.tf');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'deletion_window_in_days', 3));
    const text = hoverText(hovers);
    assert.match(text, /deletion_window_in_days/);
    assert.match(text, /number/);
  });

  it('offers a quick fix for a near-miss argument name and applying it clears the error', async () => {
    const doc = await open('typo.tf');
    const diagnostics = await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'unknown-attribute'));
    const diagnostic = diagnostics.find((x) => codeOf(x) === 'unknown-attribute');
    assert.ok(diagnostic);
    assert.equal(doc.getText(diagnostic.range), 'enable_key_rotaton');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range);
    const fix = actions.find((a) => a.title.includes('enable_key_rotation'));
    assert.ok(fix, `a fix at the unknown-attribute error mentions enable_key_rotation: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.edit, 'the fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /enable_key_rotation\s+= true/);
    assert.doesNotMatch(doc.getText(), /enable_key_rotaton/);
    await diagnosticsWhere(doc.uri, (d) => !d.some((x) => codeOf(x) === 'unknown-attribute'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('ships snippets that appear in completion and insert a key', async () => {
    const snippetsPath = (extension.packageJSON.contributes?.snippets ?? [])[0]?.path as string | undefined;
    assert.ok(snippetsPath, 'package.json contributes a snippets file');
    const snippets = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, snippetsPath), 'utf8')) as Record<string, { prefix: string | string[] }>;
    const [name, snippet] = Object.entries(snippets).find(([, s]) => JSON.stringify(s).includes('aws_kms_key')) ?? [];
    assert.ok(name && snippet, 'a snippet creates an aws_kms_key');
    const prefix = Array.isArray(snippet.prefix) ? snippet.prefix[0] : snippet.prefix;

    const doc = await vscode.workspace.openTextDocument({ language: 'terraform', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
    const item = list.items.find((i) => labelOf(i) === prefix && i.kind === vscode.CompletionItemKind.Snippet);
    assert.ok(item, `completion lists the snippet ${prefix}: ${list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf).join(', ')}`);

    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'terraform', name });
    await waitFor('the snippet text', () => (doc.getText().includes('resource "aws_kms_key"') ? true : undefined), 10_000);
    assert.equal(editor.document.languageId, 'terraform');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('inserts a KMS pattern with the "Insert KMS pattern" command', async function () {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes('tfkms.insertPattern')) skip(this, 'tfkms.insertPattern is not registered by this build');
    const doc = await vscode.workspace.openTextDocument({ language: 'terraform', content: '' });
    await vscode.window.showTextDocument(doc);
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand('tfkms.insertPattern')).finally(() => (settled = true));
    // The command may ask which pattern (a quick pick, possibly in steps): accept the highlighted item until text appears.
    await waitFor(
      'the pattern text in the editor',
      async () => {
        if (doc.getText().includes('aws_kms')) return true;
        if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return undefined;
      },
      20_000,
    );
    await Promise.race([running, new Promise((r) => setTimeout(r, 5_000))]);
    assert.match(doc.getText(), /resource "aws_kms_/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
