// npm run test:vscode — the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
// installed from the packaged VSIX:
//   1. the mocha suite (suite/*.test.ts) inside the extension host, started through the page URL's
//      payload (extensionDevelopmentPath = host/, extensionTestsPath = host/index.js);
//   2. a UI test (ui.mjs) driving the workbench in Debian's Chromium through playwright-core,
//      with a screenshot per step under test-output/screenshots/.
// Prints one line per test and closes with "N passed, N failed". Outside CI a missing code-server
// or Chromium skips the suite with a message; with CI=true it fails.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileHost, copyWorkspace, reportResults, writeUserSettings } from './harness.mjs';
import { runUiTest } from './ui.mjs';

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

// --- 2. Fresh profile, extensions dir, workspace copies and the compiled test host ------------------
rmSync(out, { recursive: true, force: true });
rmSync(screenshots, { recursive: true, force: true });
const dirs = {
  userData: path.join(out, 'user-data'),
  extensions: path.join(out, 'extensions'),
  config: path.join(out, 'config'),
  workspace: path.join(out, 'workspace'),
  workspaceUi: path.join(out, 'workspace-ui'),
  host: path.join(out, 'host'),
};
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
mkdirSync(screenshots, { recursive: true });
copyWorkspace(dirs.workspace);
copyWorkspace(dirs.workspaceUi);
writeUserSettings(dirs.userData);

log('compiling the test host and the mocha suite');
await compileHost(dirs.host);

const csEnv = {
  ...process.env,
  XDG_CONFIG_HOME: dirs.config,
  XDG_DATA_HOME: path.join(out, 'xdg-data'),
  TFKMS_VSCODE_RESULTS: path.join(dirs.host, 'results.json'),
  // The extension host must not find a display or a gallery.
  DISPLAY: '',
};
const csCommon = ['--config', path.join(dirs.config, 'config.yaml'), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
writeFileSync(path.join(dirs.config, 'config.yaml'), 'auth: none\ncert: false\n');

log(`installing ${path.relative(root, vsix)} into a fresh --extensions-dir`);
{
  const r = run(process.execPath, [codeServerEntry, ...csCommon, '--install-extension', vsix], { env: csEnv });
  const list = run(process.execPath, [codeServerEntry, ...csCommon, '--list-extensions', '--show-versions'], { env: csEnv });
  if (r.ok && /tfkms\.terraform-kms@/.test(list.stdout)) pass('code-server --install-extension installs the VSIX', list.stdout.trim());
  else {
    fail('code-server --install-extension installs the VSIX', `${r.out}\n${list.out}`);
    finish();
  }
}

// --- 3. Start code-server on loopback ----------------------------------------------------------------
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const serverLog = createWriteStream(path.join(out, 'code-server.log'));
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
server.on('exit', (code, signal) => (serverExited = `exit ${code ?? signal}`));
const stopServer = () => {
  if (serverExited === null) {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
};
process.on('exit', stopServer);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stopServer(); process.exit(130); });

let browser;
try {
  await waitUntil('code-server to answer /healthz', async () => {
    if (serverExited) throw new Error(`code-server stopped (${serverExited}); see test-output/vscode/code-server.log`);
    try { return (await fetch(`${base}/healthz`)).ok; } catch { return false; }
  }, 60_000);
  log(`code-server listening on ${base}`);

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

  // --- 4. The mocha suite in the extension host -------------------------------------------------------
  {
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(dirs.host)],
      ['extensionTestsPath', remote(path.join(dirs.host, 'index.js'))],
    ];
    const url = `${base}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const pageLog = createWriteStream(path.join(out, 'mocha-page-console.log'));
    page.on('console', (m) => pageLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => pageLog.write(`[pageerror] ${e.message}\n`));
    log('running the mocha suite inside the extension host');
    const resultsFile = path.join(dirs.host, 'results.json');
    const readResults = () => {
      try { return JSON.parse(readFileSync(resultsFile, 'utf8')); } catch { return undefined; }
    };
    const logAtStart = readFileSync(path.join(out, 'code-server.log'), 'utf8').length;
    const extensionHostExited = () => /Extension Host Process exited/.test(readFileSync(path.join(out, 'code-server.log'), 'utf8').slice(logAtStart));
    await page.goto(url);
    let results;
    try {
      const started = Date.now();
      results = await waitUntil('the mocha suite to finish (test-output/vscode/host/results.json)', () => {
        if (serverExited) throw new Error(`code-server stopped (${serverExited})`);
        const r = readResults();
        if (r?.done) return r;
        if (extensionHostExited()) throw new Error('the extension host exited before the suite finished');
        if (!r && Date.now() - started > 120_000) throw new Error('the suite did not start within 120s (extensionTestsPath not run?)');
        return undefined;
      }, suiteTimeoutMs, 250);
    } catch (e) {
      await page.screenshot({ path: path.join(out, 'mocha-timeout.png') }).catch(() => {});
      const partial = readResults();
      fail('mocha suite in the VS Code extension host', `${e.message}\npartial results: ${JSON.stringify(partial?.outcomes?.map((o) => `${o.state} ${o.title}`) ?? 'none')}\nsee test-output/vscode/mocha-page-console.log, code-server.log and mocha-timeout.png`);
    }
    if (results) {
      reportResults(results, { pass, fail, skip });
      log(`mocha suite done in ${(results.durationMs / 1000).toFixed(1)}s`);
    }
    await context.close();
  }

  // --- 5. The UI test through the browser ---------------------------------------------------------------
  {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const pageLog = createWriteStream(path.join(out, 'ui-page-console.log'));
    page.on('console', (m) => pageLog.write(`[${m.type()}] ${m.text()}\n`));
    log('UI test: driving the workbench in Chromium');
    await runUiTest({ page, url: `${base}/?folder=${encodeURIComponent(dirs.workspaceUi)}`, screenshots, pass, fail, log });
    await context.close();
  }
} catch (e) {
  fail('VS Code integration run', `${e?.stack ?? e}\nsee test-output/vscode/code-server.log`);
} finally {
  await browser?.close().catch(() => {});
  stopServer();
}
log(`screenshots: ${path.relative(root, screenshots)}/`);
finish();
