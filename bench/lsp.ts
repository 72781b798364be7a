/**
 * A minimal LSP client for the benchmark: spawns the built server (`dist/server.js --stdio`), speaks JSON-RPC
 * with Content-Length framing, and records when each publishDiagnostics arrives (by uri and version), so that
 * a caller can wait for "the diagnostics of version N" as an event rather than by sleeping.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  code?: string | number;
  source?: string;
}
export interface Publish {
  uri: string;
  version: number | undefined;
  diagnostics: Diagnostic[];
  /** performance.now() when the message was read off the pipe. */
  at: number;
}

type Waiter = { match: (p: Publish) => boolean; resolve: (p: Publish) => void };

export class LspServer {
  readonly proc: ChildProcessWithoutNullStreams;
  /** performance.now() just before spawn. */
  readonly spawnedAt: number;
  private buf: Buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];
  /** Every publish, in arrival order, per uri. */
  readonly publishes = new Map<string, Publish[]>();
  private exited = false;
  stderr = '';

  constructor(serverPath: string) {
    this.spawnedAt = performance.now();
    this.proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => {
      if (this.stderr.length < 100_000) this.stderr += d.toString();
    });
    this.proc.on('exit', () => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error(`server exited\n${this.stderr}`));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.proc.pid!;
  }

  private onData(d: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, d]) : d;
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, headerEnd).toString('ascii'));
      if (!m) throw new Error('bad LSP header');
      const len = Number(m[1]);
      const start = headerEnd + 4;
      if (this.buf.length < start + len) return;
      const body = this.buf.subarray(start, start + len).toString('utf8');
      this.buf = this.buf.subarray(start + len);
      this.onMessage(JSON.parse(body) as Record<string, unknown>, performance.now());
    }
  }

  private onMessage(msg: Record<string, unknown>, at: number): void {
    if (typeof msg.id === 'number' && ('result' in msg || 'error' in msg)) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!p) return;
      if (msg.error) p.reject(new Error(JSON.stringify(msg.error)));
      else p.resolve(msg.result);
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const params = msg.params as { uri: string; version?: number; diagnostics: Diagnostic[] };
      const pub: Publish = { uri: params.uri, version: params.version, diagnostics: params.diagnostics, at };
      let list = this.publishes.get(pub.uri);
      if (!list) this.publishes.set(pub.uri, (list = []));
      list.push(pub);
      const still: Waiter[] = [];
      for (const w of this.waiters) {
        if (w.match(pub)) w.resolve(pub);
        else still.push(w);
      }
      this.waiters = still;
      return;
    }
    // Requests from the server (configuration, registration): answer so that it is not left waiting.
    if (typeof msg.id === 'number' || typeof msg.id === 'string') {
      this.write({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? [{}] : null });
    }
  }

  private write(msg: object): void {
    const s = JSON.stringify(msg);
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`);
  }

  notify(method: string, params: object): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  request<T>(method: string, params: object): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.exited) return reject(new Error('server exited'));
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** The first publish (already arrived or future) for `uri` that satisfies `match`. */
  waitFor(uri: string, match: (p: Publish) => boolean, timeoutMs = 60_000): Promise<Publish> {
    const seen = this.publishes.get(uri)?.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise<Publish>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms\n${this.stderr.slice(-2000)}`)), timeoutMs);
      this.waiters.push({
        match: (p) => p.uri === uri && match(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** Diagnostics of exactly `version` of `uri`. */
  waitForVersion(uri: string, version: number, timeoutMs?: number): Promise<Publish> {
    return this.waitFor(uri, (p) => p.version === version, timeoutMs);
  }

  async initialize(rootPath?: string): Promise<void> {
    const rootUri = rootPath ? `file://${rootPath}` : null;
    await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootPath ? [{ uri: rootUri, name: 'bench' }] : null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    this.notify('initialized', {});
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version, text } });
  }

  change(uri: string, version: number, range: Range, text: string): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** VmRSS of the server process, in MiB. */
  rssMiB(): number {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  }

  async shutdown(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((r) => this.proc.once('exit', () => r()));
    try {
      await Promise.race([this.request('shutdown', {}), exited]);
      this.notify('exit', {});
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
}
