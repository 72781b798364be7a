/**
 * Differential test against `terraform validate` (hashicorp/aws 5.100.0 from the offline mirror, through
 * ../shared/tools/terraform-offline). The corpus (corpus.ts) goes into two modules, one validate run each; every
 * error validate reports must be reported by us as an error on the same line, and every error we report must be
 * one validate reports, unless it comes from a rule of category `apply` (what fails only at apply time).
 * Agreement = cases where both hold / all cases. Skips with a message where Terraform or the mirror is missing
 * (terraform-offline exits 3). Writes test-output/differential.json.
 *   bash test/differential/run.sh        (or: node --import tsx --test test/differential/differential.test.ts)
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workspace, doValidation, initParser, ruleById, type FileSource } from '../../server/src/service';
import { CONTEXT, generateCorpus, type Case } from './corpus';

const REPO = resolve(__dirname, '../..');
const TOOL = resolve(REPO, '../shared/tools/terraform-offline');
/** The share of cases that must agree; the corpus agrees fully today, so any drift fails. */
const REQUIRED_AGREEMENT = 1;

/** validate summaries of errors found while decoding a block against the schema (before the provider runs). */
const DECODING_ERRORS = new Set([
  'Incorrect attribute value type',
  'Unsupported argument',
  'Unsupported block type',
  'Missing required argument',
  'Invalid Configuration for Read-Only Attribute',
  'Insufficient secret blocks',
]);
/** Our rules that mirror checks the provider makes after decoding. */
const PROVIDER_LEVEL_RULES = new Set(['invalid-value', 'conflicting-attributes', 'alias-name']);

interface Placed {
  readonly c: Case;
  readonly file: string;
  /** 1-based, inclusive. */
  readonly firstLine: number;
  readonly lastLine: number;
}

interface TfDiagnostic {
  readonly severity: string;
  readonly summary: string;
  readonly detail?: string;
  readonly range?: { readonly filename: string; readonly start: { readonly line: number }; readonly end: { readonly line: number } };
}

function run(cmd: string, args: readonly string[], timeoutMs = 180_000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Writes the cases into module folders: one for unknown types (they can mask other errors), one for the rest. */
function writeModules(root: string, cases: readonly Case[]): { dirs: string[]; placed: Placed[] } {
  const groups: Record<string, Case[]> = { main: [], types: [] };
  for (const c of cases) groups[c.mutation === 'unknown-type' ? 'types' : 'main']!.push(c);
  const placed: Placed[] = [];
  const dirs: string[] = [];
  for (const [name, group] of Object.entries(groups)) {
    if (!group.length) continue;
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'context.tf'), CONTEXT);
    let text = '';
    let line = 1;
    for (const c of group) {
      const lines = c.text.split('\n').length - 1;
      placed.push({ c, file: join(dir, 'cases.tf'), firstLine: line, lastLine: line + lines - 1 });
      text += c.text + '\n';
      line += lines + 1;
    }
    writeFileSync(join(dir, 'cases.tf'), text);
    dirs.push(dir);
  }
  return { dirs, placed };
}

