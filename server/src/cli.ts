/**
 * tfkms: the language server's checks over files on disk, for CI.
 *   tfkms [--format text|json|sarif|github] [--fail-on error|warning|info|never] [--config FILE]
 *         [--rule ID=LEVEL]... [--quiet] [--show-suppressed] [PATH...]
 * Exit 0: no finding at or above --fail-on; 1: at least one; 2: usage or I/O error. Machine-readable output is
 * the only thing on stdout; the summary and warnings go to stderr.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  FAIL_ON_LEVELS,
  Workspace,
  applySuppressions,
  doValidation,
  initParser,
  mergeRuleSettings,
  type FailOn,
  type Finding,
  type LineMap,
  type ParsedDocument,
  type RuleSetting,
  type Severity,
  type SuppressedFinding,
} from './service';
import { nodeFileSource } from './nodeFiles';
import { sarifLog, sarifResults } from './sarif';
import type { Result as SarifResult } from 'sarif';
import { runAccess } from './cliAccess';
import { ConfigFiles, formatProblems, ignoredByConfig, loadConfigFile, type LoadedConfig } from './configFiles';

const VERSION = '0.1.0';
const SKIP_DIRS = new Set(['.terraform', 'node_modules', '.git']);
const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

interface Options {
  format: Format;
  paths: string[];
  /** `--rule` values in the order given, checked after parsing (an unknown id is a warning, not a usage error). */
  rules: Record<string, string>;
  failOn: FailOn | undefined;
  config: string | undefined;
  quiet: boolean;
  showSuppressed: boolean;
}

const USAGE = `usage: tfkms [--format text|json|sarif|github] [--fail-on error|warning|info|never] [--config FILE]
             [--rule ID=off|error|warning|info|hint]... [--quiet] [--show-suppressed] [PATH...]
Checks the aws_kms_* resources and key policies of Terraform files. PATH is a .tf file or a folder
(searched recursively, skipping .terraform/ and node_modules/); the default is the current folder.
  --format           text (default), json, sarif (GitHub code scanning) or github (workflow annotations)
  --fail-on          the lowest level that fails the run (default error; never: always exit 0)
  --config FILE      use this configuration instead of the .tfkms.json found above each file
  --rule ID=LEVEL    set a rule's level for this run (wins over the configuration); repeatable
  --quiet            no summary line on stderr
  --show-suppressed  also list the findings that tfkms:ignore comments suppress
Exit status: 0 no finding at or above --fail-on, 1 at least one, 2 usage or I/O error.`;

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const o: Options = { format: 'text', paths: [], rules: {}, failOn: undefined, config: undefined, quiet: false, showSuppressed: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (flag: string): string => {
      if (a.startsWith(flag + '=')) return a.slice(flag.length + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const is = (flag: string, short?: string) => a === flag || a === short || a.startsWith(flag + '=');
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-v' || a === '--version') return 'version';
    if (is('--format', '-f')) {
      const f = value('--format');
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (text, json, sarif or github)`);
      o.format = f as Format;
    } else if (is('--fail-on')) {
      const f = value('--fail-on');
      if (!(FAIL_ON_LEVELS as readonly string[]).includes(f)) throw new UsageError(`--fail-on takes error, warning, info or never, not "${f}"`);
      o.failOn = f as FailOn;
    } else if (is('--config', '-c')) {
      o.config = value('--config');
    } else if (is('--rule')) {
      const v = value('--rule');
      const eq = v.indexOf('=');
      if (eq <= 0) throw new UsageError(`--rule takes ID=off|error|warning|info|hint, not "${v}"`);
      o.rules[v.slice(0, eq)] = v.slice(eq + 1);
    } else if (a === '-q' || a === '--quiet') o.quiet = true;
    else if (a === '--show-suppressed') o.showSuppressed = true;
    else if (a === '--') {
      o.paths.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.paths.push(a);
  }
  if (o.paths.length === 0) o.paths.push('.');
  return o;
}

function ioMessage(p: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return `${p}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`}`;
}

/** The .tf files under the paths, sorted; throws an I/O error for a missing path. */
export function collectFiles(paths: readonly string[]): string[] {
  const files = new Set<string>();
  const walk = (dir: string, depth: number) => {
    if (depth > 64) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p, depth + 1);
      } else if (e.isFile() && /\.(tf|tofu)$/.test(e.name)) files.add(resolve(p));
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      throw new Error(ioMessage(p, e));
    }
    if (st.isDirectory()) walk(p, 0);
    else files.add(resolve(p));
  }
  return [...files].sort();
}

