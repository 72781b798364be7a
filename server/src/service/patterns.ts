/**
 * The KMS patterns: the snippets of snippets/terraform-kms.code-snippets as data, for snippet completion at the
 * top level of a file in editors other than VS Code (VS Code reads the file itself). Also `expandWithDefaults`,
 * the text a snippet inserts when every placeholder keeps its default (the tests lint and validate that), and
 * `omitDeclaredDataSources`, which keeps a second pattern from declaring the same data sources again.
 * Everything here is pure except `kmsPatterns`, which reads the snippet file once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface KmsPattern {
  /** What the user types, e.g. `kms-basic`. */
  readonly prefix: string;
  /** The snippet's title in the file, e.g. `KMS: basic setup (key, alias, key policy)`. */
  readonly name: string;
  readonly description: string;
  /** VS Code / LSP snippet syntax, lines joined with `\n`. */
  readonly body: string;
}

/** The snippet file, relative to the package root. package.json `contributes.snippets` names the same file. */
export const SNIPPET_FILE = 'snippets/terraform-kms.code-snippets';

/**
 * The patterns of a snippet file's text (VS Code snippet JSON), in file order. Entries without a string
 * prefix or a body are skipped; a body given as an array of lines is joined with `\n`.
 */
export function parsePatterns(text: string): KmsPattern[] {
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null) return [];
  const patterns: KmsPattern[] = [];
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const entry = value as { prefix?: unknown; description?: unknown; body?: unknown };
    const prefix = Array.isArray(entry.prefix) ? entry.prefix[0] : entry.prefix;
    const body = Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
    if (typeof prefix !== 'string' || typeof body !== 'string') continue;
    const description = typeof entry.description === 'string' ? entry.description : '';
    patterns.push({ prefix, name, description, body });
  }
  return patterns;
}

let loaded: readonly KmsPattern[] | undefined;

/**
 * All patterns, read once from the snippet file of the package this code runs from. The file is read rather
 * than imported because its `.code-snippets` extension is neither JSON to TypeScript nor to tsx; the file
 * sits two levels above the bundle (dist/server.js) and four above this source file.
 */
export function kmsPatterns(): readonly KmsPattern[] {
  if (loaded === undefined) {
    const file = findSnippetFile(__dirname);
    loaded = Object.freeze(file === undefined ? [] : parsePatterns(readFileSync(file, 'utf8')));
  }
  return loaded;
}

function findSnippetFile(start: string): string | undefined {
  let dir = start;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, SNIPPET_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * `body` without the one-line data sources (`data "aws_caller_identity" "current" {}`) that `documentText`
 * already declares, with the comment lines right above each, so that a second pattern inserted into the same
 * file does not declare them twice (Terraform rejects duplicate blocks).
 */
export function omitDeclaredDataSources(body: string, documentText: string | ReadonlySet<string>): string {
  const declared = typeof documentText === 'string' ? declaredDataSources(documentText) : documentText;
  if (declared.size === 0) return body;
  const kept: string[] = [];
  for (const line of body.split('\n')) {
    const m = /^data "([^"]+)" "([^"]+)" \{\}$/.exec(line.trim());
    if (m && declared.has(`${m[1]}.${m[2]}`)) {
      while (kept.length > 0 && /^\s*#/.test(kept[kept.length - 1]!)) kept.pop();
      continue;
    }
    kept.push(line);
  }
  while (kept.length > 0 && kept[0]!.trim() === '') kept.shift();
  return kept.join('\n');
}

/** `type.name` of every data source a text declares, e.g. `aws_caller_identity.current`. */
export function declaredDataSources(documentText: string): Set<string> {
  return new Set([...documentText.matchAll(/^\s*data\s+"([^"]+)"\s+"([^"]+)"/gm)].map((m) => `${m[1]}.${m[2]}`));
}

// ---- snippet syntax ----------------------------------------------------------------------------------
// The grammar is VS Code's (also LSP's): `$1`, `${1}`, `${1:default}` with nesting, `${1|a,b|}`, `$0`,
// `$NAME`, `${NAME}`, `${NAME:default}`, transforms `${1/re/fmt/flags}`, and the escapes `\$`, `\}`, `\\`
// (plus `\,` and `\|` inside choices). Text that does not parse as one of these is literal, as in VS Code.

type SnippetNode =
  | { readonly kind: 'text'; readonly value: string }
  /** `$1`, `${1}` or `${1/…/…/}`: repeats the value of placeholder 1. */
  | { readonly kind: 'tabstop'; readonly index: number }
  | { readonly kind: 'placeholder'; readonly index: number; readonly children: readonly SnippetNode[] }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] }
  | { readonly kind: 'variable'; readonly name: string; readonly children: readonly SnippetNode[] | undefined };

