// The npm package as a user gets it: `npm pack`, then `npm install -g` of the tarball into a temporary prefix
// with no network, then the `tfkms` and `tfkms-ls` bins run from a folder outside the repository, so nothing
// resolves from its node_modules.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

let tmp; // holds the tarball, the prefix, the npm cache and the fixture, all removed after
let prefix;
let work;
let packedFiles;

/** npm with a private cache and config, so that neither the user's ~/.npmrc nor the network play a part. */
function runNpm(args, cwd) {
  const env = { ...process.env, npm_config_cache: join(tmp, 'npm-cache'), npm_config_userconfig: join(tmp, 'npmrc'), npm_config_update_notifier: 'false' };
  for (const k of Object.keys(env)) if (/^npm_(lifecycle|package)_/i.test(k)) delete env[k];
  const r = spawnSync(npm, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function bin(name) {
  return process.platform === 'win32' ? join(prefix, `${name}.cmd`) : join(prefix, 'bin', name);
}

before(() => {
  assert.ok(existsSync(join(root, 'dist/cli.js')), 'dist/cli.js is missing: run `npm run build` first');
  assert.ok(existsSync(join(root, 'dist/server.js')), 'dist/server.js is missing: run `npm run build` first');
  tmp = mkdtempSync(join(tmpdir(), 'tfkms-pack-'));
  writeFileSync(join(tmp, 'npmrc'), '');
  prefix = join(tmp, 'prefix');
  work = join(tmp, 'work');
  mkdirSync(join(tmp, 'tarball'));
  mkdirSync(work);
  writeFileSync(join(work, 'main.tf'), 'resource "aws_kms_key" "k" {\n  enable_key_rotation = false\n}\n');
  // --ignore-scripts: prepack would rebuild (minified) into dist/ under the other tests' feet; the tests pack
  // what `npm run build` made.
  const out = JSON.parse(runNpm(['pack', '--json', '--ignore-scripts', '--pack-destination', join(tmp, 'tarball')], root));
  packedFiles = out[0].files.map((f) => f.path);
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm package', () => {
  it('has no runtime dependencies (everything is bundled)', () => {
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), []);
  });

  it('packs the bundles, the wasm files, the rule docs and the schemas, and nothing else of the repository', () => {
    for (const f of ['package.json', 'dist/cli.js', 'dist/server.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-terraform.wasm', 'docs/rules/key-rotation-disabled.md', 'schemas/tfkms.schema.json']) {
      assert.ok(packedFiles.includes(f), `${f} is not in the package`);
    }
    const stray = packedFiles.filter((f) => /^(client|server|test|node_modules|scripts|bench|src|\.[^/]+)\/|^dist\/extension\.js|\.ts$|\.map$|\.vsix$/.test(f));
    assert.deepEqual(stray, [], 'files that do not belong in the package');
  });

  it('installs globally with no network, and its bins run outside the repository', async (t) => {
    const tarball = readdirSync(join(tmp, 'tarball')).find((f) => f.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack wrote no .tgz');
    runNpm(['install', '-g', '--prefix', prefix, join(tmp, 'tarball', tarball), '--offline', '--no-audit', '--no-fund'], tmp);
    assert.ok(existsSync(bin('tfkms')), `no ${bin('tfkms')} after install`);
    assert.ok(existsSync(bin('tfkms-ls')), `no ${bin('tfkms-ls')} after install`);
    // A PATH with node only (not the repository's node_modules/.bin), and no NODE_PATH.
    const env = { PATH: dirname(process.execPath), HOME: tmp, TMPDIR: tmpdir() };

    await t.test('tfkms --format json reports the finding', () => {
      const r = spawnSync(bin('tfkms'), ['--format', 'json', '.'], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
      // key-rotation-disabled is a warning and key-without-policy info: below the default --fail-on error, so exit 0.
      assert.equal(r.status, 0, `exit ${r.status ?? r.signal}; stderr: ${r.stderr}`);
      const out = JSON.parse(r.stdout);
      assert.equal(out.version, pkg.version);
      assert.equal(out.files, 1);
      assert.deepEqual(
        out.findings.map((f) => [f.file, f.line, f.severity, f.ruleId, f.address]),
        [
          ['main.tf', 1, 'info', 'key-without-policy', 'aws_kms_key.k'],
          ['main.tf', 2, 'warning', 'key-rotation-disabled', 'aws_kms_key.k'],
        ],
      );
      assert.deepEqual(out.summary, { error: 0, warning: 1, info: 1, hint: 0, suppressed: 0 });
      assert.match(r.stderr, /^tfkms: 1 file/);
      const failing = spawnSync(bin('tfkms'), ['--fail-on', 'warning', 'main.tf'], { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
      assert.equal(failing.status, 1, failing.stderr);
      assert.match(failing.stdout, /^main\.tf:2:25: warning key-rotation-disabled: /m);
    });

    await t.test('tfkms-ls --stdio answers initialize and exits on shutdown/exit', async () => {
      const proc = spawn(bin('tfkms-ls'), ['--stdio'], { cwd: work, env, stdio: ['pipe', 'pipe', 'pipe'] });
      try {
        const ls = lsp(proc);
        const init = await ls.request(1, 'initialize', { processId: process.pid, rootUri: null, capabilities: {} });
        assert.ok(init.result, `initialize failed: ${JSON.stringify(init.error)}; stderr: ${ls.stderr()}`);
        const caps = init.result.capabilities;
        assert.ok(caps.completionProvider, 'no completionProvider');
        assert.ok(caps.hoverProvider, 'no hoverProvider');
        assert.ok(caps.textDocumentSync !== undefined, 'no textDocumentSync');
        ls.notify('initialized', {});
        const shut = await ls.request(2, 'shutdown');
        assert.equal(shut.result, null, JSON.stringify(shut));
        const exited = ls.exit(15_000);
        ls.notify('exit');
        const code = await exited;
        assert.equal(code, 0, `exit code ${code}; stderr: ${ls.stderr()}`);
      } finally {
        if (proc.exitCode === null && proc.signalCode === null) proc.kill();
      }
    });
  });
});

/** JSON-RPC over the process's stdio with Content-Length framing; every wait rejects after a timeout. */
function lsp(proc) {
  let buf = Buffer.alloc(0);
  let stderr = '';
  const pending = new Map();
  const failAll = (err) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  proc.stderr.on('data', (d) => (stderr += d));
  // A server that dies at once (no shebang, a missing file) closes stdin: let the exit, with its stderr, be the error.
  proc.stdin.on('error', () => {});
  proc.on('error', (e) => failAll(e));
  proc.on('exit', (code, signal) => failAll(new Error(`server exited (${code ?? signal}) before answering; stderr: ${stderr}`)));
  proc.stdout.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(buf.subarray(0, end).toString('ascii'));
      if (!m) throw new Error(`bad header: ${buf.subarray(0, end)}`);
      const len = Number(m[1]);
      if (buf.length < end + 4 + len) return;
      const msg = JSON.parse(buf.subarray(end + 4, end + 4 + len).toString('utf8'));
      buf = buf.subarray(end + 4 + len);
      if (msg.id !== undefined && msg.method === undefined) {
        pending.get(msg.id)?.resolve(msg);
        pending.delete(msg.id);
      } else if (msg.id !== undefined) {
        // A request from the server (workspace/configuration, client/registerCapability): answer it blandly.
        send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => null) : null });
      }
    }
  });
  function send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    proc.stdin.write(body);
  }
  return {
    stderr: () => stderr,
    request(id, method, params, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${ms} ms; stderr: ${stderr}`)), ms);
        pending.set(id, {
          resolve: (v) => (clearTimeout(timer), resolve(v)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        });
        send({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
      });
    },
    notify(method, params) {
      send({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
    },
    /** Resolves with the exit code when the process exits; rejects if it has not within `ms`. */
    exit(ms) {
      return new Promise((resolve, reject) => {
        if (proc.exitCode !== null) return resolve(proc.exitCode);
        const timer = setTimeout(() => reject(new Error(`server still running ${ms} ms after exit; stderr: ${stderr}`)), ms);
        proc.once('exit', (code, signal) => (clearTimeout(timer), resolve(code ?? signal)));
      });
    },
  };
}
