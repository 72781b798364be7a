/**
 * The other Terraform extensions this one runs beside, and what this one must then leave to them.
 *
 * VS Code keeps one TextMate grammar per language (the last extension registered wins, and user extensions
 * register in the alphabetical order of their folder names, so `tfkms.` comes after `hashicorp.` and
 * `opentofu.`), and it merges language configurations field by field, again the last one winning. A static
 * grammar or configuration for `terraform` here would therefore replace HashiCorp's. So the package contributes
 * neither; when HashiCorp's extension is absent the client sets the language configuration through the API and the
 * server highlights with semantic tokens.
 */
import * as vscode from 'vscode';
import languageConfigurationJson from '../../language-configuration.json';

export const HASHICORP_TERRAFORM = 'hashicorp.terraform';
export const OPENTOFU = 'opentofu.vscode-opentofu';

export interface Companions {
  /** HashiCorp's extension: grammar, language configuration and generic completion for `terraform`. */
  readonly hashicorp: boolean;
  /** OpenTofu's extension: the `opentofu` language with its own grammar and configuration. */
  readonly opentofu: boolean;
}

export function installedCompanions(): Companions {
  return {
    hashicorp: vscode.extensions.getExtension(HASHICORP_TERRAFORM) !== undefined,
    opentofu: vscode.extensions.getExtension(OPENTOFU) !== undefined,
  };
}

/** Whether `terraform` documents need this extension's own editing behaviour and highlighting. */
export function terraformIsOurs(c: Companions): boolean {
  return !c.hashicorp;
}

interface JsonOnEnterRule {
  beforeText: string;
  afterText?: string;
  previousLineText?: string;
  action: { indent: 'none' | 'indent' | 'indentOutdent' | 'outdent'; appendText?: string; removeText?: number };
}

const INDENT_ACTIONS = {
  none: vscode.IndentAction.None,
  indent: vscode.IndentAction.Indent,
  indentOutdent: vscode.IndentAction.IndentOutdent,
  outdent: vscode.IndentAction.Outdent,
} as const;

const TOKEN_TYPES: Record<string, vscode.SyntaxTokenType> = {
  string: vscode.SyntaxTokenType.String,
  comment: vscode.SyntaxTokenType.Comment,
};

/**
 * language-configuration.json as the API takes it. The API has no folding markers, surrounding pairs or
 * auto-close-before characters: VS Code then folds by indentation and surrounds with the auto-closing pairs.
 */
export function terraformLanguageConfiguration(): vscode.LanguageConfiguration {
  const json = languageConfigurationJson as unknown as {
    comments: { lineComment: string; blockComment: [string, string] };
    brackets: [string, string][];
    autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    onEnterRules: JsonOnEnterRule[];
    wordPattern: string;
  };
  return {
    comments: json.comments,
    brackets: json.brackets,
    wordPattern: new RegExp(json.wordPattern),
    indentationRules: {
      increaseIndentPattern: new RegExp(json.indentationRules.increaseIndentPattern),
      decreaseIndentPattern: new RegExp(json.indentationRules.decreaseIndentPattern),
    },
    onEnterRules: json.onEnterRules.map((r) => ({
      beforeText: new RegExp(r.beforeText),
      ...(r.afterText ? { afterText: new RegExp(r.afterText) } : {}),
      ...(r.previousLineText ? { previousLineText: new RegExp(r.previousLineText) } : {}),
      action: {
        indentAction: INDENT_ACTIONS[r.action.indent],
        ...(r.action.appendText !== undefined ? { appendText: r.action.appendText } : {}),
        ...(r.action.removeText !== undefined ? { removeText: r.action.removeText } : {}),
      },
    })),
    autoClosingPairs: json.autoClosingPairs.map((p) => ({
      open: p.open,
      close: p.close,
      ...(p.notIn ? { notIn: p.notIn.flatMap((t) => (t in TOKEN_TYPES ? [TOKEN_TYPES[t]!] : [])) } : {}),
    })),
  };
}