/** One checked file, while its text is held. */
interface CheckedFile {
  readonly path: string;
  readonly text: string;
  readonly lineMap: LineMap;
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
}

interface JsonFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly address?: string;
  readonly fixes: readonly string[];
  readonly justification?: string;
}

function displayPath(abs: string): string {
  const r = relative(process.cwd(), abs);
  return (r.startsWith('..') || isAbsolute(r) ? abs : r).split(sep).join('/');
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };
const FAIL_RANK: Record<FailOn, number> = { error: 3, warning: 2, info: 1, never: Infinity };

/** GitHub workflow command escaping: data, and property values (which also escape `:` and `,`). */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const GH_COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** A file's part of the output, in the chosen format. */
function render(opts: Options, r: CheckedFile): { rows: string[]; json: JsonFinding[]; suppressedJson: JsonFinding[]; sarif: SarifResult[] } {
  const rows: string[] = [];
  const json: JsonFinding[] = [];
  const suppressedJson: JsonFinding[] = [];
  let sarif: SarifResult[] = [];
  const lines = r.lineMap;
  const shown = displayPath(r.path);
  if (opts.format === 'text') {
    const list: { at: number; line: string }[] = r.findings.map((f) => {
      const p = lines.positionAt(f.span.start);
      return { at: f.span.start, line: `${shown}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.ruleId}: ${f.message}` };
    });
    if (opts.showSuppressed) {
      for (const s of r.suppressed) {
        const p = lines.positionAt(s.finding.span.start);
        list.push({
          at: s.finding.span.start,
          line: `${shown}:${p.line + 1}:${p.character + 1}: suppressed ${s.finding.severity} ${s.finding.ruleId}: ${s.finding.message} (${s.justification || 'no reason given'})`,
        });
      }
    }
    list.sort((a, b) => a.at - b.at);
    for (const row of list) rows.push(row.line);
  } else if (opts.format === 'github') {
    for (const f of r.findings) {
      const s = lines.positionAt(f.span.start);
      const e = lines.positionAt(f.span.end);
      const props = [`file=${ghProperty(shown)}`, `line=${s.line + 1}`, `col=${s.character + 1}`, `endLine=${e.line + 1}`, `endColumn=${e.character + 1}`, `title=${ghProperty(f.ruleId)}`];
      rows.push(`::${GH_COMMAND[f.severity]} ${props.join(',')}::${ghData(f.message)}`);
    }
  } else if (opts.format === 'json') {
    const toJson = (f: Finding): JsonFinding => {
      const s = lines.positionAt(f.span.start);
      const e = lines.positionAt(f.span.end);
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: shown,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        ...(f.address ? { address: f.address } : {}),
        fixes: (f.fixes ?? []).map((x) => x.title),
      };
    };
    for (const f of r.findings) json.push(toJson(f));
    if (opts.showSuppressed) for (const s of r.suppressed) suppressedJson.push({ ...toJson(s.finding), justification: s.justification });
  } else {
    sarif = sarifResults({ uri: shown, text: r.text, lineMap: lines, findings: r.findings, suppressed: r.suppressed });
  }
  return { rows, json, suppressedJson, sarif };
}

