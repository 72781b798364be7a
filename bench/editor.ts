/**
 * Editor scenarios against the built server over stdio: keystrokes -> diagnostics of that version (one at a
 * time, and 30 ms apart), a stray quote, completion and hover at spread positions, completion right after a
 * keystroke, spawn -> first diagnostics, and the server's RSS.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspServer, type Publish } from './lsp';
import { dist, median, type Dist } from './stats';
import { BenchDoc, offsetOf, probes } from './text';

export interface Ctx {
  serverPath: string;
  quick: boolean;
  log: (s: string) => void;
}

const SYNTAX = 'syntax-error';
const syntaxCount = (p: Publish) => p.diagnostics.filter((d) => d.code === SYNTAX).length;

/** Opens `path` in a new server (no workspace folder) and waits for the diagnostics of version 1. */
async function openFresh(ctx: Ctx, path: string): Promise<{ server: LspServer; doc: BenchDoc; openMs: number; baseline: number }> {
  const server = new LspServer(ctx.serverPath);
  await server.initialize();
  const doc = new BenchDoc(pathToFileURL(path).href, readFileSync(path, 'utf8'));
  const t0 = performance.now();
  server.open(doc.uri, doc.text);
  const first = await server.waitForVersion(doc.uri, 1, 120_000);
  return { server, doc, openMs: first.at - t0, baseline: first.diagnostics.length };
}

/** One keystroke: send the change, wait for the diagnostics of its version. */
async function keystroke(server: LspServer, doc: BenchDoc, at: number, text: string, end = at): Promise<{ ms: number; pub: Publish }> {
  const { version, range } = doc.edit(at, end, text);
  const t0 = performance.now();
  server.change(doc.uri, version, range, text);
  const pub = await server.waitForVersion(doc.uri, version);
  return { ms: pub.at - t0, pub };
}

export interface Burst {
  keystrokes: number;
  /** Versions that got diagnostics of their own. */
  versionsWithDiagnostics: number;
  /** Each keystroke -> the first diagnostics of its version or a later one. */
  perKeystroke: Dist;
  /** Last keystroke -> diagnostics of its version. */
  lastToDiagnostics: Dist;
  /**
   * A hover sent right after the last keystroke -> its answer: how far behind the server's message queue is at
   * the end of the burst (an idle server answers in about a millisecond).
   */
  hoverAfterLast: Dist;
}

/** `n` one-character keystrokes sent 30 ms apart (on a schedule, not drifting), `rounds` times. */
async function burst(server: LspServer, doc: BenchDoc, at: number, n: number, rounds: number): Promise<Burst> {
  const per: number[] = [];
  const last: number[] = [];
  const hover: number[] = [];
  let own = 0;
  for (let r = 0; r < rounds; r++) {
    const sent = new Map<number, number>();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const due = t0 + i * 30;
      const wait = due - performance.now();
      // The deliberate 30 ms spacing of typed keystrokes (the only timed wait of the benchmark).
      if (wait > 0) await new Promise((res) => setTimeout(res, wait));
      const { version, range } = doc.edit(at + r * n + i, at + r * n + i, 'y');
      sent.set(version, performance.now());
      server.change(doc.uri, version, range, 'y');
    }
    const lastVersion = doc.version;
    const h0 = performance.now();
    const hovered = server.request('textDocument/hover', { textDocument: { uri: doc.uri }, position: doc.position(at) }).then(() => hover.push(performance.now() - h0));
    const lastPub = await server.waitForVersion(doc.uri, lastVersion);
    await hovered;
    const pubs = (server.publishes.get(doc.uri) ?? []).filter((p) => p.version !== undefined && sent.has(p.version));
    for (const [v, t] of sent) {
      if (pubs.some((p) => p.version === v)) own++;
      const next = pubs.find((p) => p.version! >= v && p.at >= t);
      per.push((next ?? lastPub).at - t);
    }
    last.push(lastPub.at - sent.get(lastVersion)!);
  }
  return { keystrokes: n * rounds, versionsWithDiagnostics: own, perKeystroke: dist(per), lastToDiagnostics: dist(last), hoverAfterLast: dist(hover) };
}

