/**
 * Folder-wide facts computed once per set of documents. The rules of one validation run share one folder
 * list, and in the CLI every file of a folder is checked against the same documents: so the last result per
 * kind of fact is kept with the documents it was computed from, and handed out again while they are the same
 * (the same list, or a list of the same document objects). A document version is immutable, so equal
 * documents mean equal facts.
 */
import type { ParsedDocument } from './document';

const memos = new Map<string, { docs: readonly ParsedDocument[]; value: unknown }>();

function sameDocs(a: readonly ParsedDocument[], b: readonly ParsedDocument[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `build()` for `folder`, or the value last built under `name` for the same documents. */
export function perFolder<T>(name: string, folder: readonly ParsedDocument[], build: () => T): T {
  const m = memos.get(name);
  if (m && sameDocs(m.docs, folder)) {
    m.docs = folder; // the next call with this list is the identity check only
    return m.value as T;
  }
  const value = build();
  memos.set(name, { docs: folder, value });
  return value;
}

/** Drops every memo (and the documents they hold), e.g. when the last document of a workspace is closed. */
export function clearFolderMemos(): void {
  memos.clear();
}
