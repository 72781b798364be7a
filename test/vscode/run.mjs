// npm run test:vscode — the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
// installed from the packaged VSIX, in three configurations, each with its own code-server, user data and
// extensions dir:
//   alone             this extension only: the mocha suite (suite/extension.test.ts) inside the extension
//                     host, started through the page URL's payload (extensionDevelopmentPath = host/,
//                     extensionTestsPath = host/index.js); a UI test (ui.mjs) driving the workbench in Debian's
//                     Chromium through playwright-core, with a screenshot per step under test-output/screenshots/;
//                     and the tokens of a .tf file (semantic) and of a ```terraform block in Markdown (TextMate).
//   beside-hashicorp  with a stand-in of HashiCorp's extension (standins.mjs): suite/beside.test.ts, and the
//                     tokens of a .tf file carry the stand-in's TextMate scopes.
//   beside-opentofu   the same with a stand-in of OpenTofu's extension, for .tofu and .tf files.
//   node test/vscode/run.mjs --only beside-hashicorp[,alone]   runs only those.
// Prints one line per test and closes with "N passed, N failed". Outside CI a missing code-server
// or Chromium skips the suite with a message; with CI=true it fails.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileHost, copyWorkspace, reportResults, writeUserSettings } from './harness.mjs';
import { STANDINS, buildStandin } from './standins.mjs';
import { inspectTokens, runUiTest } from './ui.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const inCI = process.env.CI === 'true' || process.env.CI === '1';
const out = path.join(root, 'test-output/vscode');
const screenshots = path.join(root, 'test-output/screenshots');
// TFKMS_VSIX tests a VSIX built elsewhere (no packaging step then).
const vsix = process.env.TFKMS_VSIX ? path.resolve(process.env.TFKMS_VSIX) : path.join(root, 'dist-vsix/terraform-kms.vsix');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const suiteTimeoutMs = Number(process.env.TFKMS_VSCODE_TIMEOUT_MS ?? 240_000);
const t0 = Date.now();

let passed = 0;
let failed = 0;
let skipped = 0;
const pass = (name, detail = '') => { passed++; console.log(`✔ ${name}${detail ? ` (${detail})` : ''}`); };
const fail = (name, detail = '') => { failed++; console.log(`✖ ${name}${detail ? `\n${indent(detail)}` : ''}`); };
const skip = (name, why) => { skipped++; console.log(`- ${name} # SKIP ${why}`); };
const indent = (text) => String(text).split('\n').slice(0, 40).map((l) => `    ${l}`).join('\n');
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (msg) => console.log(`# [${elapsed()}] ${msg}`);

function finish() {
  log(`test:vscode finished`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed ? 1 : 0);
}

/** Environment missing: skip outside CI, fail in CI. */
function unavailable(what, how) {
  if (inCI) fail(`VS Code integration environment: ${what}`, `CI=true, so this is a failure. ${how}`);
  else skip('VS Code integration suite', `${what}. ${how}`);
  finish();
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...opts });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, stdout: r.stdout ?? '' };
}

function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) visit(path.join(p, f));
    else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntil(what, probe, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// --- 1. The environment: Chromium, playwright-core, code-server, the VSIX --------------------------
if (!existsSync(chromiumPath)) unavailable(`Chromium not found at ${chromiumPath}`, 'Install it with `apt-get install chromium` (or run .ci/setup.sh), or set CHROMIUM_PATH.');
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  unavailable('playwright-core is not installed', 'Run npm ci.');
}

log('installing code-server (cached after the first run)');
const install = run('bash', [path.join(root, 'scripts/code-server/install.sh')]);
const codeServerEntry = install.stdout.trim().split('\n').pop();
if (!install.ok || !existsSync(codeServerEntry ?? '')) {
  unavailable('code-server could not be installed', `scripts/code-server/install.sh failed (needs ripgrep, libkrb5-dev, g++):\n${install.out.slice(-3000)}`);
}

const vsixInputs = ['dist', 'package.json', 'syntaxes', 'snippets', 'language-configuration.json', 'client/src', 'server/src'].map((p) => path.join(root, p));
if (!process.env.TFKMS_VSIX && (!existsSync(vsix) || statSync(vsix).mtimeMs < newestMtime(vsixInputs))) {
  log(`packaging the VSIX (${existsSync(vsix) ? 'older than its inputs' : 'missing'}): npm run package`);
  mkdirSync(path.dirname(vsix), { recursive: true }); // vsce does not create --out's folder
  const pkg = run('npm', ['run', 'package']);
  if (!pkg.ok || !existsSync(vsix)) {
    fail('npm run package writes dist-vsix/terraform-kms.vsix', pkg.out.slice(-3000));
    finish();
  }
}

