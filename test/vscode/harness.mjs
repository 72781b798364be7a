// Pieces shared by the code-server runner (run.mjs) and the Electron runner (electron.mjs).
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');

/** Compiles host/index.ts and suite/*.test.ts into `hostDir` (the extensionDevelopmentPath). */
export async function compileHost(hostDir) {
  const esbuild = await import('esbuild');
  const suiteFiles = readdirSync(path.join(here, 'suite')).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(here, 'suite', f));
  const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', external: ['vscode', 'mocha'], logLevel: 'warning' };
  await esbuild.build({ ...common, entryPoints: [path.join(here, 'host/index.ts')], outfile: path.join(hostDir, 'index.js') });
  await esbuild.build({ ...common, entryPoints: suiteFiles, outdir: path.join(hostDir, 'suite') });
  cpSync(path.join(here, 'host/package.json'), path.join(hostDir, 'package.json'));
}

/** A fresh copy of the fixture workspace: the suite edits documents. */
export function copyWorkspace(target) {
  cpSync(path.join(here, 'workspace'), target, { recursive: true });
}

/** User settings that keep a test profile quiet and deterministic. */
export function writeUserSettings(userDataDir) {
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.reduceMotion': 'on',
    'workbench.colorTheme': 'Default Light Modern',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'editor.hover.delay': 300,
    'editor.quickSuggestionsDelay': 10,
    'files.autoSave': 'off',
    'chat.disableAIFeatures': true,
  };
  writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));
}

/** Prints the suite's results.json (written by host/index.ts) through the runner's pass/fail/skip. */
export function reportResults(results, { pass, fail, skip }) {
  const reasons = results.skipReasons ?? {};
  for (const o of results.outcomes) {
    const name = `vscode: ${o.title}`;
    if (o.state === 'passed') pass(name, `${o.durationMs}ms`);
    else if (o.state === 'pending') skip(name, reasons[o.title] ?? o.error ?? 'skipped by the suite');
    else fail(name, o.error);
  }
  if (results.fatal) fail('mocha suite ran to the end', results.fatal);
  if (results.outcomes.length === 0) fail('mocha suite ran at least one test', 'no test reported');
}
