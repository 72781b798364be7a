/**
 * The CLI on folders: wall time, throughput and peak RSS of `node dist/cli.js --format json FOLDER`, next to a
 * bare web-tree-sitter parse of the same files in one process (bench/bare-parse.cjs) and @cdktf/hcl2json's
 * parse of them (bench/hcl2json-parse.cjs). Each is a child process measured the same way: wall time from
 * spawn to exit here, peak RSS from /usr/bin/time -v when present, else the child's VmHWM read from /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median } from './stats';

const TIME = '/usr/bin/time';

export interface Run {
  wallMs: number;
  /** Killed after the time limit: wallMs is then the limit, a lower bound. */
  timedOut: boolean;
  peakRssMiB: number;
  exitCode: number | null;
  stdout: string;
}

/** Runs `node ARGS...` to its end (or `limitMs`); peak RSS by /usr/bin/time -v, or by watching VmHWM. */
export function runNode(args: string[], limitMs = 600_000): Promise<Run> {
  const useTime = existsSync(TIME);
  const cmd = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-v', process.execPath, ...args] : args;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // Its own process group, so that a run over the limit is killed with its children (/usr/bin/time's node).
    const p = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    let err = '';
    let hwm = 0;
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    // Without /usr/bin/time: read the child's high-water mark while it runs (a poll, not a wait for a result).
    const poll = useTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm, Number(m[1]));
          } catch {
            // gone
          }
        }, 5);
    let timedOut = false;
    const limit = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-p.pid!, 'SIGKILL');
      } catch {
        p.kill('SIGKILL');
      }
    }, limitMs);
    p.on('error', reject);
    p.on('close', (code) => {
      const wallMs = timedOut ? limitMs : performance.now() - t0;
      clearTimeout(limit);
      if (poll) clearInterval(poll);
      let exitCode = code;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
        if (m) hwm = Number(m[1]);
        const s = /Exit status: (\d+)/.exec(err);
        if (s) exitCode = Number(s[1]);
      }
      resolve({ wallMs, timedOut, peakRssMiB: hwm / 1024, exitCode, stdout: Buffer.concat(out).toString() });
    });
  });
}

export interface Tool {
  wallMs: number;
  /** A run hit the time limit: wallMs is a lower bound. */
  timedOut: boolean;
  /** MB (10^6 bytes) of .tf files per second of wall time. */
  mbPerS: number;
  peakRssMiB: number;
}

export interface CliResult {
  label: string;
  files: number;
  bytes: number;
  cli: Tool & { findings: number };
  bare: Tool & { parseMs: number; errorFiles: number };
  hcl2json: Tool & { parseMs: number; failed: number };
}

function tool(runs: Run[], bytes: number): Tool {
  const wallMs = median(runs.map((r) => r.wallMs));
  return { wallMs, timedOut: runs.some((r) => r.timedOut), mbPerS: bytes / 1e6 / (wallMs / 1000), peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)) };
}

export async function cliScenario(
  label: string,
  folder: string,
  paths: { cli: string; bare: string; hcl2json: string },
  runs: number,
  log: (s: string) => void,
  limitMs: number,
): Promise<CliResult> {
  const cliRuns: Run[] = [];
  const bareRuns: Run[] = [];
  const hclRuns: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const cli = await runNode([paths.cli, '--format', 'json', '--quiet', '--fail-on', 'never', folder], limitMs);
    cliRuns.push(cli);
    bareRuns.push(await runNode([paths.bare, folder], limitMs));
    hclRuns.push(await runNode([paths.hcl2json, folder], limitMs));
    // A CLI run over the limit is not repeated.
    if (cli.timedOut) break;
  }
  for (const [name, r] of [['cli', cliRuns], ['bare parse', bareRuns], ['hcl2json', hclRuns]] as const) {
    const bad = r.find((x) => x.exitCode !== 0 && !(name === 'cli' && x.timedOut));
    if (bad) throw new Error(`${name} on ${folder} exited ${bad.exitCode}`);
  }
  const bare = JSON.parse(bareRuns[0]!.stdout) as { files: number; bytes: number; parseMs: number; errorFiles: number };
  const hcl = JSON.parse(hclRuns[0]!.stdout) as { files: number; bytes: number; parseMs: number; failed: number };
  let findings = NaN;
  try {
    findings = (JSON.parse(cliRuns[0]!.stdout) as { findings?: unknown[] }).findings?.length ?? NaN;
  } catch {
    // timed out, or output that is not the CLI's JSON: reported as NaN findings
  }
  const result: CliResult = {
    label,
    files: bare.files,
    bytes: bare.bytes,
    cli: { ...tool(cliRuns, bare.bytes), findings },
    bare: { ...tool(bareRuns, bare.bytes), parseMs: bare.parseMs, errorFiles: bare.errorFiles },
    hcl2json: { ...tool(hclRuns, bare.bytes), parseMs: hcl.parseMs, failed: hcl.failed },
  };
  log(`  ${label}: cli ${result.cli.timedOut ? '> ' : ''}${result.cli.wallMs.toFixed(0)} ms, bare parse ${result.bare.wallMs.toFixed(0)} ms, hcl2json ${result.hcl2json.wallMs.toFixed(0)} ms`);
  return result;
}
