/**
 * The documents the service knows: open ones (from the editor, newest version) and the other `.tf` files of
 * their folders (read through a FileSource, kept until told they changed). Terraform treats one folder as one
 * module, so references resolve across the folder's files.
 */
import { ParsedDocument } from './document';
import type { TextChange } from './parse';

/** Disk access, injected so that the service stays pure and tests can use a map. */
export interface FileSource {
  /** URIs of the `.tf` files directly in a folder (given as a URI without trailing slash). */
  listTfFiles(folderUri: string): string[];
  readFile(uri: string): string | undefined;
}

/** Folder of a URI: everything before the last `/`. */
export function folderOf(uri: string): string {
  const i = uri.lastIndexOf('/');
  return i === -1 ? '' : uri.slice(0, i);
}

export class Workspace {
  private readonly open = new Map<string, ParsedDocument>();
  private readonly disk = new Map<string, ParsedDocument | null>();
  private readonly listed = new Map<string, string[]>();

  constructor(private readonly files?: FileSource) {}

  openDocument(uri: string, version: number, text: string): ParsedDocument {
    this.open.get(uri)?.dispose();
    const doc = new ParsedDocument(uri, version, text);
    this.open.set(uri, doc);
    return doc;
  }

  changeDocument(uri: string, version: number, changes: readonly TextChange[]): ParsedDocument | undefined {
    const prev = this.open.get(uri);
    if (!prev) return undefined;
    const next = prev.withChanges(version, changes);
    prev.dispose();
    this.open.set(uri, next);
    return next;
  }

  closeDocument(uri: string): void {
    this.open.get(uri)?.dispose();
    this.open.delete(uri);
    this.disk.delete(uri);
  }

  /** The open document, or the file read from disk. */
  get(uri: string): ParsedDocument | undefined {
    return this.open.get(uri) ?? this.fromDisk(uri);
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  openDocuments(): ParsedDocument[] {
    return [...this.open.values()];
  }

  /** A file on disk changed, was created or deleted. */
  fileChanged(uri: string): void {
    this.disk.get(uri)?.dispose();
    this.disk.delete(uri);
    this.listed.delete(folderOf(uri));
  }

  /** Every `.tf` document of the folder holding `uri`, the open ones in their editor version. */
  folderDocuments(uri: string): ParsedDocument[] {
    const folder = folderOf(uri);
    const uris = new Set<string>();
    if (this.files) {
      let list = this.listed.get(folder);
      if (!list) {
        try {
          list = this.files.listTfFiles(folder);
        } catch {
          list = [];
        }
        this.listed.set(folder, list);
      }
      for (const u of list) uris.add(u);
    }
    for (const u of this.open.keys()) if (folderOf(u) === folder && u.endsWith('.tf')) uris.add(u);
    uris.add(uri);
    return [...uris].sort().map((u) => this.get(u)).filter((d): d is ParsedDocument => !!d);
  }

  private fromDisk(uri: string): ParsedDocument | undefined {
    if (!this.files) return undefined;
    const cached = this.disk.get(uri);
    if (cached !== undefined) return cached ?? undefined;
    let text: string | undefined;
    try {
      text = this.files.readFile(uri);
    } catch {
      text = undefined;
    }
    const doc = text === undefined ? null : new ParsedDocument(uri, 0, text);
    this.disk.set(uri, doc);
    return doc ?? undefined;
  }
}
