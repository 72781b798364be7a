/**
 * The project configuration file `.tfkms.json` / `.tfkms.jsonc` (JSON with comments and trailing commas):
 * parsing with a problem list that points into the file, the merge of rule settings from several places
 * (later ones win), and `ignorePaths` glob matching. Pure: finding and reading the file is configFiles.ts.
 */
import type { Span } from './hcl/model';
import type { RuleSetting } from './diagnostics';
import { allRules } from './rules';

export const RULE_LEVELS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info', 'hint'];
/** Looked up in this order in each folder. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.tfkms.json', '.tfkms.jsonc'];
export const FAIL_ON_LEVELS = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface TfkmsConfig {
  /** Valid entries only; the others are problems. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Globs relative to the folder of the file. */
  readonly ignorePaths: readonly string[];
  /** The CLI's default for `--fail-on`. */
  readonly failOn?: FailOn;
}

export interface ConfigProblem {
  readonly message: string;
  readonly span: Span;
  readonly severity: 'error' | 'warning';
}

export interface ParsedConfig {
  readonly config: TfkmsConfig;
  readonly problems: readonly ConfigProblem[];
}

export const EMPTY_CONFIG: TfkmsConfig = { rules: {}, ignorePaths: [] };

// --- a small JSONC parser that keeps spans ---

type JsonNode =
  | { kind: 'object'; span: Span; entries: { key: string; keySpan: Span; value: JsonNode }[] }
  | { kind: 'array'; span: Span; items: JsonNode[] }
  | { kind: 'string'; span: Span; value: string }
  | { kind: 'number' | 'bool' | 'null'; span: Span; value: unknown };

class JsoncError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function parseJsonc(text: string): JsonNode {
  let i = 0;
  const skip = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith('//', i)) {
        const e = text.indexOf('\n', i);
        i = e === -1 ? text.length : e;
      } else if (text.startsWith('/*', i)) {
        const e = text.indexOf('*/', i + 2);
        if (e === -1) throw new JsoncError('unclosed comment', i);
        i = e + 2;
      } else return;
    }
  };
  const value = (): JsonNode => {
    skip();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: { key: string; keySpan: Span; value: JsonNode }[] = [];
      for (;;) {
        skip();
        if (text[i] === '}') {
          i++;
          return { kind: 'object', span: { start, end: i }, entries };
        }
        if (text[i] !== '"') throw new JsoncError('expected a property name in double quotes', i);
        const k = value() as { kind: 'string'; span: Span; value: string };
        skip();
        if (text[i] !== ':') throw new JsoncError('expected ":"', i);
        i++;
        const v = value();
        entries.push({ key: k.value, keySpan: k.span, value: v });
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') throw new JsoncError('expected "," or "}"', i);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      for (;;) {
        skip();
        if (text[i] === ']') {
          i++;
          return { kind: 'array', span: { start, end: i }, items };
        }
        items.push(value());
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') throw new JsoncError('expected "," or "]"', i);
      }
    }
    if (c === '"') {
      const m = /^"(?:[^"\\\n]|\\.)*"/.exec(text.slice(i));
      if (!m) throw new JsoncError('unterminated string', i);
      i += m[0].length;
      let v: string;
      try {
        v = JSON.parse(m[0]) as string;
      } catch {
        throw new JsoncError('invalid escape in string', start);
      }
      return { kind: 'string', span: { start, end: i }, value: v };
    }
    const lit = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(text.slice(i));
    if (!lit) throw new JsoncError(i >= text.length ? 'unexpected end of file' : `unexpected "${text[i]}"`, i);
    i += lit[0].length;
    const t = lit[0];
    const span = { start, end: i };
    if (t === 'true' || t === 'false') return { kind: 'bool', span, value: t === 'true' };
    if (t === 'null') return { kind: 'null', span, value: null };
    return { kind: 'number', span, value: Number(t) };
  };
  const root = value();
  skip();
  if (i < text.length) throw new JsoncError('unexpected text after the configuration object', i);
  return root;
}

const KNOWN_KEYS = ['$schema', 'rules', 'ignorePaths', 'failOn'];
const knownRuleIds = (): ReadonlySet<string> => new Set(allRules.map((r) => r.id));

