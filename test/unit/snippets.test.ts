/**
 * Every KMS pattern, expanded into a folder of its own (once with its defaults, and once more for each other
 * option of each choice), must lint clean with our CLI and pass `terraform validate` and `terraform fmt -check`
 * where Terraform and the provider mirror exist. Single-block snippets refer to things they do not declare
 * (a key, a variable); test/snippets/context/<prefix>.tf declares those, and is copied in beside them.
 * TFKMS_KEEP_SNIPPETS=1 keeps the temp folder for a look.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expandWithDefaults, kmsPatterns, snippetChoices, type KmsPattern } from '../../server/src/service/patterns';

const REPO = resolve(__dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');
const CONTEXT_DIR = join(REPO, 'test/snippets/context');
const TERRAFORM_OFFLINE = resolve(REPO, '../shared/tools/terraform-offline');
const IN_CI = Boolean(process.env.CI);

/**
 * Warnings a pattern keeps on purpose, by prefix and rule id, each with the reason; the snippet carries the
 * same reason as an HCL comment next to the line. Anything not listed here fails the test.
 */
const ALLOWED_WARNINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'kms-rotation-manual': { 'key-rotation-disabled': 'manual rotation: a new key per version replaces automatic rotation, and the snippet says so inline' },
  // Each choice is expanded with the other tab stops at their first choice: some pairs are the very mistakes the
  // variable validations catch, and the findings (warnings, since they rest on variable defaults) say so too.
  'kms-key-from-variables': {
    'key-spec-usage-mismatch': 'a key_usage choice left with the SYMMETRIC_DEFAULT spec, or a spec choice left with ENCRYPT_DECRYPT',
    'rotation-unsupported': 'a non-symmetric spec choice left with enable_key_rotation = true',
  },
  'kms-multi-env': { 'key-rotation-disabled': 'the dev environment turns rotation off, as the pattern of the guide does' },
};

interface LintFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
}