// --- 2. The compiled test host, the stand-in extensions, the browser ----------------------------------------
rmSync(out, { recursive: true, force: true });
rmSync(screenshots, { recursive: true, force: true });
mkdirSync(screenshots, { recursive: true });
const hostDir = path.join(out, 'host');
log('compiling the test host and the mocha suites');
await compileHost(hostDir);
log('packaging the stand-ins of HashiCorp\'s and OpenTofu\'s extensions');
const standinVsix = {};
try {
  for (const key of Object.keys(STANDINS)) standinVsix[key] = buildStandin(key, path.join(out, 'standins'));
} catch (e) {
  fail('the stand-in extensions package with @vscode/vsce', `${e?.stderr ?? ''}${e?.stack ?? e}`);
  finish();
}

const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1]?.split(',') : undefined;

/**
 * Tokens checked from the browser with "Developer: Inspect Editor Tokens and Scopes" (the extension API has no
 * TextMate scopes; `_workbench.captureSyntaxTokens` is registered only in desktop VS Code, not in code-server).
 * `line`/`column` are 1-based; `expect` must match the widget's text, `reject` must not.
 */
const configurations = [
  {
    name: 'alone',
    vsixes: [vsix],
    suites: 'extension,switch',
    env: { TFKMS_VSCODE_HASHICORP_VSIX: standinVsix.hashicorp },
    ui: true,
    tokens: [
      { file: 'main.tf', line: 1, column: 2, what: 'a .tf file is highlighted by semantic tokens: resource is a keyword', expect: [/semantic token type\s*keyword/], reject: [/textmate scopes/] },
      { file: 'notes.md', line: 4, column: 2, what: 'a ```terraform block in Markdown is coloured by the grammar', expect: [/keyword\.other\.block\.terraform/, /meta\.embedded\.block\.terraform/] },
    ],
  },
  {
    name: 'beside-hashicorp',
    vsixes: [vsix, standinVsix.hashicorp],
    extensionIds: [STANDINS.hashicorp.id],
    suites: 'beside',
    env: { TFKMS_VSCODE_BESIDE: 'hashicorp' },
    tokens: [
      { file: 'main.tf', line: 1, column: 2, what: 'a .tf file keeps HashiCorp\'s grammar', expect: [/keyword\.other\.standin-hashicorp/, /language\s*terraform/], reject: [/semantic token type/] },
      { file: 'main.tf', line: 2, column: 4, what: 'an argument name has HashiCorp\'s scope too', expect: [/variable\.other\.standin-hashicorp/], reject: [/semantic token type/, /source\.terraform\b/] },
    ],
  },
  {
    name: 'beside-opentofu',
    vsixes: [vsix, standinVsix.opentofu],
    extensionIds: [STANDINS.opentofu.id],
    suites: 'beside',
    env: { TFKMS_VSCODE_BESIDE: 'opentofu' },
    tokens: [
      { file: 'kms.tofu', line: 1, column: 2, what: 'a .tofu file has OpenTofu\'s grammar', expect: [/keyword\.other\.standin-opentofu/, /language\s*opentofu/], reject: [/semantic token type/] },
      { file: 'legacy.tf', line: 1, column: 2, what: 'a .tf file stays OpenTofu\'s, with its grammar', expect: [/keyword\.other\.standin-opentofu/, /language\s*opentofu/], reject: [/semantic token type/] },
    ],
  },
];

let browser;
try {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--disable-default-apps', '--disable-extensions',
      // playwright-core gives every launch a fresh, temporary --user-data-dir of its own.
    ],
  });
  for (const config of configurations) {
    if (only && !only.includes(config.name)) continue;
    await runConfiguration(config);
  }
} catch (e) {
  fail('VS Code integration run', `${e?.stack ?? e}\nsee test-output/vscode/*/code-server.log`);
} finally {
  await browser?.close().catch(() => {});
}
log(`screenshots: ${path.relative(root, screenshots)}/`);
finish();