/** The configuration in `text`, with a problem for everything it cannot use (the rest still applies). */
export function parseConfig(text: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  let root: JsonNode;
  try {
    root = parseJsonc(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const offset = e instanceof JsoncError ? e.offset : 0;
    return { config: EMPTY_CONFIG, problems: [{ message: `Not valid JSON: ${(e as Error).message}.`, span: { start: offset, end: Math.min(text.length, offset + 1) }, severity: 'error' }] };
  }
  if (root.kind !== 'object') return { config: EMPTY_CONFIG, problems: [{ message: 'The configuration must be a JSON object.', span: root.span, severity: 'error' }] };
  const rules: Record<string, RuleSetting> = {};
  const ignorePaths: string[] = [];
  let failOn: FailOn | undefined;
  const ids = knownRuleIds();
  for (const e of root.entries) {
    if (!KNOWN_KEYS.includes(e.key)) {
      problems.push({ message: `Unknown setting "${e.key}" (${KNOWN_KEYS.slice(1).join(', ')}).`, span: e.keySpan, severity: 'warning' });
      continue;
    }
    if (e.key === 'rules') {
      if (e.value.kind !== 'object') {
        problems.push({ message: '"rules" must be an object: rule id -> off, error, warning, info or hint.', span: e.value.span, severity: 'warning' });
        continue;
      }
      for (const r of e.value.entries) {
        if (!ids.has(r.key)) {
          problems.push({ message: `Unknown rule "${r.key}"${suggestion(r.key, ids)}.`, span: r.keySpan, severity: 'warning' });
          continue;
        }
        if (r.value.kind !== 'string' || !RULE_LEVELS.includes(r.value.value as RuleSetting)) {
          const shown = r.value.kind === 'string' ? `"${r.value.value}"` : text.slice(r.value.span.start, r.value.span.end);
          problems.push({ message: `Unknown level ${shown} for rule "${r.key}": use off, error, warning, info or hint.`, span: r.value.span, severity: 'warning' });
          continue;
        }
        rules[r.key] = r.value.value as RuleSetting;
      }
    } else if (e.key === 'ignorePaths') {
      const items = e.value.kind === 'array' ? e.value.items : undefined;
      if (!items) {
        problems.push({ message: '"ignorePaths" must be a list of glob patterns.', span: e.value.span, severity: 'warning' });
        continue;
      }
      for (const p of items) {
        if (p.kind === 'string' && p.value.trim() !== '') ignorePaths.push(p.value.trim());
        else problems.push({ message: 'An ignore path must be a non-empty string.', span: p.span, severity: 'warning' });
      }
    } else if (e.key === 'failOn') {
      if (e.value.kind === 'string' && (FAIL_ON_LEVELS as readonly string[]).includes(e.value.value)) failOn = e.value.value as FailOn;
      else problems.push({ message: `"failOn" must be one of ${FAIL_ON_LEVELS.join(', ')}.`, span: e.value.span, severity: 'warning' });
    }
  }
  return { config: { rules, ignorePaths, ...(failOn ? { failOn } : {}) }, problems };
}

function suggestion(id: string, ids: ReadonlySet<string>): string {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const k of ids) {
    const d = editDistance(id, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best ? `; did you mean "${best}"?` : '';
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

export interface RuleSource {
  /** Where the settings were written, for warnings: `--rule`, `tfkms.rules`, `/repo/.tfkms.json`. */
  readonly where: string;
  readonly rules: Readonly<Record<string, unknown>>;
}

/**
 * Rule settings from several places, later sources winning (the config file first, then the editor setting
 * or the command line). An unknown rule id or level is skipped with a warning that names where it was written.
 */
export function mergeRuleSettings(sources: readonly RuleSource[]): { rules: Record<string, RuleSetting>; warnings: string[] } {
  const rules: Record<string, RuleSetting> = {};
  const warnings: string[] = [];
  const ids = knownRuleIds();
  for (const s of sources) {
    for (const [id, level] of Object.entries(s.rules)) {
      if (!ids.has(id)) warnings.push(`${s.where}: unknown rule "${id}"${suggestion(id, ids)}`);
      else if (typeof level !== 'string' || !RULE_LEVELS.includes(level as RuleSetting))
        warnings.push(`${s.where}: unknown level ${JSON.stringify(level)} for rule "${id}" (off, error, warning, info or hint)`);
      else rules[id] = level as RuleSetting;
    }
  }
  return { rules, warnings };
}

// --- ignorePaths ---

const globCache = new Map<string, RegExp>();

/** A glob as a regular expression over `/`-separated relative paths: `**` any folders, `*` and `?` within a name. */
function globRegExp(glob: string): RegExp {
  const cached = globCache.get(glob);
  if (cached) return cached;
  let g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  // As in .gitignore: a pattern without a slash matches at any depth; a leading slash anchors it.
  if (g.startsWith('/')) g = g.slice(1);
  else if (!g.replace(/\/$/, '').includes('/')) g = '**/' + g;
  g = g.replace(/\/$/, '');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      const slash = g[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close === -1) re += '\\{';
      else {
        re += '(?:' + g.slice(i + 1, close).split(',').map((x) => x.replace(/[.+^$()|[\]\\*?]/g, '\\$&')).join('|') + ')';
        i = close;
      }
    } else if (c === '[') {
      const close = g.indexOf(']', i);
      if (close === -1) re += '\\[';
      else {
        re += '[' + g.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  const r = new RegExp('^' + re + '$');
  globCache.set(glob, r);
  return r;
}

/**
 * Whether `relativePath` (from the config file's folder, `/`-separated) is ignored: a glob matches the path or
 * one of its parent folders, so `modules/legacy` ignores everything under it.
 */
export function isIgnoredPath(globs: readonly string[], relativePath: string): boolean {
  if (globs.length === 0) return false;
  const p = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  if (p.startsWith('../')) return false;
  const parts = p.split('/');
  const prefixes = parts.map((_, k) => parts.slice(0, k + 1).join('/'));
  return globs.some((g) => {
    const re = globRegExp(g);
    return prefixes.some((x) => re.test(x));
  });
}
