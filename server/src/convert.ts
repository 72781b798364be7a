/** Service results (UTF-16 offsets) -> LSP types (line/character). The only place the two meet on the server. */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  InsertTextFormat,
  MarkupKind,
  SymbolKind as LspSymbolKind,
  type CompletionItem as LspCompletionItem,
  type Diagnostic,
  type DocumentSymbol as LspDocumentSymbol,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { CompletionItem, CompletionKind, DocumentSymbol, Finding, LineMap, Severity, SymbolKind, TextEdit } from './service';
import type { Span } from './service/hcl/model';
import { ruleDocsUrl } from './ruleDocs';

export function toRange(lines: LineMap, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toSpan(lines: LineMap, range: Range): Span {
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `linesOf` gives the line map of another document, for related locations there (skipped when unknown). */
export function toDiagnostic(lines: LineMap, f: Finding, linesOf?: (uri: string) => LineMap | undefined): Diagnostic {
  const tags = (f.tags ?? []).map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
  const related = (f.related ?? []).flatMap((r) => {
    const l = linesOf?.(r.uri);
    return l ? [{ location: { uri: r.uri, range: toRange(l, r.span) }, message: r.message }] : [];
  });
  return {
    range: toRange(lines, f.span),
    severity: severities[f.severity],
    code: f.ruleId,
    // Hovering the code in the editor opens the rule's page.
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: 'tfkms',
    message: f.message,
    ...(tags.length ? { tags } : {}),
    ...(related.length ? { relatedInformation: related } : {}),
    data: { address: f.address },
  };
}

const completionKinds: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  type: CompletionItemKind.Class,
  attribute: CompletionItemKind.Property,
  block: CompletionItemKind.Struct,
  value: CompletionItemKind.Value,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
  property: CompletionItemKind.Field,
  enum: CompletionItemKind.EnumMember,
  function: CompletionItemKind.Function,
  operator: CompletionItemKind.Operator,
};

export function toCompletionItem(lines: LineMap, c: CompletionItem): LspCompletionItem {
  return {
    label: c.label,
    kind: completionKinds[c.kind],
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
    textEdit: { range: toRange(lines, c.replace), newText: c.insertText ?? c.label },
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(c.sortText ? { sortText: c.sortText } : {}),
    ...(c.filterText ? { filterText: c.filterText } : {}),
    ...(c.preselect ? { preselect: true } : {}),
    ...(c.retrigger ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}

export function toTextEdit(lines: LineMap, e: TextEdit): LspTextEdit {
  return { range: toRange(lines, e.span), newText: e.newText };
}

const symbolKinds: Record<SymbolKind, LspSymbolKind> = {
  resource: LspSymbolKind.Class,
  data: LspSymbolKind.Interface,
  variable: LspSymbolKind.Variable,
  output: LspSymbolKind.Event,
  locals: LspSymbolKind.Namespace,
  module: LspSymbolKind.Module,
  provider: LspSymbolKind.Package,
  block: LspSymbolKind.Struct,
  attribute: LspSymbolKind.Property,
};

export function toDocumentSymbol(lines: LineMap, s: DocumentSymbol): LspDocumentSymbol {
  return {
    name: s.name || '(unnamed)',
    ...(s.detail ? { detail: s.detail } : {}),
    kind: symbolKinds[s.kind],
    range: toRange(lines, s.span),
    selectionRange: toRange(lines, s.selectionSpan),
    children: s.children.map((c) => toDocumentSymbol(lines, c)),
  };
}
