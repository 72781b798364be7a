/** The benchmark's results as one object (written as JSON) and as printed tables with the targets beside. */
import type { CliResult } from './cli';
import type { MemoryResult, SizeResult, SpawnResult } from './editor';
import type { ParseFloor } from './floor';
import { machineLine, type Machine } from './machine';
import { atLeast, below, ms, verdictText, type Dist, type Verdict } from './stats';

export interface Results {
  machine: Machine;
  quick: boolean;
  /** Bare parse of each generated file in the benchmark's process. */
  floors: Record<string, ParseFloor & { lines: number; bytes: number }>;
  sizes: SizeResult[];
  spawn: SpawnResult[];
  memory?: MemoryResult;
  /** Peak RSS of `node bench/bare-parse.cjs FILE`: node + wasm + the parse of that file. */
  memoryFloor?: { oneFileMiB: number; file30kMiB: number };
  cli: CliResult[];
  verdicts: (Verdict & { figure: string })[];
  durationS: number;
  /** 1-minute load average when the run ended. */
  loadAverageEnd: number;
}

type Row = [figure: string, median: string, p99: string, floor: string, verdict: string];

function table(rows: Row[], head: Row = ['figure', 'median', 'p99', 'floor (bare parse)', 'target']): string {
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: Row) => r.map((c, i) => (i === 0 || i >= 3 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

/** Computes the verdicts of `r` (into r.verdicts) and returns the printed report. */
export function render(r: Results): string {
  const verdicts: (Verdict & { figure: string })[] = [];
  const judge = (figure: string, v: Verdict | undefined): string => {
    if (!v) return '';
    verdicts.push({ figure, ...v });
    return verdictText(v);
  };
  const out: string[] = [];
  out.push(`tfkms benchmark${r.quick ? ' (--quick)' : ''}`);
  out.push(`machine: ${machineLine(r.machine)}`);
  out.push('floor: a bare web-tree-sitter parse of the same text in the benchmark process (dist/*.wasm): whole text / incremental after a 1-character insert.');
  out.push('All times are wall-clock from the client sending a message over the stdio pipe to the answer (or publishDiagnostics) being read.');
  out.push('p99 is the nearest-rank 99th percentile: with fewer than 100 samples (n=...) it is the maximum.');

  // --- keystrokes
  out.push('', '== keystroke -> publishDiagnostics of that version (built server over stdio, incremental didChange)');
  const rows: Row[] = [];
  for (const s of r.sizes) {
    const f = r.floors[s.label]!;
    const floor = `${ms(f.fullMs)} / ${ms(f.incrementalMs)}`;
    const limit = s.label === '10k' ? 30 : s.label === '30k' ? 60 : undefined;
    const v = (d: Dist, what: string) => (limit === undefined ? '' : judge(`${s.label} ${what}`, below(d.p99, limit, `p99 < ${limit} ms`)));
    const dr = (what: string, d: Dist, fl = floor): Row => [`${s.label} ${what}`, ms(d.median), ms(d.p99), fl, v(d, what)];
    rows.push([`${s.label} (${s.lines} lines, ${(s.bytes / 1024).toFixed(0)} KiB) didOpen -> diagnostics`, ms(s.openToDiagnosticsMs), '', floor, '']);
    rows.push(dr(`(a) one at a time, waiting for each (n=${s.sequential.n})`, s.sequential));
    rows.push(dr(`(b) 30 ms apart: each keystroke -> diagnostics of it or a later version (n=${s.burst.perKeystroke.n})`, s.burst.perKeystroke));
    rows.push(dr(`(b) 30 ms apart: last keystroke -> its diagnostics (n=${s.burst.lastToDiagnostics.n})`, s.burst.lastToDiagnostics));
    rows.push([`${s.label} (b) versions that got diagnostics of their own`, `${s.burst.versionsWithDiagnostics}/${s.burst.keystrokes}`, '', '', '']);
    rows.push([`${s.label} (b) hover sent with the last keystroke -> answer (queue lag)`, ms(s.burst.hoverAfterLast.median), ms(s.burst.hoverAfterLast.p99), '', '']);
    const q = s.strayQuote;
    rows.push(dr(`(c) stray " typed mid-file (n=${q.insert.n})`, q.insert));
    rows.push([
      `${s.label} (c) diagnostics: before / with the quote (syntax) / after removing`,
      `${q.baseline} / ${q.withQuote} (${q.syntaxWithQuote}) / ${q.afterRemove}`,
      '',
      '',
      judge(`${s.label} stray quote gives one syntax diagnostic`, {
        target: 'one syntax diagnostic, nothing else new',
        pass: q.syntaxWithQuote === 1 && q.withQuote === q.baseline + 1 && q.afterRemove === q.baseline,
        ratio: (q.withQuote - q.baseline) / 1,
      }),
    ]);
    rows.push(dr(`(c) removing the " (n=${q.remove.n})`, q.remove));
  }
  out.push(table(rows));

  // --- completion and hover
  const req = r.sizes.filter((s) => s.requests);
  if (req.length) {
    out.push('', '== completion and hover at spread positions (policies, argument names, values, references), one request at a time');
    const rows2: Row[] = [];
    for (const s of req) {
      const q = s.requests!;
      const f = r.floors[s.label]!;
      const floor = `${ms(f.fullMs)} / ${ms(f.incrementalMs)}`;
      const limit = s.label === '10k' ? 5 : s.label === '50k' ? 20 : undefined;
      const v = (d: Dist, what: string) => (limit === undefined ? '' : judge(`${s.label} ${what}`, below(d.p99, limit, `p99 < ${limit} ms`)));
      rows2.push([`${s.label} completion (${q.positions} positions, ${q.completionNonEmpty} with items)`, ms(q.completion.median), ms(q.completion.p99), floor, v(q.completion, 'completion')]);
      rows2.push([`${s.label} hover (${q.positions} positions, ${q.hoverNonNull} with a result)`, ms(q.hover.median), ms(q.hover.p99), floor, v(q.hover, 'hover')]);
      rows2.push([
        `${s.label} completion sent right after a didChange (n=${q.completionAfterKeystroke.n}; diagnostics first: ${q.diagnosticsBeforeCompletion})`,
        ms(q.completionAfterKeystroke.median),
        ms(q.completionAfterKeystroke.p99),
        floor,
        v(q.completionAfterKeystroke, 'completion after keystroke'),
      ]);
    }
    out.push(table(rows2));
  }

  // --- spawn
  if (r.spawn.length) {
    out.push('', '== spawn -> first publishDiagnostics (node dist/server.js --stdio, initialize, didOpen)');
    out.push('floor here: spawn `node bench/bare-parse.cjs FILE` -> its result (node start + wasm load + parse); the in-process parse beside it.');
    const rows3: Row[] = [];
    for (const s of r.spawn) {
      const f = r.floors[s.label]!;
      const v =
        s.label === '10k'
          ? judge('10k spawn -> first diagnostics', below(s.firstDiagnostics.median / s.bareProcess.median, 2.5, '≤ 2.5× bare parse process', true))
          : s.label === '1k'
            ? judge('1k spawn -> first diagnostics', below(s.firstDiagnostics.p99, 300, 'p99 < 300 ms'))
            : '';
      rows3.push([
        `${s.label} spawn -> first diagnostics (n=${s.firstDiagnostics.n}; ${(s.firstDiagnostics.median / s.bareProcess.median).toFixed(2)}× the bare process)`,
        ms(s.firstDiagnostics.median),
        ms(s.firstDiagnostics.p99),
        `process ${ms(s.bareProcess.median)}; parse ${ms(f.fullMs)}`,
        v,
      ]);
    }
    out.push(table(rows3));
  }

  // --- memory
  if (r.memory) {
    const m = r.memory;
    const fl = r.memoryFloor;
    out.push('', '== server RSS (VmRSS of the server process, MiB)');
    out.push('floor here: peak RSS of `node bench/bare-parse.cjs FILE` (node + wasm + the parse of that file).');
    const rows4: Row[] = [
      [`after initialize with the 1,000-file folder as workspace folder`, m.folderInitMiB.toFixed(0), '', '', ''],
      [
        `after diagnostics of one file of that folder (took ${ms(m.folderOneFileDiagnosticsMs)})`,
        m.folderOneFileMiB.toFixed(0),
        '',
        fl ? `${fl.oneFileMiB.toFixed(0)} MiB` : '',
        judge('RSS after one file of the 1,000-file folder', below(m.folderOneFileMiB, 80, '< 80 MiB')),
      ],
      [`after diagnostics of the 30k-line file`, m.large30kMiB.toFixed(0), '', fl ? `${fl.file30kMiB.toFixed(0)} MiB` : '', judge('RSS after the 30k file', below(m.large30kMiB, 150, '< 150 MiB'))],
      [`open-then-close ${m.smallDocs} small documents (${ms(m.smallMs)}): before / peak / after`, `${m.smallBeforeMiB.toFixed(0)} / ${m.smallPeakMiB.toFixed(0)} / ${m.smallAfterMiB.toFixed(0)}`, '', '', `after - before = ${(m.smallAfterMiB - m.smallBeforeMiB).toFixed(1)} MiB`],
      [`then open-then-close ${m.smallDocs} other small documents: after`, m.smallAfterSecondMiB.toFixed(0), '', '', `growth in the second round = ${(m.smallAfterSecondMiB - m.smallAfterMiB).toFixed(1)} MiB`],
    ];
    out.push(table(rows4, ['figure', 'MiB', '', 'floor (bare parse)', 'target']));
  }

  // --- CLI
  if (r.cli.length) {
    out.push('', '== CLI: node dist/cli.js --format json FOLDER (wall time spawn -> exit, median; peak RSS by /usr/bin/time -v or VmHWM)');
    const head = ['folder', 'files', 'MB', 'tool', 'wall', 'MB/s', 'peak RSS', 'target'];
    const rows5: string[][] = [];
    for (const c of r.cli) {
      const mb = (c.bytes / 1e6).toFixed(2);
      rows5.push([
        c.label,
        String(c.files),
        mb,
        `tfkms CLI (${c.cli.findings} findings)`,
        `${c.cli.timedOut ? '> ' : ''}${ms(c.cli.wallMs)}`,
        `${c.cli.timedOut ? '< ' : ''}${c.cli.mbPerS.toFixed(2)}`,
        `${c.cli.peakRssMiB.toFixed(0)} MiB`,
        [
          judge(`${c.label} CLI time vs bare parse`, below(c.cli.wallMs / c.bare.wallMs, 1.5, '≤ 1.5× bare parse', true)),
          judge(`${c.label} CLI throughput vs hcl2json`, atLeast(c.cli.mbPerS / c.hcl2json.mbPerS, 3, '≥ 3× hcl2json')),
          judge(`${c.label} CLI peak RSS`, below(c.cli.peakRssMiB, 300, '< 300 MiB')),
        ].join('; '),
      ]);
      rows5.push(['', '', '', `bare web-tree-sitter parse (parse only ${ms(c.bare.parseMs)})`, ms(c.bare.wallMs), c.bare.mbPerS.toFixed(2), `${c.bare.peakRssMiB.toFixed(0)} MiB`, `CLI is ${(c.cli.wallMs / c.bare.wallMs).toFixed(2)}× its time`]);
      rows5.push(['', '', '', `@cdktf/hcl2json parse (parse only ${ms(c.hcl2json.parseMs)})`, ms(c.hcl2json.wallMs), c.hcl2json.mbPerS.toFixed(2), `${c.hcl2json.peakRssMiB.toFixed(0)} MiB`, `CLI has ${(c.cli.mbPerS / c.hcl2json.mbPerS).toFixed(2)}× its throughput`]);
    }
    const all = [head, ...rows5];
    const w = head.map((_, i) => Math.max(...all.map((x) => x[i]!.length)));
    const right = new Set([1, 2, 4, 5, 6]);
    const line = (x: string[]) => x.map((c, i) => (right.has(i) ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ').trimEnd();
    out.push([line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows5.map(line)].join('\n'));
  }

  // --- summary
  const missed = verdicts.filter((v) => !v.pass);
  out.push('', `== targets: ${verdicts.length - missed.length} PASS, ${missed.length} MISS`);
  for (const v of missed) out.push(`  MISS ${v.figure}: ${v.target} (measured/limit ${v.ratio.toFixed(2)})`);
  out.push(`run took ${r.durationS.toFixed(0)} s; load average at the end ${r.loadAverageEnd}`);
  r.verdicts = verdicts;
  return out.join('\n');
}
