/**
 * extensionTestsPath entry: VS Code calls run() inside the extension host once the window is up.
 * It runs the mocha suites compiled beside it (suite/*.test.js) and writes the outcome to
 * results.json next to this file, which the outer runner (test/vscode/run.mjs) reads; the extension
 * host's console only reaches a log file in code-server, so the file is the channel back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export async function run(): Promise<void> {
  const resultsFile = process.env.TFKMS_VSCODE_RESULTS ?? path.join(__dirname, 'results.json');
  const outcomes: TestOutcome[] = [];
  const startedAt = Date.now();
  const write = (done: boolean, fatal?: string) =>
    fs.writeFileSync(
      resultsFile,
      JSON.stringify({ done, fatal, durationMs: Date.now() - startedAt, outcomes, skipReasons: (globalThis as { __tfkmsSkipReasons?: unknown }).__tfkmsSkipReasons ?? {} }, null, 2),
    );
  write(false);
  try {
    // Resolved from the project's node_modules (the compiled host lives under test-output/).
    // Mocha 12 is an ES module: require() hands back its namespace.
    const exported = require('mocha') as { Mocha?: typeof import('mocha'); default?: typeof import('mocha') };
    const Mocha = (exported.Mocha ?? exported.default ?? exported) as typeof import('mocha');
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
    const suiteDir = path.join(__dirname, 'suite');
    // TFKMS_VSCODE_SUITES names the suites of this run (`beside` for beside.test.js); by default every suite
    // but the ones that need a companion extension installed next to this one.
    const chosen = process.env.TFKMS_VSCODE_SUITES?.split(',').filter(Boolean);
    const wanted = (f: string) => (chosen ? chosen.includes(f.replace(/\.test\.js$/, '')) : !f.startsWith('beside'));
    for (const file of fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js') && wanted(f)).sort()) {
      mocha.addFile(path.join(suiteDir, file));
    }
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (t) => {
        outcomes.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 });
        write(false);
      });
      runner.on('fail', (t, err: Error) => {
        outcomes.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: String(err?.stack ?? err) });
        write(false);
      });
      runner.on('pending', (t) => {
        outcomes.push({ title: t.fullTitle(), state: 'pending', durationMs: 0, error: (t as { skipReason?: string }).skipReason });
        write(false);
      });
    });
    write(true);
  } catch (e) {
    write(true, String((e as Error)?.stack ?? e));
  }
  const failed = outcomes.filter((o) => o.state === 'failed').length;
  if (failed) throw new Error(`${failed} test(s) failed`);
}
