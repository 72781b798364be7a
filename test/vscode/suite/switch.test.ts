/**
 * Installing HashiCorp's extension (its stand-in, TFKMS_VSCODE_HASHICORP_VSIX) while this one runs, then removing
 * it: this extension notices (vscode.extensions.onDidChange), stops setting the `terraform` language configuration
 * and stops offering semantic tokens, and takes both up again afterwards. Runs after extension.test.ts, alone.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, open, semanticTokensOf, skip, toggleLineComment, waitFor } from './helpers';

const HASHICORP = 'hashicorp.terraform';

/** Resolves once `vscode.extensions` agrees with `present`, waking on its change event. */
function extensionPresence(id: string, present: boolean, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if ((vscode.extensions.getExtension(id) !== undefined) !== present) return;
      sub.dispose();
      clearTimeout(timer);
      resolve();
    };
    const sub = vscode.extensions.onDidChange(check);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${id} is still ${present ? 'absent' : 'present'} after ${timeoutMs} ms`));
    }, timeoutMs);
    check();
  });
}

describe('Terraform KMS when HashiCorp\'s extension is installed and removed while it runs', () => {
  it('hands the terraform language over to HashiCorp\'s extension, and takes it back', async function () {
    const vsix = process.env.TFKMS_VSCODE_HASHICORP_VSIX;
    if (!vsix) skip(this, 'TFKMS_VSCODE_HASHICORP_VSIX is not set (run through test/vscode/run.mjs)');
    this.timeout(120_000);
    const doc = await open('main.tf');
    await waitFor('semantic tokens while alone', async () => ((await semanticTokensOf(doc.uri))?.tokens.length ? true : undefined));

    await vscode.commands.executeCommand('workbench.extensions.installExtension', vscode.Uri.file(vsix));
    await extensionPresence(HASHICORP, true);
    // The client restarts without semantic tokens; the language configuration is HashiCorp's alone.
    await waitFor('no semantic tokens beside HashiCorp', async () => ((await semanticTokensOf(doc.uri)) === undefined ? true : undefined));
    assert.equal(await toggleLineComment('terraform', 'enable_key_rotation = true'), '// enable_key_rotation = true');
    await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'unknown-attribute'));

    await vscode.commands.executeCommand('workbench.extensions.uninstallExtension', HASHICORP);
    await extensionPresence(HASHICORP, false);
    await waitFor('semantic tokens again', async () => ((await semanticTokensOf(doc.uri))?.tokens.length ? true : undefined));
    assert.equal(await toggleLineComment('terraform', 'enable_key_rotation = true'), '# enable_key_rotation = true');
  });
});
