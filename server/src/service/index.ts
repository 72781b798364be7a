/** The language service's public surface: pure functions over parsed documents, no LSP, no vscode. */
export { initParser } from './parse';
export type { TextChange } from './parse';
export { ParsedDocument, MAX_PARSE_CHARS } from './document';
export { Workspace, folderOf, type FileSource } from './workspace';
export { doComplete, type CompletionItem, type CompletionKind } from './completion';
export { doHover, type Hover } from './hover';
export { doCodeLens, SHOW_KEY_ACCESS, type CodeLens } from './codeLens';
export { doValidation, forgetValidation, type ValidationOptions, type RuleSetting, MAX_FINDINGS } from './diagnostics';
export { doCodeActions, type CodeAction } from './codeActions';
export {
  applySuppressions,
  withIgnoreFixes,
  ignoreFix,
  findSuppressions,
  UNUSED_SUPPRESSION,
  SUPPRESSION_WITHOUT_REASON,
  type Suppression,
  type SuppressedFinding,
  type SuppressionResult,
} from './suppressions';
export {
  parseConfig,
  mergeRuleSettings,
  isIgnoredPath,
  RULE_LEVELS,
  CONFIG_FILE_NAMES,
  FAIL_ON_LEVELS,
  type FailOn,
  type TfkmsConfig,
  type ConfigProblem,
  type ParsedConfig,
  type RuleSource,
} from './config';
export { doSymbols, type DocumentSymbol, type SymbolKind } from './symbols';
export { allRules, ruleById } from './rules';
export type { Rule } from './rules/rule';
export type { Finding, Fix, Severity, TextEdit } from './findings';
export { LineMap } from './text/lineMap';
export { doDefinition, type Location } from './definition';
export { doReferences } from './references';
export { doPrepareRename, doRename } from './rename';
export { kmsPatterns, expandWithDefaults, type KmsPattern } from './patterns';
export { doSemanticTokens, encodeSemanticTokens, SemanticTokensMemo, SEMANTIC_TOKEN_TYPES, SEMANTIC_TOKEN_MODIFIERS, type SemanticToken } from './semanticTokens';
