/**
 * The documents the service knows: open ones (from the editor, newest version) and the other `.tf` files of
 * their folders (read through a FileSource, kept until told they changed). Terraform treats one folder as one
 * module, so references resolve across the folder's files.
 */
import { ParsedDocument } from './document';
import type { TextChange } from './parse';

/** Disk access, injected so that the service stays pure and tests can use a map. */
export interface FileSource {
  /** URIs of the `.tf` and `.tofu` files directly in a folder (given as a URI without trailing slash). */
  listTfFiles(folderUri: string): string[];
  /** URIs of the `.tf.json` and `.tofu.json` files (Terraform's JSON syntax) directly in a folder. */
  listTfJsonFiles?(folderUri: string): string[];
  readFile(uri: string): string | undefined;
}

/** A `resource` or `data` block declared in a `.tf.json` file: only its address is read. */
export interface JsonDeclaration {
  readonly uri: string;
  readonly kind: 'resource' | 'data';
  readonly type: string;
  readonly name: string;
}

/** The resource and data declarations of a `.tf.json` text (`{"resource": {"type": {"name": {...}}}}`). */
export function jsonDeclarations(uri: string, text: string): JsonDeclaration[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const out: JsonDeclaration[] = [];
  // The top level is an object, or (rarely) an array of such objects for repeated block types.
  for (const root of Array.isArray(data) ? data : [data]) {
    if (!root || typeof root !== 'object') continue;
    for (const kind of ['resource', 'data'] as const) {
      for (const group of [(root as Record<string, unknown>)[kind]].flat()) {
        if (!group || typeof group !== 'object') continue;
        for (const [type, byName] of Object.entries(group as Record<string, unknown>)) {
          for (const names of [byName].flat()) {
            if (names && typeof names === 'object') for (const name of Object.keys(names)) out.push({ uri, kind, type, name });
          }
        }
      }
    }
  }
  return out;
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
  private readonly jsonDeclared = new Map<string, JsonDeclaration[]>();

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
    // The folder's listings go with its last open document (read again if one opens there).
    const folder = folderOf(uri);
    if (![...this.open.keys()].some((u) => folderOf(u) === folder)) {
      this.listed.delete(folder);
      this.jsonDeclared.delete(folder);
      for (const u of [...this.disk.keys()]) {
        if (folderOf(u) !== folder) continue;
        this.disk.get(u)?.dispose();
        this.disk.delete(u);
      }
    }
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
    this.jsonDeclared.delete(folderOf(uri));
  }

  /** Declarations of the folder's `.tf.json` files, which the HCL parser does not read (cached per folder). */
  folderJsonDeclarations(uri: string): readonly JsonDeclaration[] {
    const folder = folderOf(uri);
    let found = this.jsonDeclared.get(folder);
    if (!found) {
      found = [];
      try {
        for (const u of this.files?.listTfJsonFiles?.(folder) ?? []) {
          const text = this.files?.readFile(u);
          if (text !== undefined) found.push(...jsonDeclarations(u, text));
        }
      } catch {
        // An unreadable folder declares nothing we can see.
      }
      this.jsonDeclared.set(folder, found);
    }
    return found;
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
    for (const u of this.open.keys()) if (folderOf(u) === folder && (u.endsWith('.tf') || u.endsWith('.tofu'))) uris.add(u);
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