const diskFiles: FileSource = {
  listTfFiles: (folder) => readdirSync(folder.replace(/^file:\/\//, '')).filter((f) => f.endsWith('.tf')).map((f) => `${folder}/${f}`),
  readFile: (uri) => readFileSync(uri.replace(/^file:\/\//, ''), 'utf8'),
};

interface Outcome {
  readonly id: string;
  readonly mutation: string;
  readonly what: string;
  readonly validate: string[];
  readonly ours: string[];
  readonly missed: string[];
  readonly extra: string[];
  readonly applyTimeExtra: string[];
  /** Our provider-level errors in a block whose decoding failed in validate (not comparable). */
  readonly masked: string[];
}

describe('differential: terraform validate vs our diagnostics', () => {
  let skip: string | undefined;
  let outcomes: Outcome[] = [];

  before(async () => {
    if (!existsSync(TOOL)) {
      skip = `${TOOL} not found`;
      return;
    }
    await initParser();
    const cases = generateCorpus();
    const root = mkdtempSync(join(tmpdir(), 'tfkms-diff-'));
    try {
      const { dirs, placed } = writeModules(root, cases);
      const results = await Promise.all(dirs.map((d) => run('bash', [TOOL, d, 'validate', '-json'])));
      const tf: TfDiagnostic[] = [];
      for (const [i, r] of results.entries()) {
        if (r.code === 3) {
          skip = r.stderr.trim() || 'terraform-offline: terraform or the provider mirror is missing';
          return;
        }
        let parsed: { diagnostics?: TfDiagnostic[] };
        try {
          parsed = JSON.parse(r.stdout) as { diagnostics?: TfDiagnostic[] };
        } catch {
          throw new Error(`validate output of ${dirs[i]} is not JSON (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
        }
        for (const d of parsed.diagnostics ?? []) tf.push({ ...d, range: d.range ? { ...d.range, filename: join(dirs[i]!, d.range.filename) } : undefined } as TfDiagnostic);
      }
      const unplaced = tf.filter((d) => d.severity === 'error' && !placed.some((p) => d.range?.filename === p.file && d.range.start.line >= p.firstLine && d.range.start.line <= p.lastLine));
      assert.deepEqual(unplaced.map((d) => d.summary), [], 'validate errors outside every case');

      const ours = new Map<string, { line: number; rule: string; message: string }[]>();
      for (const dir of dirs) {
        const ws = new Workspace(diskFiles);
        const uri = `file://${dir}/cases.tf`;
        const doc = ws.get(uri)!;
        const list = doValidation(ws, doc).filter((f) => f.severity === 'error');
        ours.set(join(dir, 'cases.tf'), list.map((f) => ({ line: doc.lineMap.positionAt(f.span.start).line + 1, rule: f.ruleId, message: f.message })));
      }

      outcomes = placed.map((p) => {
        const v = tf.filter((d) => d.severity === 'error' && d.range?.filename === p.file && d.range.start.line >= p.firstLine && d.range.start.line <= p.lastLine);
        const o = (ours.get(p.file) ?? []).filter((f) => f.line >= p.firstLine && f.line <= p.lastLine);
        // validate points errors inside set-nested blocks at the block's first line; such an error is matched by
        // ours on that line or on the line of the argument it names.
        const matches = (d: TfDiagnostic, f: { line: number; message: string }) =>
          f.line === d.range!.start.line ||
          (d.range!.start.line === p.firstLine && [...`${d.summary} ${d.detail ?? ''}`.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g)].some((m) => f.message.includes(`\`${m[0]}\``)));
        const vLines = new Set(v.map((d) => d.range!.start.line));
        for (const f of o) if (v.some((d) => matches(d, f))) vLines.add(f.line);
        const missed = v.filter((d) => !o.some((f) => matches(d, f))).map((d) => `line ${d.range!.start.line - p.firstLine + 1}: ${d.summary}${d.detail ? ` (${d.detail.slice(0, 120)})` : ''}`);
        // Terraform decodes a block against the schema before the provider validates it; a decoding error stops
        // the provider's checks of that block, so our provider-level findings there cannot be compared.
        const decodingFailed = v.some((d) => DECODING_ERRORS.has(d.summary) && !(d.summary === 'Missing required argument' && !d.detail?.startsWith('The argument')));
        const masked = (f: { rule: string }) => decodingFailed && PROVIDER_LEVEL_RULES.has(f.rule);
        const extras = o.filter((f) => !vLines.has(f.line) && !masked(f));
        const isApply = (f: { rule: string }) => ruleById(f.rule)?.category === 'apply';
        return {
          id: p.c.id,
          mutation: p.c.mutation,
          what: p.c.what,
          validate: v.map((d) => `${d.range!.start.line - p.firstLine + 1}: ${d.summary}`),
          ours: o.map((f) => `${f.line - p.firstLine + 1}: ${f.rule}`),
          missed,
          extra: extras.filter((f) => !isApply(f)).map((f) => `line ${f.line - p.firstLine + 1}: ${f.rule}: ${f.message}`),
          applyTimeExtra: extras.filter(isApply).map((f) => `line ${f.line - p.firstLine + 1}: ${f.rule}`),
          masked: o.filter((f) => !vLines.has(f.line) && masked(f)).map((f) => `line ${f.line - p.firstLine + 1}: ${f.rule}`),
        };
      });
    } finally {
      if (!process.env.TFKMS_KEEP_DIFFERENTIAL) rmSync(root, { recursive: true, force: true });
      else console.log(`kept ${root}`);
    }
  });

  it('has at least 200 generated configurations', () => {
    const n = generateCorpus().length;
    assert.ok(n >= 200, `only ${n} cases`);
  });

  it('agrees with terraform validate', (t) => {
    if (skip) return t.skip(skip);
    const agree = outcomes.filter((o) => o.missed.length === 0 && o.extra.length === 0);
    const strict = outcomes.filter((o) => o.missed.length === 0 && o.extra.length === 0 && o.applyTimeExtra.length === 0);
    const withErrors = outcomes.filter((o) => o.validate.length > 0);
    const caught = withErrors.filter((o) => o.missed.length === 0);
    const summary = {
      cases: outcomes.length,
      agreement: agree.length / outcomes.length,
      agreeing: agree.length,
      validateErrorCases: withErrors.length,
      validateErrorsCaught: caught.length,
      casesWithOnlyApplyTimeExtras: agree.length - strict.length,
      casesWithMaskedFindings: outcomes.filter((o) => o.masked.length).length,
    };
    mkdirSync(join(REPO, 'test-output'), { recursive: true });
    writeFileSync(join(REPO, 'test-output/differential.json'), JSON.stringify({ summary, outcomes }, null, 1));
    t.diagnostic(
      `agreement ${agree.length}/${outcomes.length} = ${(summary.agreement * 100).toFixed(1)}% ` +
        `(validate errors caught in ${caught.length}/${withErrors.length} cases; ${summary.casesWithOnlyApplyTimeExtras} cases add apply-time errors validate cannot see; ` +
        `${summary.casesWithMaskedFindings} cases have provider-level findings in a block validate stopped decoding)`,
    );
    const disagreements = outcomes.filter((o) => o.missed.length || o.extra.length).map((o) => `${o.id} [${o.mutation}] ${o.what}\n    missed: ${o.missed.join('; ')}\n    extra: ${o.extra.join('; ')}`);
    assert.ok(summary.agreement >= REQUIRED_AGREEMENT, `disagreements:\n${disagreements.join('\n')}`);
  });
});
