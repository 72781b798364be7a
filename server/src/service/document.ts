/**
 * A document parsed once per version: text, syntax tree, HCL model and line map, all computed on first use
 * and cached on the object. A new version reuses the previous tree for an incremental parse.
 */
import type { Tree } from 'web-tree-sitter';
import { parseText, treeEditFor, type TextChange } from './parse';
import { buildHclFile, type PreviousVersion } from './hcl/build';
import type { HclFile, Span } from './hcl/model';
import { LineMap } from './text/lineMap';

/** Files larger than this are not parsed: they get one diagnostic and no features. */
export const MAX_PARSE_CHARS = 8 * 1024 * 1024;

export class ParsedDocument {
  private treeCache: Tree | undefined;
  private hclCache: HclFile | undefined;
  private lineMapCache: LineMap | undefined;
  /** What the model build may reuse from the previous version; dropped once used. */
  private reuse: PreviousVersion | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    /** The previous version: a copy of its tree already edited for the changes, its model, and the one change. */
    private previous?: { tree: Tree; hcl: HclFile | undefined; change: TextChange | undefined },
  ) {}

  get tooLarge(): boolean {
    return this.text.length > MAX_PARSE_CHARS;
  }

  get tree(): Tree | undefined {
    if (this.tooLarge) return undefined;
    if (!this.treeCache) {
      const prev = this.previous;
      this.previous = undefined;
      this.treeCache = parseText(this.text, prev?.tree);
      if (prev) {
        if (prev.hcl && prev.change) {
          const changed: Span[] = prev.tree.getChangedRanges(this.treeCache).map((r) => ({ start: r.startIndex, end: r.endIndex }));
          this.reuse = { hcl: prev.hcl, changed, change: prev.change };
        }
        prev.tree.delete();
      }
    }
    return this.treeCache;
  }

  get hcl(): HclFile {
    if (!this.hclCache) {
      const tree = this.tree;
      this.hclCache = tree
        ? buildHclFile(tree, this.text, this.reuse)
        : { body: { span: { start: 0, end: this.text.length }, attributes: [], blocks: [] }, problems: [] };
      this.reuse = undefined;
    }
    return this.hclCache;
  }

  get lineMap(): LineMap {
    this.lineMapCache ??= new LineMap(this.text);
    return this.lineMapCache;
  }

  /** The next version after applying `changes` in order (offsets of each change refer to the text before it). */
  withChanges(version: number, changes: readonly TextChange[]): ParsedDocument {
    let text = this.text;
    // Only an already-parsed tree is worth editing; otherwise the next parse starts fresh.
    const tree = this.treeCache && changes.length <= 64 ? this.treeCache.copy() : undefined;
    for (const ch of changes) {
      if (tree) tree.edit(treeEditFor(text, ch));
      text = text.slice(0, ch.start) + ch.newText + text.slice(ch.end);
    }
    if (tree && text.length > MAX_PARSE_CHARS) {
      tree.delete();
      return new ParsedDocument(this.uri, version, text);
    }
    return new ParsedDocument(this.uri, version, text, tree ? { tree, hcl: this.hclCache, change: changes.length === 1 ? changes[0] : undefined } : undefined);
  }

  /** Frees the tree's wasm memory. Call when the document is dropped. */
  dispose(): void {
    this.treeCache?.delete();
    this.treeCache = undefined;
    this.previous?.tree.delete();
    this.previous = undefined;
  }
}
