/**
 * `tfkms access [--format text|json|markdown] [PATH...]`: who can use each key of the folders under PATH (key
 * policy, identity policies of the folder, grants), so that a review can diff who can decrypt before and after a
 * change. Exit 0, or 2 on a usage or I/O error. The table is the only thing on stdout.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Workspace, initParser } from './service';
import { nodeFileSource } from './nodeFiles';
import { keyAccess } from './service/keys/access';
import { folderKeys } from './service/keys/resolve';
import { accessJson, accessMarkdown, accessText } from './service/keys/render';
import { accessSummaryLine } from './service/keys/access';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];
const SKIP_DIRS = new Set(['.terraform', 'node_modules', '.git']);

export const ACCESS_USAGE = `usage: tfkms access [--format text|json|markdown] [PATH...]
Prints, for every KMS key declared under PATH (a folder, searched recursively, or a .tf file's folder), who can
use it: the key policy (or the default one), the folder's identity policies when the key policy lets IAM decide,
and the key's grants. The default PATH is the current folder.`;

class UsageError extends Error {}

function parse(argv: readonly string[]): { format: Format; paths: string[] } | 'help' {
  let format: Format = 'text';
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-f' || a === '--format' || a.startsWith('--format=')) {
      const v = a.startsWith('--format=') ? a.slice('--format='.length) : argv[++i];
      if (!v || !(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format takes text, json or markdown${v ? `, not "${v}"` : ''}`);
      format = v as Format;
    } else if (a === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else paths.push(a);
  }
  return { format, paths: paths.length ? paths : ['.'] };
}

/** The folders holding .tf files under the paths (a file stands for its folder), sorted. */
function folders(paths: readonly string[]): string[] {
  const out = new Set<string>();
  const walk = (dir: string, depth: number) => {
    if (depth > 64) return;
    let hasTf = false;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) walk(join(dir, e.name), depth + 1);
      else if (e.isFile() && e.name.endsWith('.tf')) hasTf = true;
    }
    if (hasTf) out.add(resolve(dir));
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new Error(`${p}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? 'unknown error'})`}`);
    }
    if (st.isDirectory()) walk(p, 0);
    else out.add(resolve(dirname(p)));
  }
  return [...out].sort();
}

function shown(abs: string): string {
  const r = relative(process.cwd(), abs);
  return (r.startsWith('..') ? abs : r || '.').split(sep).join('/');
}

export async function runAccess(argv: readonly string[]): Promise<number> {
  let opts: ReturnType<typeof parse>;
  let dirs: string[];
  try {
    opts = parse(argv);
    if (opts === 'help') {
      process.stdout.write(ACCESS_USAGE + '\n');
      return 0;
    }
    dirs = folders(opts.paths);
  } catch (e) {
    process.stderr.write(`tfkms access: ${(e as Error).message}\n${e instanceof UsageError ? ACCESS_USAGE.split('\n')[0] + '\n' : ''}`);
    return 2;
  }
  await initParser();
  const fileName = (uri: string) => shown(fileURLToPath(uri));
  const json: unknown[] = [];
  const out: string[] = [];
  let count = 0;
  for (const dir of dirs) {
    // One workspace per folder, dropped after it: memory stays bounded over many folders.
    const ws = new Workspace(nodeFileSource);
    const anyFile = pathToFileURL(join(dir, '_')).href;
    const folder = ws.folderDocuments(anyFile).filter((d) => d.uri !== anyFile);
    for (const key of folderKeys(folder)) {
      const a = keyAccess(folder, key);
      count++;
      if (opts.format === 'json') json.push(accessJson(a, folder, fileName));
      else if (opts.format === 'markdown') out.push(`## \`${key.address}\` (${fileName(key.doc.uri)})\n\n${accessSummaryLine(a)}\n\n${accessMarkdown(a, folder, false, (u, l) => `${fileName(u)}#L${l}`)}`);
      else out.push(accessText(a, folder, fileName));
    }
    for (const d of folder) d.dispose();
  }
  if (opts.format === 'json') process.stdout.write(JSON.stringify({ keys: json }, null, 2) + '\n');
  else if (out.length) process.stdout.write(out.join('\n\n') + '\n');
  process.stderr.write(`tfkms access: ${count} key${count === 1 ? '' : 's'} in ${dirs.length} folder${dirs.length === 1 ? '' : 's'}\n`);
  return 0;
}
