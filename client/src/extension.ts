/**
 * The VS Code side: starts the language server (dist/server.js) over IPC, restarts it if it dies, and registers
 * the commands. It knows nothing about HCL or KMS.
 *
 * Beside HashiCorp's Terraform extension, `terraform` documents keep that extension's grammar and language
 * configuration; alone, this one sets the language configuration and the server highlights with semantic tokens
 * (see companions.ts). OpenTofu's `opentofu` documents and `*.tofu` files get the same KMS features.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { installedCompanions, OPENTOFU, terraformIsOurs, terraformLanguageConfiguration, type Companions } from './companions';
import { registerPatternCommand, registerPatternCompletions } from './patterns';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let companions: Companions = { hashicorp: false, opentofu: false };
/** The `terraform` language configuration set through the API while HashiCorp's extension is absent. */
let ownLanguageConfiguration: vscode.Disposable | undefined;

/** HashiCorp's extension already offers snippets and generic completion for Terraform: leave those to it. */
export function hashicorpTerraformInstalled(): boolean {
  return companions.hashicorp;
}

const LANGUAGES = ['terraform', 'opentofu'] as const;
const SCHEMES = ['file', 'untitled', 'vscode-vfs'] as const;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const semanticTokens = terraformIsOurs(companions);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
      // Without OpenTofu's extension a .tofu file has no language of its own.
      { scheme: 'file', pattern: '**/*.tofu' },
    ],
    outputChannel: output,
    traceOutputChannel: output,
    synchronize: {
      configurationSection: 'tfkms',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{tf,tofu,tf.json,tofu.json}'),
    },
    initializationOptions: {
      enable: vscode.workspace.getConfiguration('tfkms').get<boolean>('enable', true),
      rules: vscode.workspace.getConfiguration('tfkms').get<Record<string, string>>('rules', {}),
      // The VS Code client shows the snippets file's patterns itself; the server need not offer them too.
      patternCompletions: false,
      besideHashicorp: companions.hashicorp,
      semanticTokens,
    },
    middleware: {
      // OpenTofu's grammar colours its documents; semantic tokens from here would paint over it.
      provideDocumentSemanticTokens: (document, token, next) => (document.languageId === 'opentofu' ? null : next(document, token)),
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

/** Sets or removes this extension's `terraform` language configuration to match the installed companions. */
function applyLanguageConfiguration(): void {
  if (terraformIsOurs(companions)) {
    ownLanguageConfiguration ??= vscode.languages.setLanguageConfiguration('terraform', terraformLanguageConfiguration());
  } else {
    ownLanguageConfiguration?.dispose();
    ownLanguageConfiguration = undefined;
  }
}

function describeCompanions(): string {
  if (companions.hashicorp) {
    return 'HashiCorp Terraform extension detected: its grammar and language configuration serve .tf files, and it completes block types and argument names; this extension adds KMS values, references, policies and checks.';
  }
  return 'HashiCorp Terraform extension not installed: this extension sets the terraform language configuration and highlights .tf files with semantic tokens.';
}

/**
 * OpenTofu's extension claims `.tf` for its `opentofu` language too. Both claims are static and the later
 * extension's wins, which is this one's (`tfkms.` sorts after `opentofu.`): without this, installing Terraform KMS
 * would turn OpenTofu users' `.tf` files into `terraform` documents that OpenTofu's extension no longer serves.
 * So a `.tf` document opened as `terraform` goes back to `opentofu`, unless the user associated files with
 * `terraform` themselves or changed the language of an open document by hand.
 */
function keepOpenTofuLanguage(context: vscode.ExtensionContext): void {
  const seen = new Set<string>();
  const opentofuClaimsTf = () => {
    const languages = (vscode.extensions.getExtension(OPENTOFU)?.packageJSON as { contributes?: { languages?: { id?: string; extensions?: string[] }[] } } | undefined)
      ?.contributes?.languages;
    return !!languages?.some((l) => l.id === 'opentofu' && l.extensions?.includes('.tf'));
  };
  const userChoseTerraform = (doc: vscode.TextDocument) => {
    const associations = vscode.workspace.getConfiguration('files', doc).get<Record<string, string>>('associations', {});
    return Object.values(associations).includes('terraform');
  };
  const check = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    const firstOpen = !seen.has(key);
    seen.add(key);
    if (!firstOpen || doc.languageId !== 'terraform' || !doc.uri.path.endsWith('.tf')) return;
    if (!companions.opentofu || !opentofuClaimsTf() || userChoseTerraform(doc)) return;
    void vscode.languages.setTextDocumentLanguage(doc, 'opentofu').then(undefined, (e: unknown) => output?.appendLine(`Could not give ${doc.uri.path} back to OpenTofu: ${String(e)}`));
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      // A closed document that opens again is a first open again, unless its language is changing right now.
      const key = doc.uri.toString();
      setTimeout(() => {
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) seen.delete(key);
      }, 0);
    }),
  );
  vscode.workspace.textDocuments.forEach(check);
}

export async function activate(context: vscode.ExtensionContext): Promise<{ readonly client: () => LanguageClient | undefined }> {
  output = vscode.window.createOutputChannel('Terraform KMS', { log: true });
  context.subscriptions.push(output);
  companions = installedCompanions();
  applyLanguageConfiguration();
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
    registerPatternCompletions(context, SCHEMES.map((scheme) => ({ scheme, language: 'opentofu' }))),
    { dispose: () => ownLanguageConfiguration?.dispose() },
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
    // Installing or removing HashiCorp's or OpenTofu's extension changes what this one must do.
    vscode.extensions.onDidChange(async () => {
      const now = installedCompanions();
      if (now.hashicorp === companions.hashicorp && now.opentofu === companions.opentofu) return;
      companions = now;
      applyLanguageConfiguration();
      output?.appendLine(describeCompanions());
      await stop();
      await start(context).catch((e: unknown) => output?.appendLine(`Failed to restart the language server: ${String(e)}`));
    }),
  );
  keepOpenTofuLanguage(context);
  output.appendLine(describeCompanions());
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
