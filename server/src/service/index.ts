/** The language service's public surface: pure functions over parsed documents, no LSP, no vscode. */
export { initParser } from './parse';
export type { TextChange } from './parse';
export { ParsedDocument, MAX_PARSE_CHARS } from './document';
export { Workspace, folderOf, type FileSource } from './workspace';
export { doComplete, type CompletionItem, type CompletionKind } from './completion';
export { doHover, type Hover } from './hover';
export { doValidation, type ValidationOptions, type RuleSetting, MAX_FINDINGS } from './diagnostics';
export { doCodeActions, type CodeAction } from './codeActions';
export { doSymbols, type DocumentSymbol, type SymbolKind } from './symbols';
export { allRules, ruleById } from './rules';
export type { Rule } from './rules/rule';
export type { Finding, Fix, Severity, TextEdit } from './findings';
export { LineMap } from './text/lineMap';
export { doDefinition, type Location } from './definition';
export { doReferences } from './references';
export { kmsPatterns, expandWithDefaults, type KmsPattern } from './patterns';
