/**
 * Prints timings of the service on a generated 10,000-line file (and a 5 MB one): cold parse, incremental
 * reparse after one keystroke, diagnostics, completion and hover at several places, and the built server's
 * cold start (spawn to first diagnostics). Figures only; nothing here asserts.
 *   npm run bench
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Workspace, doComplete, doHover, doValidation, initParser } from '../server/src/service';

function keyBlock(i: number): string {
  return [
    `resource "aws_kms_key" "k${i}" {`,
    `  description             = "key ${i}"`,
    `  deletion_window_in_days = 10`,
    `  enable_key_rotation     = true`,
    `  policy = jsonencode({`,
    `    Version = "2012-10-17"`,
    `    Statement = [{`,
    `      Sid       = "Root"`,
    `      Effect    = "Allow"`,
    `      Principal = { AWS = "arn:aws:iam::111122223333:root" }`,
    `      Action    = "kms:*"`,
    `      Resource  = "*"`,
    `    }]`,
    `  })`,
    `  tags = { Name = "k${i}" }`,
    `}`,
    ``,
    `resource "aws_kms_alias" "a${i}" {`,
    `  name          = "alias/k${i}"`,
    `  target_key_id = aws_kms_key.k${i}.key_id`,
    `}`,
    ``,
  ].join('\n');
}

function generate(lines: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < lines; i++) {
    const b = keyBlock(i);
    parts.push(b);
    n += b.split('\n').length - 1;
  }
  return parts.join('');
}

function time<T>(fn: () => T, runs = 1): { ms: number; result: T } {
  let result!: T;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) result = fn();
  return { ms: (performance.now() - t0) / runs, result };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function serverColdStart(): Promise<number | undefined> {
  const server = join(__dirname, '../dist/server.js');
  if (!existsSync(server)) return undefined;
  const t0 = performance.now();
  const p = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const send = (msg: object) => {
    const s = JSON.stringify(msg);
    p.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`);
  };
  return new Promise((resolve) => {
    let buf = '';
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('"id":1,"result"') && !buf.includes('__opened')) {
        buf += '__opened';
        send({ jsonrpc: '2.0', method: 'initialized', params: {} });
        send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///bench/main.tf', languageId: 'terraform', version: 1, text: 'resource "aws_kms_key" "k" {\n  bogus = 1\n}\n' } } });
      }
      if (buf.includes('publishDiagnostics')) {
        resolve(performance.now() - t0);
        p.kill();
      }
    });
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  });
}

async function main(): Promise<void> {
  const t0 = performance.now();
  await initParser();
  console.log(`parser init (wasm load): ${fmt(performance.now() - t0)}`);

  for (const [label, text] of [
    ['10,000 lines', generate(10_000)],
    ['5 MB', generate(Math.ceil((5 * 1024 * 1024) / 28))],
  ] as const) {
    console.log(`\n== ${label}: ${text.split('\n').length} lines, ${(text.length / 1024).toFixed(0)} KiB`);
    const ws = new Workspace();
    let doc = ws.openDocument('file:///bench/main.tf', 1, text);
    console.log(`cold parse (tree):         ${fmt(time(() => doc.tree).ms)}`);
    console.log(`HCL model:                 ${fmt(time(() => doc.hcl).ms)}`);
    console.log(`diagnostics (all rules):   ${fmt(time(() => doValidation(ws, doc)).ms)}`);

    const mid = text.indexOf('deletion_window_in_days', Math.floor(text.length / 2));
    const insertAt = text.indexOf('\n', mid) + 1;
    const keystrokes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const next = ws.changeDocument(doc.uri, doc.version + 1, [{ start: insertAt + i, end: insertAt + i, newText: 'x' }])!;
      keystrokes.push(time(() => next.hcl).ms);
      doc = next;
    }
    console.log(`keystroke: reparse + model (median of 20): ${fmt(median(keystrokes))}`);
    const typed: number[] = [];
    for (let i = 0; i < 20; i++) {
      const at = insertAt + 20 + i;
      const next = ws.changeDocument(doc.uri, doc.version + 1, [{ start: at, end: at, newText: ' ' }])!;
      typed.push(time(() => doComplete(ws, next, text.indexOf('deletion_window', insertAt) + 3)).ms);
      doc = next;
    }
    console.log(`keystroke then completion (parse + model + completion, median of 20): ${fmt(median(typed))}`);

    const at = (needle: string, from: number) => text.indexOf(needle, from);
    const places: [string, number][] = [
      ['completion at an argument name (start of file)', at('deletion_window', 0) + 3],
      ['completion at an argument name (middle)', at('deletion_window', Math.floor(text.length / 2)) + 3],
      ['completion at an argument name (end)', text.lastIndexOf('deletion_window') + 3],
      ['completion in a policy action (end)', text.lastIndexOf('kms:*') + 4],
    ];
    for (const [name, offset] of places) {
      const runs = [...Array(15)].map(() => time(() => doComplete(ws, doc, offset)).ms);
      console.log(`${name.padEnd(48)} ${fmt(median(runs))} (${doComplete(ws, doc, offset).length} items)`);
    }
    for (const [name, offset] of [
      ['hover on an argument (middle)', at('deletion_window', Math.floor(text.length / 2)) + 3],
      ['hover on an argument (end)', text.lastIndexOf('deletion_window') + 3],
      ['hover in a policy (end)', text.lastIndexOf('kms:*') + 4],
    ] as [string, number][]) {
      const runs = [...Array(15)].map(() => time(() => doHover(ws, doc, offset)).ms);
      console.log(`${name.padEnd(48)} ${fmt(median(runs))}${doHover(ws, doc, offset) ? '' : ' (no hover!)'}`);
    }
    doc.dispose();
  }

  const cold = await serverColdStart();
  console.log(`\nserver cold start (spawn -> first diagnostics): ${cold === undefined ? 'dist/server.js missing: run npm run build' : fmt(cold)}`);
}

void main();
