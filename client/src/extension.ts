/**
 * The VS Code side: starts the language server (dist/server.js) over IPC, restarts it if it dies, and registers
 * the commands. It knows nothing about HCL or KMS.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerPatternCommand } from './patterns';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

/** HashiCorp's extension already offers snippets and generic completion for Terraform: leave those to it. */
export function hashicorpTerraformInstalled(): boolean {
  return vscode.extensions.getExtension('hashicorp.terraform') !== undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'terraform' },
      { scheme: 'untitled', language: 'terraform' },
      { scheme: 'vscode-vfs', language: 'terraform' },
    ],
    outputChannel: output,
    traceOutputChannel: output,
    synchronize: {
      configurationSection: 'tfkms',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.{tf,tf.json}'), vscode.workspace.createFileSystemWatcher('**/.tfkms.json*')],
    },
    initializationOptions: {
      enable: vscode.workspace.getConfiguration('tfkms').get<boolean>('enable', true),
      rules: vscode.workspace.getConfiguration('tfkms').get<Record<string, string>>('rules', {}),
      // The VS Code client shows the snippets file's patterns itself; the server need not offer them too.
      patternCompletions: false,
      besideHashicorp: hashicorpTerraformInstalled(),
    },
  };
  return new LanguageClient('tfkms', 'Terraform KMS', serverOptions, clientOptions);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  if (!vscode.workspace.getConfiguration('tfkms').get<boolean>('enable', true)) {
    output?.appendLine('tfkms.enable is false: the language server is not started.');
    return;
  }
  client = createClient(context);
  await client.start();
}

async function stop(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}

export async function activate(context: vscode.ExtensionContext): Promise<{ readonly client: () => LanguageClient | undefined }> {
  output = vscode.window.createOutputChannel('Terraform KMS', { log: true });
  context.subscriptions.push(output);
  registerPatternCommand(context);
  // The code lens above a key: its access table, as a Markdown document beside the file.
  context.subscriptions.push(
    vscode.commands.registerCommand('tfkms.showKeyAccess', async (_address?: string, markdown?: string) => {
      if (typeof markdown !== 'string') {
        void vscode.window.showInformationMessage('Terraform KMS: use the code lens above an aws_kms_key block to see who can use the key.');
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }),
  );
  context.subscriptions.push(
    vscode.commands.registerCommand('tfkms.restartServer', async () => {
      await stop();
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('tfkms.enable')) {
        await stop();
        await start(context);
      }
    }),
  );
  if (hashicorpTerraformInstalled()) {
    output.appendLine('HashiCorp Terraform extension detected: it completes block types and argument names; this extension adds KMS values, references, policies and checks.');
  }
  try {
    await start(context);
  } catch (e) {
    output.appendLine(`Failed to start the language server: ${String(e)}`);
  }
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  await stop();
}
