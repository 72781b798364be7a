// Tokenizes Terraform text with our grammar through vscode-textmate (the engine VS Code uses).
// Used by check-guide.mjs; run directly to print the tokens of a file, one per line:
//   node test/grammar/tokenize.mjs path/to/file.tf
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const grammarPath = path.join(root, 'syntaxes/terraform.tmLanguage.json');

let registryPromise;

/** Loads the grammar once per process. */
export async function loadGrammar() {
  registryPromise ??= (async () => {
    const wasm = await readFile(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (str) => new oniguruma.OnigString(str),
      }),
      loadGrammar: async (scopeName) => {
        if (scopeName !== 'source.terraform') return null;
        const text = await readFile(grammarPath, 'utf8');
        return textmate.parseRawGrammar(text, grammarPath);
      },
    });
    return registry.loadGrammar('source.terraform');
  })();
  return registryPromise;
}

/**
 * Tokenizes `text` line by line.
 * Returns per line: its tokens ({ text, scopes }) and the scopes still open at its end.
 */
export async function tokenize(text) {
  const grammar = await loadGrammar();
  let stack = textmate.INITIAL;
  const lines = [];
  for (const line of text.split(/\r?\n/)) {
    const result = grammar.tokenizeLine(line, stack);
    const tokens = result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    stack = result.ruleStack;
    lines.push({ line, tokens, openScopes: openScopesOf(stack) });
  }
  return { lines, openAtEnd: openScopesOf(stack) };
}

/** The scope names still open on a rule stack, outermost first, without the root scope. */
function openScopesOf(stack) {
  const names = [];
  for (let list = stack.contentNameScopesList; list; list = list.parent) {
    const scope = typeof list.scope === 'string' ? list.scope : list.scope?.scopeName ?? list.scopeName;
    if (scope) names.unshift(...String(scope).split(' ').reverse());
  }
  return names.filter((name) => name !== 'source.terraform');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await readFile(process.argv[2], 'utf8');
  const { lines } = await tokenize(text);
  for (const [i, l] of lines.entries()) {
    console.log(`${i + 1}: ${l.line}`);
    for (const t of l.tokens) console.log(`    ${JSON.stringify(t.text).padEnd(28)} ${t.scopes.slice(1).join(' ')}`);
    if (l.openScopes.length) console.log(`    (open: ${l.openScopes.join(' > ')})`);
  }
}