export interface StrayQuote {
  /** Typing the quote -> diagnostics of that version. */
  insert: Dist;
  /** Deleting it -> diagnostics of that version. */
  remove: Dist;
  /** Diagnostics of the file before, with the quote, and after removing it (of the last try). */
  baseline: number;
  withQuote: number;
  syntaxWithQuote: number;
  afterRemove: number;
}

async function strayQuote(server: LspServer, doc: BenchDoc, tries: number, baseline: number): Promise<StrayQuote> {
  const ins: number[] = [];
  const rem: number[] = [];
  let withQuote = 0;
  let syntaxWithQuote = 0;
  let afterRemove = 0;
  for (let i = 0; i < tries; i++) {
    // `deletion_window_in_days = "var.x` in a key near the middle (a different one each try): an unclosed string.
    const from = Math.floor((doc.text.length * (0.4 + (0.2 * i) / tries)));
    const at = offsetOf(doc.text, 'deletion_window_in_days = ', from, 'deletion_window_in_days = '.length);
    const a = await keystroke(server, doc, at, '"');
    ins.push(a.ms);
    withQuote = a.pub.diagnostics.length;
    syntaxWithQuote = syntaxCount(a.pub);
    const b = await keystroke(server, doc, at, '', at + 1);
    rem.push(b.ms);
    afterRemove = b.pub.diagnostics.length;
  }
  return { insert: dist(ins), remove: dist(rem), baseline, withQuote, syntaxWithQuote, afterRemove };
}

export interface Requests {
  positions: number;
  completion: Dist;
  completionNonEmpty: number;
  hover: Dist;
  hoverNonNull: number;
  /** didChange then completion at once: completion latency. */
  completionAfterKeystroke: Dist;
  /** How often the diagnostics of that version arrived before the completion answer (completion waited for them). */
  diagnosticsBeforeCompletion: number;
}

async function requests(server: LspServer, doc: BenchDoc, count: number, afterKeystroke: number): Promise<Requests> {
  const list = probes(doc.text, count);
  const comp: number[] = [];
  const hov: number[] = [];
  let nonEmpty = 0;
  let nonNull = 0;
  const textDocument = { uri: doc.uri };
  // Warm-up: one of each.
  await server.request('textDocument/completion', { textDocument, position: doc.position(list[0]!.offset) });
  await server.request('textDocument/hover', { textDocument, position: doc.position(list[0]!.offset) });
  for (const p of list) {
    const position = doc.position(p.offset);
    let t0 = performance.now();
    const c = await server.request<{ items: unknown[] } | unknown[] | null>('textDocument/completion', { textDocument, position });
    comp.push(performance.now() - t0);
    if (c && (Array.isArray(c) ? c.length : c.items.length)) nonEmpty++;
    t0 = performance.now();
    const h = await server.request<unknown>('textDocument/hover', { textDocument, position });
    hov.push(performance.now() - t0);
    if (h) nonNull++;
  }
  // Completion right after a keystroke: type in a description near the middle, ask for completion in the
  // policy of the same key at once (without waiting for diagnostics).
  const after: number[] = [];
  let diagFirst = 0;
  const base = offsetOf(doc.text, 'description             = "Key ', Math.floor(doc.text.length / 2), 'description             = "Key '.length);
  for (let i = 0; i < afterKeystroke; i++) {
    const { version, range } = doc.edit(base + i, base + i, 'z');
    const target = offsetOf(doc.text, '"kms:Decrypt"', base, 6);
    const t0 = performance.now();
    server.change(doc.uri, version, range, 'z');
    await server.request('textDocument/completion', { textDocument, position: doc.position(target) });
    const t1 = performance.now();
    after.push(t1 - t0);
    const pub = await server.waitForVersion(doc.uri, version);
    if (pub.at <= t1) diagFirst++;
  }
  return {
    positions: list.length,
    completion: dist(comp),
    completionNonEmpty: nonEmpty,
    hover: dist(hov),
    hoverNonNull: nonNull,
    completionAfterKeystroke: dist(after),
    diagnosticsBeforeCompletion: diagFirst,
  };
}

