/**
 * The "Insert KMS pattern" command: a quick pick of the snippets in snippets/terraform-kms.code-snippets (the file
 * package.json contributes as Terraform snippets), inserted at the cursor as a snippet with its tab stops.
 */
import * as vscode from 'vscode';

interface PatternItem extends vscode.QuickPickItem {
  readonly body: string;
}

const SNIPPET_PATH = ['snippets', 'terraform-kms.code-snippets'] as const;

export function registerPatternCommand(context: vscode.ExtensionContext): void {
  let items: Promise<PatternItem[]> | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand('tfkms.insertPattern', async () => {
      items ??= loadPatternItems(context.extensionUri);
      let list: PatternItem[];
      try {
        list = await items;
      } catch (e) {
        items = undefined;
        void vscode.window.showErrorMessage(`Terraform KMS: cannot read the patterns: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      const picked = await vscode.window.showQuickPick(list, {
        title: 'Insert KMS pattern',
        placeHolder: 'Type to filter by name, prefix or description',
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (!picked) return;
      const editor = vscode.window.activeTextEditor ?? (await openTerraformEditor());
      await editor.insertSnippet(new vscode.SnippetString(picked.body));
    }),
  );
}

/** The snippet file's entries as quick pick items: label = name, description = prefix, detail = description. */
async function loadPatternItems(extensionUri: vscode.Uri): Promise<PatternItem[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SNIPPET_PATH));
  const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
  const items: PatternItem[] = [];
  for (const [name, value] of Object.entries((data ?? {}) as Record<string, unknown>)) {
    const entry = (value ?? {}) as { prefix?: unknown; description?: unknown; body?: unknown };
    const prefix = Array.isArray(entry.prefix) ? entry.prefix[0] : entry.prefix;
    const body = Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
    if (typeof prefix !== 'string' || typeof body !== 'string') continue;
    items.push({ label: name, description: prefix, detail: typeof entry.description === 'string' ? entry.description : undefined, body });
  }
  return items;
}

/** With no editor open, the pattern goes into a new untitled Terraform file. */
async function openTerraformEditor(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'terraform', content: '' });
  return vscode.window.showTextDocument(doc);
}
