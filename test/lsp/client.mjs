// A minimal LSP client for tests: spawns the built server over stdio and speaks JSON-RPC to it, as an editor would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const serverPath = join(root, 'dist/server.js');

export class LspClient {
  /** @param {{ capabilities?: object, initializationOptions?: object }} [opts] */
  static async start(opts = {}) {
    const proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const c = new LspClient(proc);
    await c.initialize(opts);
    return c;
  }

  constructor(proc) {
    this.proc = proc;
    this.stderr = '';
    this.exited = false;
    this.logs = [];
    proc.stderr.on('data', (d) => (this.stderr += d));
    proc.on('exit', () => (this.exited = true));
    this.conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    /** @type {Map<string, object[]>} */
    this.diagnostics = new Map();
    this.waiters = [];
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.waiters = this.waiters.filter((w) => !w(p));
    });
    this.conn.onNotification('window/logMessage', (p) => this.logs.push(p.message));
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.listen();
  }

  async initialize({ capabilities = {}, initializationOptions } = {}) {
    this.initializeResult = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } }, ...capabilities },
      ...(initializationOptions ? { initializationOptions } : {}),
    });
    await this.conn.sendNotification('initialized', {});
    return this.initializeResult;
  }

  /** Resolves with the next diagnostics for `uri` (optionally of `version`); rejects after `ms`. */
  nextDiagnostics(uri, version, ms = 20000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${ms} ms; stderr: ${this.stderr}`)), ms);
      this.waiters.push((p) => {
        if (p.uri !== uri || (version !== undefined && p.version !== version)) return false;
        clearTimeout(timer);
        resolve(p.diagnostics);
        return true;
      });
    });
  }

  async open(uri, text, version = 1) {
    const d = this.nextDiagnostics(uri, version);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version, text } });
    return d;
  }

  async change(uri, version, contentChanges) {
    const d = this.nextDiagnostics(uri, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return d;
  }

  request(method, params) {
    return this.conn.sendRequest(method, params);
  }

  async stop() {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    this.conn.dispose();
    if (!this.exited) this.proc.kill();
  }
}

/** Position of the first `$0` in `marked`, and the text without it. */
export function cursor(marked) {
  const i = marked.indexOf('$0');
  const text = marked.slice(0, i) + marked.slice(i + 2);
  const before = text.slice(0, i);
  const line = before.split('\n').length - 1;
  return { text, position: { line, character: i - (before.lastIndexOf('\n') + 1) } };
}