export interface SizeResult {
  label: string;
  lines: number;
  bytes: number;
  openToDiagnosticsMs: number;
  baselineDiagnostics: number;
  sequential: Dist;
  burst: Burst;
  strayQuote: StrayQuote;
  requests?: Requests;
  /** The server's RSS after all of the above, MiB. */
  rssMiB: number;
}

export async function sizeScenario(ctx: Ctx, label: string, path: string, lines: number, withRequests: boolean): Promise<SizeResult> {
  const { server, doc, openMs, baseline } = await openFresh(ctx, path);
  try {
    ctx.log(`  ${label}: opened, diagnostics in ${openMs.toFixed(0)} ms (${baseline} diagnostics)`);
    // Typing inside the description string of a key in the middle of the file keeps the file valid.
    const mid = offsetOf(doc.text, 'description             = "Key ', Math.floor(doc.text.length / 2), 'description             = "Key '.length);
    for (let i = 0; i < 2; i++) await keystroke(server, doc, mid, 'w'); // warm-up, not counted
    const seq: number[] = [];
    const n = ctx.quick ? 12 : 30;
    for (let i = 0; i < n; i++) seq.push((await keystroke(server, doc, mid + 2 + i, 'x')).ms);
    ctx.log(`  ${label}: keystrokes one at a time: median ${median(seq).toFixed(1)} ms`);
    const b = await burst(server, doc, mid + 2 + n, 20, ctx.quick ? 1 : 3);
    ctx.log(`  ${label}: keystrokes 30 ms apart: ${b.versionsWithDiagnostics}/${b.keystrokes} versions got diagnostics`);
    const sq = await strayQuote(server, doc, ctx.quick ? 2 : 5, baseline);
    ctx.log(`  ${label}: stray quote: ${sq.withQuote} diagnostics (${sq.syntaxWithQuote} syntax), ${sq.afterRemove} after removing`);
    const req = withRequests ? await requests(server, doc, 150, ctx.quick ? 10 : 30) : undefined;
    if (req) ctx.log(`  ${label}: completion median ${req.completion.median.toFixed(1)} ms, hover median ${req.hover.median.toFixed(1)} ms`);
    return {
      label,
      lines,
      bytes: Buffer.byteLength(readFileSync(path)),
      openToDiagnosticsMs: openMs,
      baselineDiagnostics: baseline,
      sequential: dist(seq),
      burst: b,
      strayQuote: sq,
      ...(req ? { requests: req } : {}),
      rssMiB: server.rssMiB(),
    };
  } finally {
    await server.shutdown();
  }
}

export interface SpawnResult {
  label: string;
  /** Spawn -> first publishDiagnostics of the file. */
  firstDiagnostics: Dist;
  /** Spawn `node bench/bare-parse.cjs FILE` -> its result line: node start + wasm load + one parse. */
  bareProcess: Dist;
}

/** Spawn -> the child's first line on stdout. */
function timeChild(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let done = false;
    p.stdout.on('data', () => {
      if (!done) {
        done = true;
        resolve(performance.now() - t0);
      }
    });
    p.on('exit', (code) => {
      if (!done) reject(new Error(`${args.join(' ')} exited ${code}`));
    });
  });
}

export async function spawnScenario(ctx: Ctx, label: string, path: string, bareScript: string): Promise<SpawnResult> {
  const first: number[] = [];
  const bare: number[] = [];
  const runs = ctx.quick ? 2 : 5;
  const text = readFileSync(path, 'utf8');
  const uri = pathToFileURL(path).href;
  for (let i = 0; i < runs; i++) {
    const server = new LspServer(ctx.serverPath);
    await server.initialize();
    server.open(uri, text);
    const pub = await server.waitFor(uri, () => true, 120_000);
    first.push(pub.at - server.spawnedAt);
    await server.shutdown();
    bare.push(await timeChild([bareScript, path]));
  }
  return { label, firstDiagnostics: dist(first), bareProcess: dist(bare) };
}

