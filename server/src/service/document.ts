/**
 * A document parsed once per version: text, HCL model and line map, all computed on first use and cached on
 * the object.
 *
 * The model is built chunk by chunk (see `chunkStarts` in parse.ts): each top-level chunk is parsed on its
 * own and its model, in offsets relative to the chunk, is a pure function of the chunk's text. A new version
 * re-scans the chunk boundaries around the edit only, keeps the chunks before it, moves the chunks after it,
 * and parses only the chunks whose text changed. So a keystroke costs the parse of its chunk, and an unclosed
 * string or brace damages its own chunk only. No syntax tree is kept for the model: each chunk's tree is freed
 * as soon as its model is built. The whole-file tree (`tree`) is parsed only when asked for.
 */
import type { Tree } from 'web-tree-sitter';
import { chunkStarts, parseText, treeEditFor, type TextChange } from './parse';
import { buildHclFile } from './hcl/build';
import { firstUnclosed } from './hcl/unclosed';
import type { Attribute, Block, HclFile, Span, SyntaxProblem } from './hcl/model';
import { LineMap } from './text/lineMap';

/** Files larger than this are not parsed: they get one diagnostic and no features. */
export const MAX_PARSE_CHARS = 8 * 1024 * 1024;
/** Syntax problems kept per document, as the model builder bounds them per tree. */
const MAX_PROBLEMS = 50;

/** What one chunk holds, in offsets relative to its start. */
interface ChunkModel {
  readonly attributes: readonly Attribute[];
  readonly blocks: readonly Block[];
  readonly problems: readonly SyntaxProblem[];
  /** Span of the chunk's body (its first to its last item), when it has items. */
  readonly bodySpan: Span | undefined;
}

const EMPTY_MODEL: ChunkModel = { attributes: [], blocks: [], problems: [], bodySpan: undefined };

function parseChunk(text: string): ChunkModel {
  if (text.trim() === '') return EMPTY_MODEL;
  const tree = parseText(text);
  try {
    const hcl = buildHclFile(tree, text);
    const hasItems = hcl.body.attributes.length > 0 || hcl.body.blocks.length > 0;
    // An unclosed string or bracket makes the parser report errors on the tokens after it: one error, where
    // it opens, is what the user needs.
    const unclosed = hcl.problems.length ? firstUnclosed(text) : undefined;
    const problems = unclosed ? [{ span: unclosed.span, message: unclosed.message }] : hcl.problems;
    return { attributes: hcl.body.attributes, blocks: hcl.body.blocks, problems, bodySpan: hasItems ? hcl.body.span : undefined };
  } finally {
    tree.delete();
  }
}

/** Deep copy of model data with every `start`/`end` number moved by `delta`. */
function shifted<T>(value: T, delta: number): T {
  if (delta === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = shifted(value[i], delta);
    return out as T;
  }
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in src) {
    const v = src[k];
    out[k] = typeof v === 'number' ? (k === 'start' || k === 'end' ? v + delta : v) : typeof v === 'object' ? shifted(v, delta) : v;
  }
  return out as T;
}

/** FNV-1a over UTF-16 code units. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Every distinct object of model data that carries `start`/`end` offsets. */
function spanObjects(value: unknown, out: Set<{ start: number; end: number }>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) spanObjects(v, out);
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') out.add(o as { start: number; end: number });
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === 'object') spanObjects(v, out);
  }
}

/** A chunk's model in document offsets, and the span objects inside it, so that moving it is one loop. */
interface PlacedModel {
  readonly model: ChunkModel;
  readonly spans: readonly { start: number; end: number }[];
}

/** One top-level chunk of a document version: its text and its part of the model, in document offsets. */
export class Chunk {
  private placed: PlacedModel | undefined;
  private hashCache: number | undefined;

