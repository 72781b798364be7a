/**
 * Finding and reading `.tfkms.json` / `.tfkms.jsonc` on disk, for the server and the CLI: the nearest file in
 * the folder of a `.tf` file or a folder above it, up to the repository root (a folder holding `.git`) or the
 * file system root. Parsing and merging are the service's (service/config.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { CONFIG_FILE_NAMES, LineMap, isIgnoredPath, parseConfig, type ConfigProblem, type TfkmsConfig } from './service';

export interface LoadedConfig {
  /** Absolute path of the file, or undefined when none was found. */
  readonly path: string | undefined;
  readonly config: TfkmsConfig;
  readonly problems: readonly ConfigProblem[];
  /** The file's text, for positions of problems. */
  readonly text: string;
}

export const NO_CONFIG: LoadedConfig = { path: undefined, config: { rules: {}, ignorePaths: [] }, problems: [], text: '' };

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The nearest configuration file for something in `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  for (let d = dir; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = join(d, name);
      if (isFile(p)) return p;
    }
    if (existsSync(join(d, '.git'))) return undefined;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Reads and parses a configuration file; an unreadable file is one problem, not an exception. */
export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { path, config: NO_CONFIG.config, problems: [{ message: `cannot read the file (${code ?? 'unknown error'})`, span: { start: 0, end: 0 }, severity: 'error' }], text: '' };
  }
  const { config, problems } = parseConfig(text);
  return { path, config, problems, text };
}

/** `path:line:column: level: message` for each problem of the file. */
export function formatProblems(loaded: LoadedConfig, shownPath: string = loaded.path ?? ''): string[] {
  const lines = new LineMap(loaded.text);
  return loaded.problems.map((p) => {
    const at = lines.positionAt(p.span.start);
    return `${shownPath}:${at.line + 1}:${at.character + 1}: ${p.severity}: ${p.message}`;
  });
}

/** Configuration lookups by folder, each file read once until `clear`. */
export class ConfigFiles {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byPath = new Map<string, LoadedConfig>();

  /** The configuration that applies to a file (or folder) at `path`. */
  forFile(path: string, isDir = false): LoadedConfig {
    const dir = isDir ? path : dirname(path);
    let found = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      found = findConfigFile(dir);
      this.byDir.set(dir, found);
    }
    return found ? this.load(found) : NO_CONFIG;
  }

  load(path: string): LoadedConfig {
    let c = this.byPath.get(path);
    if (!c) {
      c = loadConfigFile(path);
      this.byPath.set(path, c);
    }
    return c;
  }

  /** Every configuration file read so far. */
  loaded(): LoadedConfig[] {
    return [...this.byPath.values()];
  }

  clear(): void {
    this.byDir.clear();
    this.byPath.clear();
  }

  /** Forgets the lookup of one folder (its last open document was closed). */
  forgetDir(dir: string): void {
    this.byDir.delete(dir);
  }
}

/** Whether the configuration's `ignorePaths` exclude the file at `path`. */
export function ignoredByConfig(loaded: LoadedConfig, path: string): boolean {
  if (!loaded.path || loaded.config.ignorePaths.length === 0) return false;
  return isIgnoredPath(loaded.config.ignorePaths, relative(dirname(loaded.path), path).split(sep).join('/'));
}
