/** What the figures were measured on: CPU, cores, memory, node, and the commit of the server measured. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  commit: string;
  /** Files of server/ changed and not committed when the run started (the build includes them). */
  uncommittedServerFiles: number;
  date: string;
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  loadAverage: number;
  /** The build measured and when its server.js was written. */
  builtAt?: string;
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function machine(root: string): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    commit: git(['rev-parse', '--short', 'HEAD'], root) || 'unknown',
    uncommittedServerFiles: git(['status', '--porcelain', '--', 'server'], root).split('\n').filter(Boolean).length,
    date: new Date().toISOString(),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export function machineLine(m: Machine): string {
  const dirty = m.uncommittedServerFiles ? ` + ${m.uncommittedServerFiles} uncommitted server file(s)` : '';
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}, ${m.os}; commit ${m.commit}${dirty}; built ${m.builtAt ?? '?'}; run ${m.date}; load average ${m.loadAverage}`;
}
