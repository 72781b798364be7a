/**
 * The floor, in the benchmark's own process: a bare web-tree-sitter parse of a text with the server's wasm
 * files (dist/), whole and incrementally after a one-character insert. Each figure of the server is printed
 * next to these, measured in the same run on the same text.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Language, Parser, type Edit } from 'web-tree-sitter';
import { median } from './stats';

let parser: Parser | undefined;

export async function initBareParser(dist: string): Promise<void> {
  if (parser) return;
  await Parser.init({ locateFile: () => join(dist, 'tree-sitter.wasm') });
  const language = await Language.load(join(dist, 'tree-sitter-terraform.wasm'));
  parser = new Parser();
  parser.setLanguage(language);
}

function p(): Parser {
  if (!parser) throw new Error('initBareParser first');
  return parser;
}

export interface ParseFloor {
  /** Median of whole-text parses (after one warm-up parse). */
  fullMs: number;
  /** Median of incremental re-parses after inserting one character at `offset` (tree.edit + parse with the old tree). */
  incrementalMs: number;
}

function point(text: string, offset: number): { row: number; column: number } {
  const before = text.slice(0, offset);
  const row = before.split('\n').length - 1;
  return { row, column: offset - (before.lastIndexOf('\n') + 1) };
}

export function measureParse(text: string, offset: number, runs = 5): ParseFloor {
  p().parse(text)?.delete();
  const full: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const tree = p().parse(text);
    full.push(performance.now() - t0);
    tree?.delete();
  }
  const inc: number[] = [];
  let tree = p().parse(text)!;
  let cur = text;
  for (let i = 0; i < runs * 2; i++) {
    const at = offset + i;
    const start = point(cur, at);
    cur = cur.slice(0, at) + 'x' + cur.slice(at);
    const t0 = performance.now();
    tree.edit({ startIndex: at, oldEndIndex: at, newEndIndex: at + 1, startPosition: start, oldEndPosition: start, newEndPosition: { row: start.row, column: start.column + 1 } } as Edit);
    const next = p().parse(cur, tree)!;
    inc.push(performance.now() - t0);
    tree.delete();
    tree = next;
  }
  tree.delete();
  return { fullMs: median(full), incrementalMs: median(inc) };
}
