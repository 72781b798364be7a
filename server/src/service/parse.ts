/**
 * Text -> tree-sitter syntax tree, with the HCL grammar's wasm. The parser is initialised once per
 * process (`initParser`); each document version is parsed once, incrementally from the previous tree.
 */
import { Parser, Language, type Tree, type Edit } from 'web-tree-sitter';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';

let parser: Parser | undefined;
let initializing: Promise<void> | undefined;

/** Directories where the wasm files may live: beside the bundle (dist/), or in node_modules when unbundled. */
function wasmCandidates(file: string, explicitDir?: string): string[] {
  const dirs = [explicitDir, __dirname, join(__dirname, '..'), join(__dirname, '../../../dist')].filter(
    (d): d is string => typeof d === 'string',
  );
  const found = dirs.map((d) => join(d, file)).filter((p) => existsSync(p));
  if (found.length > 0) return found;
  // Unbundled (tests, tsx): resolve from the packages.
  try {
    if (file === 'tree-sitter.wasm') return [join(dirname(require.resolve('web-tree-sitter')), file)];
    return [join(dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), file)];
  } catch {
    return [];
  }
}

export function initParser(wasmDir?: string): Promise<void> {
  if (parser) return Promise.resolve();
  initializing ??= (async () => {
    const runtime = wasmCandidates('tree-sitter.wasm', wasmDir)[0];
    const grammar = wasmCandidates('tree-sitter-terraform.wasm', wasmDir)[0];
    if (!runtime || !grammar) throw new Error('tree-sitter wasm files not found');
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(grammar);
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  })();
  return initializing;
}

function requireParser(): Parser {
  if (!parser) throw new Error('initParser() must complete before parsing');
  return parser;
}

/** Parse text, reusing `previous` when given (it must already have had `edit` applied for every change). */
export function parseText(text: string, previous?: Tree): Tree {
  const tree = requireParser().parse(text, previous ?? null);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

export interface TextChange {
  /** Offsets in the text before the change. */
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

function pointAt(text: string, offset: number): { row: number; column: number } {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

/** Describes a change to tree-sitter (`tree.edit`) so the next parse can reuse unchanged subtrees. */
export function treeEditFor(oldText: string, change: TextChange): Edit {
  const newText = oldText.slice(0, change.start) + change.newText + oldText.slice(change.end);
  const newEnd = change.start + change.newText.length;
  return {
    startIndex: change.start,
    oldEndIndex: change.end,
    newEndIndex: newEnd,
    startPosition: pointAt(oldText, change.start),
    oldEndPosition: pointAt(oldText, change.end),
    newEndPosition: pointAt(newText, newEnd),
  } as Edit;
}