export interface MemoryResult {
  /** After initialize with the 1,000-file folder as workspace folder, before opening anything. */
  folderInitMiB: number;
  /** After the diagnostics of one file of that folder. */
  folderOneFileMiB: number;
  folderOneFileDiagnosticsMs: number;
  /** After the diagnostics of the 30k-line file. */
  large30kMiB: number;
  /** Open-then-close of many small documents. */
  smallDocs: number;
  smallBeforeMiB: number;
  smallPeakMiB: number;
  smallAfterMiB: number;
  smallMs: number;
  /** After a second round of as many other documents: flat means the first round's growth is retained heap, not a leak per document. */
  smallAfterSecondMiB: number;
}

export async function memoryScenario(ctx: Ctx, folder: string, oneFile: string, file30k: string, smallDocs: number): Promise<MemoryResult> {
  let server = new LspServer(ctx.serverPath);
  await server.initialize(folder);
  const folderInitMiB = server.rssMiB();
  const uri = pathToFileURL(oneFile).href;
  const t0 = performance.now();
  server.open(uri, readFileSync(oneFile, 'utf8'));
  const pub = await server.waitForVersion(uri, 1, 120_000);
  const folderOneFileDiagnosticsMs = pub.at - t0;
  const folderOneFileMiB = server.rssMiB();
  await server.shutdown();
  ctx.log(`  one file of the folder: ${folderOneFileMiB.toFixed(0)} MiB`);

  server = new LspServer(ctx.serverPath);
  await server.initialize();
  const uri30 = pathToFileURL(file30k).href;
  server.open(uri30, readFileSync(file30k, 'utf8'));
  await server.waitForVersion(uri30, 1, 120_000);
  const large30kMiB = server.rssMiB();
  await server.shutdown();
  ctx.log(`  30k file: ${large30kMiB.toFixed(0)} MiB`);

  // Many small documents, each in a folder of its own (not on disk), opened and closed in batches of 50.
  server = new LspServer(ctx.serverPath);
  await server.initialize();
  const small = (i: number) => `file:///tfkms-bench-small/d${i}/main.tf`;
  const text = (i: number) =>
    `resource "aws_kms_key" "s${i}" {\n  description         = "small ${i}"\n  enable_key_rotation = true\n}\n\nresource "aws_kms_alias" "s${i}" {\n  name          = "alias/s${i}"\n  target_key_id = aws_kms_key.s${i}.key_id\n}\n`;
  const round = async (from: number, to: number) => {
    for (let i = from; i < to; i++) server.open(small(i), text(i));
    for (let i = from; i < to; i++) await server.waitForVersion(small(i), 1);
    const closedAt = new Map<string, number>();
    for (let i = from; i < to; i++) {
      closedAt.set(small(i), (server.publishes.get(small(i)) ?? []).length);
      server.close(small(i));
    }
    // The close publishes empty diagnostics (no version).
    for (let i = from; i < to; i++) {
      const u = small(i);
      const before = closedAt.get(u)!;
      await server.waitFor(u, (p) => p.version === undefined && p.diagnostics.length === 0 && server.publishes.get(u)!.indexOf(p) >= before);
      server.publishes.delete(u);
    }
  };
  await round(-100, 0); // warm-up
  const smallBeforeMiB = server.rssMiB();
  let peak = smallBeforeMiB;
  const t1 = performance.now();
  for (let i = 0; i < smallDocs; i += 50) {
    await round(i, Math.min(smallDocs, i + 50));
    if (i % 500 === 0) peak = Math.max(peak, server.rssMiB());
  }
  const smallMs = performance.now() - t1;
  const smallAfterMiB = server.rssMiB();
  for (let i = smallDocs; i < 2 * smallDocs; i += 50) await round(i, Math.min(2 * smallDocs, i + 50));
  const smallAfterSecondMiB = server.rssMiB();
  await server.shutdown();
  ctx.log(`  ${smallDocs} small documents: ${smallBeforeMiB.toFixed(0)} -> ${smallAfterMiB.toFixed(0)} MiB, ${smallAfterSecondMiB.toFixed(0)} MiB after ${smallDocs} more`);
  return { folderInitMiB, folderOneFileMiB, folderOneFileDiagnosticsMs, large30kMiB, smallDocs, smallBeforeMiB, smallPeakMiB: peak, smallAfterMiB, smallMs, smallAfterSecondMiB };
}
