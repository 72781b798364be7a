/**
 * The "Insert KMS pattern" command: a quick pick of the snippets in snippets/terraform-kms.code-snippets (the file
 * package.json contributes as Terraform snippets), inserted at the cursor as a snippet with its tab stops.
 */
import * as vscode from 'vscode';
import { parsePatterns } from '../../server/src/service/patterns';

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

/**
 * The patterns as snippet completions for documents the package's snippets contribution does not reach: it names
 * the `terraform` language only, and naming `opentofu` there would be an error wherever OpenTofu's extension,
 * which registers that language, is not installed.
 */
export function registerPatternCompletions(context: vscode.ExtensionContext, selector: vscode.DocumentSelector): vscode.Disposable {
  let items: Promise<PatternItem[]> | undefined;
  return vscode.languages.registerCompletionItemProvider(selector, {
    async provideCompletionItems(document, position) {
      items ??= loadPatternItems(context.extensionUri);
      const list = await items.catch(() => [] as PatternItem[]);
      const word = document.getWordRangeAtPosition(position, /[\w-]+/);
      return list.map((p) => {
        const item = new vscode.CompletionItem({ label: p.description ?? p.label, description: p.label }, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(p.body);
        item.documentation = p.detail;
        if (word) item.range = word;
        return item;
      });
    },
  });
}

/** The snippet file's entries as quick pick items: label = name, description = prefix, detail = description. */
async function loadPatternItems(extensionUri: vscode.Uri): Promise<PatternItem[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SNIPPET_PATH));
  return parsePatterns(new TextDecoder().decode(bytes)).map((p) => ({
    label: p.name,
    description: p.prefix,
    ...(p.description ? { detail: p.description } : {}),
    body: p.body,
  }));
}

/** With no editor open, the pattern goes into a new untitled Terraform file. */
async function openTerraformEditor(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'terraform', content: '' });
  return vscode.window.showTextDocument(doc);
}