// --- 3. One configuration: a fresh profile and extensions dir, its own code-server ---------------------------
async function runConfiguration(config) {
  const dir = path.join(out, config.name);
  const label = (name) => (config.name === 'alone' ? name : `${config.name}: ${name}`);
  log(`--- ${config.name}`);
  const dirs = {
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    config: path.join(dir, 'config'),
    workspace: path.join(dir, 'workspace'),
    workspaceUi: path.join(dir, 'workspace-ui'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  copyWorkspace(dirs.workspace);
  copyWorkspace(dirs.workspaceUi);
  writeUserSettings(dirs.userData);
  const resultsFile = path.join(dir, 'results.json');
  const csEnv = {
    ...process.env,
    ...config.env,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    TFKMS_VSCODE_RESULTS: resultsFile,
    TFKMS_VSCODE_SUITES: config.suites,
    // The extension host must not find a display or a gallery.
    DISPLAY: '',
  };
  const csCommon = ['--config', path.join(dirs.config, 'config.yaml'), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  writeFileSync(path.join(dirs.config, 'config.yaml'), 'auth: none\ncert: false\n');

  const names = config.vsixes.map((v) => path.relative(root, v)).join(', ');
  log(`installing ${names} into a fresh --extensions-dir`);
  {
    const r = run(process.execPath, [codeServerEntry, ...csCommon, ...config.vsixes.flatMap((v) => ['--install-extension', v])], { env: csEnv });
    const list = run(process.execPath, [codeServerEntry, ...csCommon, '--list-extensions', '--show-versions'], { env: csEnv });
    const expected = ['tfkms.terraform-kms', ...(config.extensionIds ?? [])];
    const what = config.vsixes.length > 1 ? 'installs the VSIX and the stand-in VSIX' : 'installs the VSIX';
    if (r.ok && expected.every((id) => list.stdout.includes(`${id}@`))) pass(label(`code-server --install-extension ${what}`), list.stdout.trim().replace(/\n/g, ', '));
    else {
      fail(label(`code-server --install-extension ${what}`), `${r.out}\n${list.out}`);
      return;
    }
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverLogPath = path.join(dir, 'code-server.log');
  const serverLog = createWriteStream(serverLogPath);
  const server = spawn(
    process.execPath,
    [
      codeServerEntry, ...csCommon,
      '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--disable-proxy', '--ignore-last-opened', '--log', 'info',
    ],
    { env: csEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  let serverExited = null;
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => {
    serverExited = `exit ${code ?? signal}`;
    resolve();
  }));
  const stopServer = () => {
    if (serverExited === null) {
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  };
  process.on('exit', stopServer);
  const onSignal = () => { stopServer(); process.exit(130); };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, onSignal);

  try {
    await waitUntil('code-server to answer /healthz', async () => {
      if (serverExited) throw new Error(`code-server stopped (${serverExited}); see ${path.relative(root, serverLogPath)}`);
      try { return (await fetch(`${base}/healthz`)).ok; } catch { return false; }
    }, 60_000);
    log(`code-server listening on ${base}`);

    // The mocha suite in the extension host.
    {
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
      const payload = [
        ['extensionDevelopmentPath', remote(hostDir)],
        ['extensionTestsPath', remote(path.join(hostDir, 'index.js'))],
      ];
      const url = `${base}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const pageLog = createWriteStream(path.join(dir, 'mocha-page-console.log'));
      page.on('console', (m) => pageLog.write(`[${m.type()}] ${m.text()}\n`));
      page.on('pageerror', (e) => pageLog.write(`[pageerror] ${e.message}\n`));
      log(`running the mocha suite (${config.suites}) inside the extension host`);
      const readResults = () => {
        try { return JSON.parse(readFileSync(resultsFile, 'utf8')); } catch { return undefined; }
      };
      const logAtStart = readFileSync(serverLogPath, 'utf8').length;
      const extensionHostExited = () => /Extension Host Process exited/.test(readFileSync(serverLogPath, 'utf8').slice(logAtStart));
      await page.goto(url);
      let results;
      try {
        const started = Date.now();
        results = await waitUntil(`the mocha suite to finish (${path.relative(root, resultsFile)})`, () => {
          if (serverExited) throw new Error(`code-server stopped (${serverExited})`);
          const r = readResults();
          if (r?.done) return r;
          if (extensionHostExited()) throw new Error('the extension host exited before the suite finished');
          if (!r && Date.now() - started > 120_000) throw new Error('the suite did not start within 120s (extensionTestsPath not run?)');
          return undefined;
        }, suiteTimeoutMs, 250);
      } catch (e) {
        await page.screenshot({ path: path.join(dir, 'mocha-timeout.png') }).catch(() => {});
        const partial = readResults();
        fail(label('mocha suite in the VS Code extension host'), `${e.message}\npartial results: ${JSON.stringify(partial?.outcomes?.map((o) => `${o.state} ${o.title}`) ?? 'none')}\nsee ${path.relative(root, dir)}/mocha-page-console.log, code-server.log and mocha-timeout.png`);
      }
      if (results) {
        reportResults(results, { pass, fail, skip });
        log(`mocha suite done in ${(results.durationMs / 1000).toFixed(1)}s`);
      }
      await context.close();
    }

    // The UI test and the token checks through the browser.
    {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const pageLog = createWriteStream(path.join(dir, 'ui-page-console.log'));
      page.on('console', (m) => pageLog.write(`[${m.type()}] ${m.text()}\n`));
      const url = `${base}/?folder=${encodeURIComponent(dirs.workspaceUi)}`;
      if (config.ui) {
        log('UI test: driving the workbench in Chromium');
        await runUiTest({ page, url, screenshots, pass, fail, log });
      }
      await inspectTokens({ page, url, loaded: !!config.ui, checks: config.tokens, prefix: config.name, screenshots, pass: (n, d) => pass(label(n), d), fail: (n, d) => fail(label(n), d), log });
      await context.close();
    }
  } finally {
    stopServer();
    process.off('exit', stopServer);
    for (const sig of ['SIGINT', 'SIGTERM']) process.off(sig, onSignal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
}