  constructor(
    readonly start: number,
    /** Kept as the same string object while the chunk is unchanged, so that lookups keyed by it stay cheap. */
    readonly text: string,
    private readonly local: ChunkModel,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  /** A hash of the text (FNV-1a), computed once per chunk text. */
  get hash(): number {
    this.hashCache ??= hashText(this.text);
    return this.hashCache;
  }

  private get model(): ChunkModel {
    if (!this.placed) {
      const model = shifted(this.local, this.start);
      const spans = new Set<{ start: number; end: number }>();
      if (model !== this.local) spanObjects(model, spans);
      this.placed = { model, spans: [...spans] };
    }
    return this.placed.model;
  }

  get blocks(): readonly Block[] {
    return this.model.blocks;
  }

  get attributes(): readonly Attribute[] {
    return this.model.attributes;
  }

  get problems(): readonly SyntaxProblem[] {
    return this.model.problems;
  }

  get bodySpan(): Span | undefined {
    return this.model.bodySpan;
  }

  /**
   * The same chunk at another offset (its text is unchanged). A model already placed is handed over and moved
   * in place, with new top-level block and attribute objects, so that caches keyed by them start afresh; this
   * chunk places its own again if it is read after that.
   */
  movedTo(start: number): Chunk {
    if (start === this.start) return this;
    const c = new Chunk(start, this.text, this.local);
    c.hashCache = this.hashCache;
    const placed = this.placed;
    if (placed && placed.spans.length) {
      this.placed = undefined;
      const delta = start - this.start;
      for (const s of placed.spans) {
        s.start += delta;
        s.end += delta;
      }
      const m = placed.model;
      c.placed = {
        model: { blocks: m.blocks.map((b) => ({ ...b })), attributes: m.attributes.map((a) => ({ ...a })), problems: m.problems, bodySpan: m.bodySpan },
        spans: placed.spans,
      };
    }
    return c;
  }

  /** The offset-free model, shared by every version with this text. */
  get localModel(): ChunkModel {
    return this.local;
  }
}

/** Index of the last chunk whose start is <= offset. */
function chunkIndexAt(chunks: readonly Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The chunks of `text`, reusing those of the previous version where their text is unchanged. */
function buildChunks(text: string, old: readonly Chunk[] | undefined, change: TextChange | undefined): Chunk[] {
  if (old && old.length && change) return rechunk(text, old, change);
  const memo = new Map<string, ChunkModel>();
  for (const c of old ?? []) memo.set(c.text, c.localModel);
  const { starts } = chunkStarts(text);
  return starts.map((s, i) => {
    const t = text.slice(s, starts[i + 1] ?? text.length);
    return new Chunk(s, t, memo.get(t) ?? parseChunk(t));
  });
}

function rechunk(text: string, old: readonly Chunk[], change: TextChange): Chunk[] {
  const delta = change.newText.length - (change.end - change.start);
  const newEnd = change.start + change.newText.length;
  // Re-scan from the chunk before the edit's: the edit may remove the cut at its own chunk's start.
  const k = Math.max(0, chunkIndexAt(old, change.start) - 1);
  const from = old[k]!.start;
  const isOldStart = (offset: number): boolean => {
    const o = offset - delta;
    if (o < change.end) return false;
    const j = chunkIndexAt(old, o);
    return old[j]!.start === o;
  };
  const { starts, stoppedAt } = chunkStarts(text, { from, after: newEnd, isOldStart });
  const out: Chunk[] = old.slice(0, k);
  const rest = stoppedAt === undefined ? old.length : chunkIndexAt(old, stoppedAt - delta);
  const memo = new Map<string, ChunkModel>();
  for (let i = k; i < rest; i++) memo.set(old[i]!.text, old[i]!.localModel);
  const rescannedEnd = stoppedAt ?? text.length;
  starts.forEach((s, i) => {
    const t = text.slice(s, starts[i + 1] ?? rescannedEnd);
    out.push(new Chunk(s, t, memo.get(t) ?? parseChunk(t)));
  });
  for (let i = rest; i < old.length; i++) out.push(old[i]!.movedTo(old[i]!.start + delta));
  return out;
}

export class ParsedDocument {
  private chunksCache: readonly Chunk[] | undefined;
  private treeCache: Tree | undefined;
  private hclCache: HclFile | undefined;
  private lineMapCache: LineMap | undefined;
  /** The previous version's chunks and the one change since: what the chunk build reuses; dropped once used. */
  private previousChunks: { chunks: readonly Chunk[]; change: TextChange | undefined } | undefined;
  /** A copy of the previous version's whole-file tree, already edited for the changes; dropped once used. */
  private previousTree: Tree | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    previous?: { chunks: readonly Chunk[] | undefined; change: TextChange | undefined; tree: Tree | undefined },
  ) {
    if (previous?.chunks) this.previousChunks = { chunks: previous.chunks, change: previous.change };
    this.previousTree = previous?.tree;
  }

  get tooLarge(): boolean {
    return this.text.length > MAX_PARSE_CHARS;
  }

  /** The top-level chunks, in order, covering the text. Empty when the file is too large to parse. */
  get chunks(): readonly Chunk[] {
    if (!this.chunksCache) {
      const prev = this.previousChunks;
      this.previousChunks = undefined;
      this.chunksCache = this.tooLarge ? [] : buildChunks(this.text, prev?.chunks, prev?.change);
    }
    return this.chunksCache;
  }

  /** The whole-file syntax tree, parsed on first use (incrementally from the previous version's, if it had one). */
  get tree(): Tree | undefined {
    if (this.whole) return this.whole.tree;
    if (this.tooLarge) return undefined;
    if (!this.treeCache) {
      const prevTree = this.previousTree;
      this.previousTree = undefined;
      this.treeCache = parseText(this.text, prevTree);
      prevTree?.delete();
    }
    return this.treeCache;
  }

  get hcl(): HclFile {
    if (!this.hclCache) {
      const attributes: Attribute[] = [];
      const blocks: Block[] = [];
      const problems: SyntaxProblem[] = [];
      let start: number | undefined;
      let end = 0;
      for (const c of this.chunks) {
        for (const a of c.attributes) attributes.push(a);
        for (const b of c.blocks) blocks.push(b);
        for (const p of c.problems) if (problems.length < MAX_PROBLEMS) problems.push(p);
        const s = c.bodySpan;
        if (s) {
          start ??= s.start;
          end = s.end;
        }
      }
      const span = start === undefined ? { start: 0, end: this.text.length } : { start, end };
      this.hclCache = { body: { span, attributes, blocks }, problems };
    }
    return this.hclCache;
  }

  get lineMap(): LineMap {
    this.lineMapCache ??= this.whole?.lineMap ?? new LineMap(this.text);
    return this.lineMapCache;
  }

  /** Set on a chunk view: the document it is a view of. */
  private whole: ParsedDocument | undefined;

  /**
   * This version seen through one chunk: the same uri, version and text, with a model holding that chunk's
   * blocks and attributes only. Rules that judge one top-level block at a time run on such a view.
   */
  viewOf(chunk: Chunk): ParsedDocument {
    const v = new ParsedDocument(this.uri, this.version, this.text);
    v.whole = this;
    v.chunksCache = [chunk];
    v.hclCache = {
      body: { span: chunk.bodySpan ?? { start: chunk.start, end: chunk.end }, attributes: chunk.attributes, blocks: chunk.blocks },
      problems: chunk.problems,
    };
    return v;
  }

  /** The next version after applying `changes` in order (offsets of each change refer to the text before it). */
  withChanges(version: number, changes: readonly TextChange[]): ParsedDocument {
    let text = this.text;
    // Only an already-parsed whole-file tree is worth editing; otherwise the next one starts fresh.
    const tree = this.treeCache && changes.length <= 64 ? this.treeCache.copy() : undefined;
    for (const ch of changes) {
      if (tree) tree.edit(treeEditFor(text, ch));
      text = text.slice(0, ch.start) + ch.newText + text.slice(ch.end);
    }
    if (text.length > MAX_PARSE_CHARS) {
      tree?.delete();
      return new ParsedDocument(this.uri, version, text);
    }
    // A version never read (its check skipped while typing) still builds its chunks from its predecessor's,
    // which is cheap, so that the next version can build on them instead of parsing every chunk again.
    const chunks = this.chunksCache ?? (this.previousChunks ? this.chunks : undefined);
    if (!chunks && !tree) return new ParsedDocument(this.uri, version, text);
    return new ParsedDocument(this.uri, version, text, { chunks, change: changes.length === 1 ? changes[0] : undefined, tree });
  }

  /** Frees the whole-file tree's wasm memory (the model needs none). Call when the document is dropped. */
  dispose(): void {
    this.treeCache?.delete();
    this.treeCache = undefined;
    this.previousTree?.delete();
    this.previousTree = undefined;
    this.previousChunks = undefined;
  }
}
