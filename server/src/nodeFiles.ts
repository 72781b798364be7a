/** A FileSource over the local file system, for `file:` URIs only (other schemes are never read). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { MAX_PARSE_CHARS, type FileSource } from './service';

export const nodeFileSource: FileSource = {
  listTfFiles(folderUri: string): string[] {
    if (!folderUri.startsWith('file:')) return [];
    const dir = fileURLToPath(folderUri);
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && (e.name.endsWith('.tf') || e.name.endsWith('.tofu')))
      .map((e) => pathToFileURL(join(dir, e.name)).href);
  },
  listTfJsonFiles(folderUri: string): string[] {
    if (!folderUri.startsWith('file:')) return [];
    const dir = fileURLToPath(folderUri);
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && (e.name.endsWith('.tf.json') || e.name.endsWith('.tofu.json')))
      .map((e) => pathToFileURL(join(dir, e.name)).href);
  },
  readFile(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    if (statSync(path).size > MAX_PARSE_CHARS * 2) return undefined;
    return readFileSync(path, 'utf8');
  },
};
