/**
 * tfkms: the language server's checks over files on disk, for CI.
 *   tfkms [--format text|json|sarif] [--rule ID=off|error|warning|info|hint]... [PATH...]
 * Exit 0: no error-level finding; 1: at least one; 2: usage or I/O error. Machine-readable output is the
 * only thing on stdout; the summary and warnings go to stderr.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workspace, allRules, doValidation, initParser, type Finding, type RuleSetting } from './service';
import { nodeFileSource } from './nodeFiles';
import { toSarif } from './sarif';
import { runAccess } from './cliAccess';

const VERSION = '0.1.0';
const SKIP_DIRS = new Set(['.terraform', 'node_modules', '.git']);
const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

interface Options {
  format: Format;
  paths: string[];
  rules: Record<string, RuleSetting>;
}

const USAGE = `usage: tfkms [--format text|json|sarif] [--rule ID=off|error|warning|info|hint]... [PATH...]
Checks the aws_kms_* resources and key policies of Terraform files. PATH is a .tf file or a folder
(searched recursively, skipping .terraform/ and node_modules/); the default is the current folder.
Exit status: 0 no error-level finding, 1 at least one, 2 usage or I/O error.`;

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const o: Options = { format: 'text', paths: [], rules: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (flag: string): string => {
      const eq = a.indexOf('=');
      if (a.startsWith(flag + '=') && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-v' || a === '--version') return 'version';
    if (a === '-f' || a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
      o.format = f as Format;
    } else if (a === '--rule' || a.startsWith('--rule=')) {
      const [id, sev] = value('--rule').split('=');
      if (!id || !sev || !['off', 'error', 'warning', 'info', 'hint'].includes(sev)) throw new UsageError(`--rule takes ID=off|error|warning|info|hint`);
      if (!allRules.some((r) => r.id === id)) throw new UsageError(`unknown rule "${id}"`);
      o.rules[id] = sev as RuleSetting;
    } else if (a === '--') {
      o.paths.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.paths.push(a);
  }
  if (o.paths.length === 0) o.paths.push('.');
  return o;
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
      } else if (e.isFile() && e.name.endsWith('.tf')) files.add(resolve(p));
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new Error(`${p}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`}`);
    }
    if (st.isDirectory()) walk(p, 0);
    else files.add(resolve(p));
  }
  return [...files].sort();
}

export interface FileFindings {
  readonly path: string;
  readonly text: string;
  readonly findings: readonly Finding[];
}

function displayPath(abs: string): string {
  const r = relative(process.cwd(), abs);
  return (r.startsWith('..') ? abs : r).split(sep).join('/');
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'access') return runAccess(argv.slice(1));
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
  let files: string[];
  try {
    files = collectFiles(opts.paths);
  } catch (e) {
    process.stderr.write(`tfkms: ${(e as Error).message}\n`);
    return 2;
  }
  await initParser();
  const workspace = new Workspace(nodeFileSource);
  const results: FileFindings[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`tfkms: ${displayPath(f)}: ${code === 'EACCES' ? 'permission denied' : `cannot read file (${code ?? 'unknown error'})`}\n`);
      return 2;
    }
    const doc = workspace.openDocument(pathToFileURL(f).href, 0, text);
    const findings = doValidation(workspace, doc, {
      rules: opts.rules,
      onRuleError: (id, err) => process.stderr.write(`tfkms: warning: rule ${id} failed on ${displayPath(f)}: ${String(err)}\n`),
    });
    results.push({ path: f, text, findings });
  }
  const all = results.flatMap((r) => r.findings);
  const count = (s: string) => all.filter((x) => x.severity === s).length;
  if (opts.format === 'text') {
    for (const r of results) {
      const lines = workspace.get(pathToFileURL(r.path).href)!.lineMap;
      for (const f of r.findings) {
        const p = lines.positionAt(f.span.start);
        process.stdout.write(`${displayPath(r.path)}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.ruleId}: ${f.message}\n`);
      }
    }
  } else if (opts.format === 'json') {
    const out = results.flatMap((r) => {
      const lines = workspace.get(pathToFileURL(r.path).href)!.lineMap;
      return r.findings.map((f) => {
        const s = lines.positionAt(f.span.start);
        const e = lines.positionAt(f.span.end);
        return {
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          file: displayPath(r.path),
          line: s.line + 1,
          column: s.character + 1,
          endLine: e.line + 1,
          endColumn: e.character + 1,
          ...(f.address ? { address: f.address } : {}),
          fixes: (f.fixes ?? []).map((x) => x.title),
        };
      });
    });
    process.stdout.write(JSON.stringify({ version: VERSION, files: results.length, findings: out }, null, 2) + '\n');
  } else {
    const sarif = toSarif(
      results.map((r) => ({ uri: displayPath(r.path), lineMap: workspace.get(pathToFileURL(r.path).href)!.lineMap, findings: r.findings })),
      VERSION,
    );
    process.stdout.write(JSON.stringify(sarif, null, 2) + '\n');
  }
  if (files.length === 0) process.stderr.write(`tfkms: no .tf files found in ${opts.paths.join(', ')}\n`);
  else process.stderr.write(`tfkms: ${files.length} file${files.length === 1 ? '' : 's'}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info') + count('hint')} note(s)\n`);
  return count('error') > 0 ? 1 : 0;
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