/**
 * The text a snippet inserts when the user accepts every default: a placeholder becomes its default text,
 * a choice its first option, a bare tab stop (`$1`) the default of the placeholder with the same number
 * (or nothing), `$0` nothing, a variable its default (or nothing for the editor's own variables such as
 * TM_FILENAME; an unknown name stays as its name, as VS Code inserts it). Escapes are resolved.
 * `picks` selects another option of a choice by its tab stop number, as a user would.
 */
export function expandWithDefaults(body: string, picks?: ReadonlyMap<number, string>): string {
  const nodes = new SnippetParser(body).parse();
  const defaults = new Map<number, readonly SnippetNode[] | string>();
  collectDefaults(nodes, defaults);
  for (const [index, option] of picks ?? []) defaults.set(index, option);
  return render(nodes, defaults, new Set());
}

/** The choices of a snippet body (`${1|a,b|}`) by tab stop number, options in order. */
export function snippetChoices(body: string): Map<number, readonly string[]> {
  const choices = new Map<number, readonly string[]>();
  const visit = (nodes: readonly SnippetNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'choice' && !choices.has(node.index)) choices.set(node.index, node.options);
      else if (node.kind === 'placeholder') visit(node.children);
      else if (node.kind === 'variable' && node.children) visit(node.children);
    }
  };
  visit(new SnippetParser(body).parse());
  return choices;
}

function collectDefaults(nodes: readonly SnippetNode[], defaults: Map<number, readonly SnippetNode[] | string>): void {
  for (const node of nodes) {
    if (node.kind === 'placeholder') {
      if (!defaults.has(node.index)) defaults.set(node.index, node.children);
      collectDefaults(node.children, defaults);
    } else if (node.kind === 'choice') {
      if (!defaults.has(node.index)) defaults.set(node.index, node.options[0] ?? '');
    } else if (node.kind === 'variable' && node.children) {
      collectDefaults(node.children, defaults);
    }
  }
}

function render(
  nodes: readonly SnippetNode[],
  defaults: ReadonlyMap<number, readonly SnippetNode[] | string>,
  active: Set<number>,
): string {
  let out = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out += node.value;
        break;
      case 'choice':
      case 'placeholder':
      case 'tabstop':
        out += renderIndex(node.index, defaults, active);
        break;
      case 'variable':
        if (node.children) out += render(node.children, defaults, active);
        else if (!EDITOR_VARIABLES.has(node.name)) out += node.name;
        break;
    }
  }
  return out;
}

function renderIndex(index: number, defaults: ReadonlyMap<number, readonly SnippetNode[] | string>, active: Set<number>): string {
  const value = defaults.get(index);
  if (value === undefined || active.has(index)) return ''; // a placeholder that contains itself is empty, not endless
  if (typeof value === 'string') return value;
  active.add(index);
  const text = render(value, defaults, active);
  active.delete(index);
  return text;
}

/** The variables VS Code resolves itself; with no default they insert editor state, which is empty here. */
const EDITOR_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH',
  'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET',
  'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

