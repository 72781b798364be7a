/**
 * What the suites share: finding workspace files, waiting on diagnostics and conditions, reading results.
 * Bundled into each suite file by esbuild (only *.test.js files are loaded as suites).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'tfkms.terraform-kms';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves with the document's diagnostics once `accept` holds, waking on diagnostic change events. */
export function diagnosticsWhere(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (!accept(d)) return false;
      cleanup();
      resolve(d);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for diagnostics on ${path.basename(uri.path)}: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(show))}`));
    }, timeoutMs);
    const cleanup = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function show(d: vscode.Diagnostic): string {
  return `${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)} line ${d.range.start.line}: ${d.message}`;
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in ${path.basename(doc.uri.path)}`);
  return doc.positionAt(offset + delta);
}

export async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Records why a test was skipped, for the outer runner's report. */
export function skip(ctx: Mocha.Context, reason: string): never {
  const reasons = ((globalThis as { __tfkmsSkipReasons?: Record<string, string> }).__tfkmsSkipReasons ??= {});
  reasons[ctx.test?.fullTitle() ?? ''] = reason;
  console.log(`SKIP ${ctx.test?.fullTitle()}: ${reason}`);
  ctx.skip();
}

/** Runs Toggle Line Comment on a new one-line document of `language` and returns its text afterwards. */
export async function toggleLineComment(language: string, content: string): Promise<string> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  assert.equal(doc.languageId, language);
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  await vscode.commands.executeCommand('editor.action.commentLine');
  const text = await waitFor('the line to be commented', () => (doc.getText() !== content ? doc.getText() : undefined), 10_000);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return text;
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** The semantic tokens VS Code gets for a document, decoded with their legend (undefined when none are offered). */
export async function semanticTokensOf(uri: vscode.Uri): Promise<{ legend: vscode.SemanticTokensLegend; tokens: DecodedToken[] } | undefined> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', uri);
  if (!legend) return undefined;
  const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri);
  if (!result) return { legend, tokens: [] };
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < result.data.length; i += 5) {
    const [dLine, dChar, length, type, bits] = [result.data[i]!, result.data[i + 1]!, result.data[i + 2]!, result.data[i + 3]!, result.data[i + 4]!];
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    tokens.push({ line, character, length, type: legend.tokenTypes[type] ?? `#${type}`, modifiers: legend.tokenModifiers.filter((_, b) => bits & (1 << b)) });
  }
  return { legend, tokens };
}