interface ExecResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(cmd: string, args: readonly string[], cwd: string, timeoutMs = 300_000): Promise<ExecResult> {
  return new Promise((done) => {
    execFile(cmd, args, { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** `kms-res-key` -> `kms_res_key`: a name Terraform accepts for a module or variable. */
function ident(prefix: string): string {
  return prefix.replace(/[^A-Za-z0-9_]/g, '_');
}

/** Names of the variables in `text` that have no default (the root module has to pass them in). */
function requiredVariables(text: string): string[] {
  const names: string[] = [];
  const re = /^variable\s+"([^"]+)"\s*\{([\s\S]*?)^\}/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!/^\s*default\s*=/m.test(m[2]!)) names.push(m[1]!);
  }
  return names;
}

const patterns = kmsPatterns();

/** A snippet expanded one way, in folder `<prefix>` (defaults) or `<prefix>--<n>-<option>` (choice n picked). */
interface Expansion {
  readonly prefix: string;
  readonly folder: string;
  readonly text: string;
}

function expansionsOf(p: KmsPattern): Expansion[] {
  const out: Expansion[] = [{ prefix: p.prefix, folder: p.prefix, text: expandWithDefaults(p.body) }];
  for (const [index, options] of snippetChoices(p.body)) {
    for (const option of options.slice(1)) {
      const folder = `${p.prefix}--${index}-${option.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      out.push({ prefix: p.prefix, folder, text: expandWithDefaults(p.body, new Map([[index, option]])) });
    }
  }
  return out;
}

/** The snippet a finding's file belongs to: `kms-advanced--4-encrypt-decrypt/main.tf` -> `kms-advanced`. */
function prefixOfFile(file: string): string {
  return file.split(/[\\/]/)[0]!.replace(/--.*$/, '');
}

const expansions = patterns.flatMap(expansionsOf);

/** A temp folder holding snippets/<folder>/ (one per expansion) and root/ (the module that calls them all). */
let work = '';
let snippetsDir = '';
let lintRun: Promise<ExecResult> | undefined;

/** One tfkms run over all snippet folders: it searches a folder recursively and names files relative to cwd. */
function lintAll(): Promise<ExecResult> {
  lintRun ??= run(process.execPath, [CLI, '--format', 'json', '.'], snippetsDir);
  return lintRun;
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'tfkms-snippets-'));
  snippetsDir = join(work, 'snippets');
  for (const e of expansions) {
    const dir = join(snippetsDir, e.folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.tf'), e.text);
    const context = join(CONTEXT_DIR, `${e.prefix}.tf`);
    if (existsSync(context)) writeFileSync(join(dir, 'context.tf'), readFileSync(context, 'utf8'));
  }
});

after(() => {
  if (work && !process.env.TFKMS_KEEP_SNIPPETS) rmSync(work, { recursive: true, force: true });
});

describe('snippets expanded with their defaults', () => {
  test('there are patterns to check', () => {
    assert.ok(patterns.length > 30, `only ${patterns.length} patterns loaded`);
  });

  test('every context file belongs to a snippet', () => {
    const prefixes = new Set(patterns.map((p) => p.prefix));
    const stray = readdirTf(CONTEXT_DIR).filter((f) => !prefixes.has(f.replace(/\.tf$/, '')));
    assert.deepEqual(stray, [], 'context files without a snippet');
  });

  test('lint clean: no errors, only allowed warnings', async (t) => {
    if (!existsSync(CLI)) {
      if (IN_CI) assert.fail(`${CLI} is missing: the build must run before the unit tests`);
      t.skip('dist/cli.js is missing: run `npm run build` to lint the snippets');
      return;
    }
    const r = await lintAll();
    assert.ok(r.code === 0 || r.code === 1, `tfkms exited ${r.code}: ${r.stderr}`);
    const findings = parseFindings(r.stdout);
    const problems: string[] = [];
    for (const f of findings) {
      const prefix = prefixOfFile(f.file);
      const where = `${f.file}:${f.line} ${f.severity} ${f.ruleId}: ${f.message}`;
      if (f.severity === 'error') problems.push(where);
      else if (f.severity === 'warning' && !ALLOWED_WARNINGS[prefix]?.[f.ruleId]) problems.push(`${where} (not in ALLOWED_WARNINGS)`);
    }
    assert.deepEqual(problems, [], `expanded snippets under ${snippetsDir}`);
    assert.equal(r.code, 0, r.stderr);
  });

  test('every allowed warning still occurs (no stale allowances)', async (t) => {
    if (!existsSync(CLI) || Object.keys(ALLOWED_WARNINGS).length === 0) {
      t.skip(existsSync(CLI) ? 'no allowed warnings' : 'dist/cli.js is missing');
      return;
    }
    const r = await lintAll();
    const seen = new Set(parseFindings(r.stdout).map((f) => `${prefixOfFile(f.file)} ${f.ruleId}`));
    const stale = Object.entries(ALLOWED_WARNINGS).flatMap(([prefix, rules]) =>
      Object.keys(rules)
        .filter((id) => !seen.has(`${prefix} ${id}`))
        .map((id) => `${prefix} ${id}`),
    );
    assert.deepEqual(stale, []);
  });

  test('terraform fmt and terraform validate accept them', async (t) => {
    if (!existsSync(TERRAFORM_OFFLINE)) {
      t.skip(`${TERRAFORM_OFFLINE} not found: terraform validate skipped`);
      return;
    }
    // A root module that calls each snippet folder as a module: one validate for all of them. Variables
    // without a default become root variables, which validate leaves unknown.
    const root = join(work, 'root');
    mkdirSync(root, { recursive: true });
    let hcl = '';
    for (const e of expansions) {
      const dir = join(snippetsDir, e.folder);
      const text = ['main.tf', 'context.tf']
        .map((f) => join(dir, f))
        .filter(existsSync)
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      const inputs = requiredVariables(text);
      const name = ident(e.folder);
      for (const v of inputs) hcl += `variable "${name}__${v}" {}\n`;
      hcl += `module "${name}" {\n  source = "../snippets/${e.folder}"\n`;
      for (const v of inputs) hcl += `  ${v} = var.${name}__${v}\n`;
      hcl += '}\n\n';
    }
    writeFileSync(join(root, 'main.tf'), hcl);

    const r = await run('bash', [TERRAFORM_OFFLINE, root, 'validate', '-json'], work, 600_000);
    if (r.code === 3) {
      t.skip(`terraform or the provider mirror is missing, terraform validate skipped: ${r.stderr.trim()}`);
      return;
    }
    let result: { valid?: boolean; diagnostics?: { severity: string; summary: string; detail?: string; range?: { filename: string; start: { line: number } } }[] };
    try {
      result = JSON.parse(r.stdout);
    } catch {
      assert.fail(`terraform validate printed no JSON (exit ${r.code}): ${r.stderr}${r.stdout}`);
    }
    const diags = (result.diagnostics ?? []).map(
      (d) => `${d.severity} ${d.range ? `${d.range.filename}:${d.range.start.line}` : ''} ${d.summary}${d.detail ? `: ${d.detail}` : ''}`,
    );
    assert.deepEqual(diags, [], `terraform validate under ${root}`);
    assert.equal(result.valid, true);

    const fmt = await run('terraform', ['fmt', '-check', '-recursive', '-list=true', '.'], snippetsDir);
    const unformatted = fmt.stdout.split('\n').filter((l) => l.trim() !== '');
    assert.deepEqual(unformatted, [], 'terraform fmt would change these expanded snippets');
  });
});

function readdirTf(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tf')) : [];
}

/** The findings of `tfkms --format json`: `{ findings: [...] }`, or a bare array. */
function parseFindings(stdout: string): LintFinding[] {
  const data: unknown = JSON.parse(stdout);
  const list = Array.isArray(data) ? data : (data as { findings?: unknown }).findings;
  assert.ok(Array.isArray(list), `unexpected tfkms output: ${stdout.slice(0, 200)}`);
  return (list as Record<string, unknown>[]).map((f) => ({
    ruleId: String(f.ruleId),
    severity: String(f.severity ?? f.level),
    message: String(f.message),
    file: String(f.file),
    line: Number(f.line),
  }));
}
