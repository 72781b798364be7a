/**
 * Terraform KMS installed beside HashiCorp's or OpenTofu's extension (stand-ins built by test/vscode/standins.mjs,
 * with the real ones' identities and language ids, a grammar of their own and `//` line comments): the other
 * extension keeps its grammar and language configuration, and this one's KMS features still arrive.
 * TFKMS_VSCODE_BESIDE says which (`hashicorp` or `opentofu`). Which grammar colours a file is checked from the
 * browser (run.mjs, Inspect Editor Tokens and Scopes): the extension API does not expose TextMate scopes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, diagnosticsWhere, hoverText, labelOf, open, positionOf, semanticTokensOf, show, toggleLineComment, waitFor } from './helpers';

const beside = process.env.TFKMS_VSCODE_BESIDE === 'opentofu' ? 'opentofu' : 'hashicorp';
const COMPANION = beside === 'opentofu' ? 'opentofu.vscode-opentofu' : 'hashicorp.terraform';

async function checkFeatures(file: string, languageId: string): Promise<void> {
  const doc = await open(file);
  await waitFor(`${file} to be a ${languageId} document`, () => (doc.languageId === languageId ? true : undefined), 10_000);
  const diagnostics = await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'unknown-attribute'));
  const unknown = diagnostics.filter((d) => codeOf(d) === 'unknown-attribute');
  assert.deepEqual(unknown.map((d) => doc.getText(d.range)), ['bogus'], diagnostics.map(show).join('\n'));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'deletion_window_in_days', 3));
  assert.match(hoverText(hovers), /deletion_window_in_days[\s\S]*number/);
}

describe(`Terraform KMS beside ${COMPANION}`, () => {
  before(async () => {
    assert.ok(vscode.extensions.getExtension(COMPANION), `the ${COMPANION} stand-in is installed`);
    const ours = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ours, `${EXTENSION_ID} is installed`);
    await ours.activate();
  });

  if (beside === 'hashicorp') {
    it('.tf files are terraform documents', async () => {
      assert.equal((await open('main.tf')).languageId, 'terraform');
    });

    it("HashiCorp's language configuration is in force: Toggle Line Comment writes its //", async () => {
      assert.equal(await toggleLineComment('terraform', 'enable_key_rotation = true'), '// enable_key_rotation = true');
    });

    it('offers no semantic tokens, which would paint over HashiCorp\'s highlighting', async () => {
      const doc = await open('main.tf');
      await diagnosticsWhere(doc.uri, (d) => d.length > 0); // the server is up and has the document
      assert.equal(await semanticTokensOf(doc.uri), undefined);
    });

    it('reports, hovers and completes in .tf files', async () => {
      await checkFeatures('main.tf', 'terraform');
      const doc = await open('policy.tf');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, '"kms:Dec"', '"kms:Dec'.length));
      const labels = list.items.map(labelOf);
      assert.ok(labels.some((l) => /DescribeKey$/.test(l)), `KMS actions offered: ${labels.slice(0, 20).join(', ')}`);
    });
  } else {
    it('.tofu files are opentofu documents', async () => {
      assert.equal((await open('tofu/kms.tofu')).languageId, 'opentofu');
    });

    it('.tf files stay opentofu documents, as OpenTofu\'s extension makes them', async () => {
      const doc = await open('tofu/legacy.tf');
      await waitFor('legacy.tf to be an opentofu document', () => (doc.languageId === 'opentofu' ? true : undefined), 10_000);
    });

    it("OpenTofu's language configuration is in force: Toggle Line Comment writes its //", async () => {
      assert.equal(await toggleLineComment('opentofu', 'enable_key_rotation = true'), '// enable_key_rotation = true');
    });

    it('terraform documents, which OpenTofu\'s extension does not serve, get this extension\'s # comments', async () => {
      assert.equal(await toggleLineComment('terraform', 'enable_key_rotation = true'), '# enable_key_rotation = true');
    });

    it('reports, hovers and completes in .tofu files', async () => {
      await checkFeatures('tofu/kms.tofu', 'opentofu');
      const doc = await open('tofu/kms.tofu');
      const blank = doc.positionAt(doc.getText().indexOf('\n\n') + 1);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, blank);
      const labels = list.items.map(labelOf);
      assert.ok(labels.includes('enable_key_rotation'), `argument completion: ${labels.slice(0, 30).join(', ')}`);
      assert.ok(labels.includes('kms-basic'), `the KMS patterns as snippets: ${labels.slice(0, 30).join(', ')}`);
    });

    it('goes to the declaration of a reference in a .tofu file', async () => {
      const doc = await open('tofu/kms.tofu');
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'aws_kms_key.tofu.key_id', 'aws_kms_key.t'.length));
      assert.deepEqual(locations.map((l) => `${l.uri.path.split('/').pop()}:${l.range.start.line}`), ['kms.tofu:0']);
    });

    it('offers no semantic tokens for opentofu documents, which OpenTofu\'s grammar colours', async () => {
      const doc = await open('tofu/kms.tofu');
      const result = await semanticTokensOf(doc.uri);
      assert.equal(result?.tokens.length ?? 0, 0);
    });
  }
});