function plural(n: number, word: string, many = word + 's'): string {
  return `${n} ${n === 1 ? word : many}`;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'access') return runAccess(argv.slice(1));
  const started = process.hrtime.bigint();
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`tfkms: ${(e as Error).message}\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (opts === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const warn = (message: string) => process.stderr.write(`tfkms: warning: ${message}\n`);

  // Configuration: one file given with --config, or the nearest .tfkms.json above each file.
  const configs = new ConfigFiles();
  let fixedConfig: LoadedConfig | undefined;
  if (opts.config !== undefined) {
    try {
      if (!statSync(opts.config).isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
    } catch (e) {
      process.stderr.write(`tfkms: --config ${ioMessage(opts.config, e)}\n`);
      return 2;
    }
    fixedConfig = loadConfigFile(resolve(opts.config));
  }
  const cliRules = mergeRuleSettings([{ where: '--rule', rules: opts.rules }]);
  for (const w of cliRules.warnings) warn(w);

  let files: string[];
  try {
    files = collectFiles(opts.paths);
  } catch (e) {
    process.stderr.write(`tfkms: ${(e as Error).message}\n`);
    return 2;
  }
  const configFor = (f: string) => fixedConfig ?? configs.forFile(f);
  const reported = new Set<string>();
  const rulesFor = new Map<string, Record<string, RuleSetting>>();
  const checkConfig = (c: LoadedConfig): boolean => {
    if (!c.path || reported.has(c.path)) return true;
    reported.add(c.path);
    const lines = formatProblems(c, displayPath(c.path));
    c.problems.forEach((p, k) => (p.severity === 'error' ? process.stderr.write(`tfkms: ${lines[k]}\n`) : warn(lines[k]!)));
    return !c.problems.some((p) => p.severity === 'error');
  };
  const kept: string[] = [];
  for (const f of files) {
    const c = configFor(f);
    if (!checkConfig(c)) return 2;
    if (!ignoredByConfig(c, f)) kept.push(f);
  }
  const skipped = files.length - kept.length;
  files = kept;

  await initParser();
  // Folder by folder: a folder's files are opened together (each parsed once, the folder model built once),
  // checked, rendered to their output and released before the next folder, so memory stays that of the
  // largest folder, however large the tree.
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const d = dirname(f);
    (byFolder.get(d) ?? byFolder.set(d, []).get(d)!).push(f);
  }
  const order = new Map(files.map((f, i) => [f, i]));
  const rendered: { at: number; rows: string[]; json: JsonFinding[]; suppressedJson: JsonFinding[]; sarif: SarifResult[] }[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let suppressedCount = 0;
  let failed = false;
  for (const folderFiles of byFolder.values()) {
    const workspace = new Workspace(nodeFileSource);
    const docs: { path: string; doc: ParsedDocument; config: LoadedConfig }[] = [];
    for (const f of folderFiles) {
      let text: string;
      try {
        text = readFileSync(f, 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        process.stderr.write(`tfkms: ${displayPath(f)}: ${code === 'EACCES' ? 'permission denied' : `cannot read file (${code ?? 'unknown error'})`}\n`);
        return 2;
      }
      docs.push({ path: f, doc: workspace.openDocument(pathToFileURL(f).href, 0, text), config: configFor(f) });
    }
    for (const { path, doc, config } of docs) {
      const key = config.path ?? '';
      let rules = rulesFor.get(key);
      if (!rules) {
        // The configuration file first, then --rule: the command line wins.
        rules = { ...config.config.rules, ...cliRules.rules };
        rulesFor.set(key, rules);
      }
      const findings = doValidation(workspace, doc, {
        rules,
        onRuleError: (id, err) => warn(`rule ${id} failed on ${displayPath(path)}: ${String(err)}`),
      });
      const s = applySuppressions(doc.text, findings, { rules });
      const failOn = opts.failOn ?? config.config.failOn ?? 'error';
      for (const f of s.kept) {
        counts[f.severity]++;
        if (RANK[f.severity] >= FAIL_RANK[failOn]) failed = true;
      }
      suppressedCount += s.suppressed.length;
      rendered.push({ at: order.get(path)!, ...render(opts, { path, text: doc.text, lineMap: doc.lineMap, findings: s.kept, suppressed: s.suppressed }) });
    }
    for (const { doc } of docs) workspace.closeDocument(doc.uri);
  }
  rendered.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  if (opts.format === 'text' || opts.format === 'github') {
    for (const r of rendered) for (const row of r.rows) out.push(row + '\n');
  } else if (opts.format === 'json') {
    const report = {
      version: VERSION,
      files: files.length,
      findings: rendered.flatMap((r) => r.json),
      ...(opts.showSuppressed ? { suppressed: rendered.flatMap((r) => r.suppressedJson) } : {}),
      summary: { ...counts, suppressed: suppressedCount },
    };
    out.push(JSON.stringify(report, null, 2) + '\n');
  } else {
    out.push(JSON.stringify(sarifLog(rendered.flatMap((r) => r.sarif), VERSION), null, 2) + '\n');
  }
  process.stdout.write(out.join(''));

  if (!opts.quiet) {
    const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
    const time = ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
    if (files.length === 0) process.stderr.write(`tfkms: no .tf files found in ${opts.paths.join(', ')}${skipped ? ` (${plural(skipped, 'file')} ignored by ignorePaths)` : ''}\n`);
    else {
      const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.info} info`, plural(counts.hint, 'hint'), `${suppressedCount} suppressed`];
      process.stderr.write(`tfkms: ${plural(files.length, 'file')}${skipped ? ` (${skipped} ignored)` : ''}: ${parts.join(', ')} in ${time}\n`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tfkms: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