/** A recursive-descent parser; on anything malformed it backs up and keeps the characters as text. */
class SnippetParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    return this.sequence(false);
  }

  /** Nodes up to the end, or up to an unescaped `}` when `nested` (the `}` is left for the caller). */
  private sequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\' && this.pos + 1 < this.src.length && '$}\\'.includes(this.src[this.pos + 1]!)) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if (ch === '}' && nested) {
        break;
      } else if (ch === '$') {
        const node = this.dollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += '$';
          this.pos++;
        }
      } else {
        text += ch;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  /** A construct starting at `$`, or undefined (position unchanged) when the `$` is literal. */
  private dollar(): SnippetNode | undefined {
    const start = this.pos;
    this.pos++; // $
    const index = this.match(/[0-9]+/y);
    if (index !== undefined) return { kind: 'tabstop', index: Number(index) };
    const name = this.match(/[_a-zA-Z][_a-zA-Z0-9]*/y);
    if (name !== undefined) return { kind: 'variable', name, children: undefined };
    if (this.src[this.pos] === '{') {
      this.pos++;
      const node = this.braced();
      if (node) return node;
    }
    this.pos = start;
    return undefined;
  }

  /** After `${`: the rest of a placeholder, choice, tab stop, transform or variable, through its `}`. */
  private braced(): SnippetNode | undefined {
    const index = this.match(/[0-9]+/y);
    if (index !== undefined) {
      const n = Number(index);
      if (this.eat('}')) return { kind: 'tabstop', index: n };
      if (this.eat(':')) {
        const children = this.sequence(true);
        return this.eat('}') ? { kind: 'placeholder', index: n, children } : undefined;
      }
      if (this.src[this.pos] === '|') return this.choice(n);
      if (this.src[this.pos] === '/') return this.transform() ? { kind: 'tabstop', index: n } : undefined;
      return undefined;
    }
    const name = this.match(/[_a-zA-Z][_a-zA-Z0-9]*/y);
    if (name === undefined) return undefined;
    if (this.eat('}')) return { kind: 'variable', name, children: undefined };
    if (this.eat(':')) {
      const children = this.sequence(true);
      return this.eat('}') ? { kind: 'variable', name, children } : undefined;
    }
    // A transformed variable: its value is editor state, empty here.
    if (this.src[this.pos] === '/') return this.transform() ? { kind: 'variable', name, children: [] } : undefined;
    return undefined;
  }

  /** At `|`: `|a,b|}` with `\,`, `\|` and `\\` escapes. */
  private choice(index: number): SnippetNode | undefined {
    this.pos++; // |
    const options: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      const next = this.src[this.pos + 1];
      if (ch === '\\' && next !== undefined && ',|\\$}'.includes(next)) {
        current += next;
        this.pos += 2;
      } else if (ch === ',') {
        options.push(current);
        current = '';
        this.pos++;
      } else if (ch === '|' && next === '}') {
        options.push(current);
        this.pos += 2;
        return { kind: 'choice', index, options };
      } else {
        current += ch;
        this.pos++;
      }
    }
    return undefined;
  }

  /** At `/`: skips `/regex/format/flags}`, honouring backslash escapes and `${1:/upcase}`-style formats. */
  private transform(): boolean {
    let slashes = 0;
    let depth = 0;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === '\\') {
        this.pos += 2;
        continue;
      }
      if (ch === '$' && this.src[this.pos + 1] === '{' && slashes >= 2) {
        depth++;
        this.pos += 2;
        continue;
      }
      this.pos++;
      if (depth > 0) {
        if (ch === '}') depth--;
      } else if (ch === '/') {
        slashes++;
      } else if (ch === '}' && slashes >= 3) {
        return true;
      }
    }
    return false;
  }

  private eat(ch: string): boolean {
    if (this.src[this.pos] !== ch) return false;
    this.pos++;
    return true;
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }
}
