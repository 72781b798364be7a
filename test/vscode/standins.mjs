// Stand-ins for HashiCorp's and OpenTofu's extensions, built and packaged as VSIX files by the test itself
// (the real ones come from the Marketplace, which these machines cannot reach). Each has the real one's
// identity (publisher.name, so that `vscode.extensions.getExtension` finds it and it sorts where the real one
// does), the real one's language ids and file extensions and a grammar of the real one's scope name, but marks
// every token with a scope of its own and uses `//` as its line comment (both real ones use `#`), so that a test
// can tell whose grammar and whose language configuration are in force.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** What the suites check for: the scope suffix every token of a stand-in's grammar carries, and its line comment. */
export const STANDINS = {
  hashicorp: {
    id: 'hashicorp.terraform',
    publisher: 'hashicorp',
    name: 'terraform',
    scopeSuffix: 'standin-hashicorp',
    lineComment: '//',
    // As in hashicorp/vscode-terraform's package.json.
    languages: [{ id: 'terraform', aliases: ['Terraform', 'terraform'], extensions: ['.tf'] }],
  },
  opentofu: {
    id: 'opentofu.vscode-opentofu',
    publisher: 'opentofu',
    name: 'vscode-opentofu',
    scopeSuffix: 'standin-opentofu',
    lineComment: '//',
    // As in opentofu/vscode-opentofu's package.json: it claims .tf as well as .tofu.
    languages: [{ id: 'opentofu', aliases: ['OpenTofu', 'tofu', 'terraform', 'hcl'], extensions: ['.tf', '.tofu'] }],
  },
};

function grammar(suffix) {
  return {
    scopeName: 'source.hcl.terraform',
    name: `Terraform (${suffix})`,
    patterns: [
      { match: '(#|//).*$', name: `comment.line.${suffix}` },
      { begin: '/\\*', end: '\\*/', name: `comment.block.${suffix}` },
      { match: '"(?:[^"\\\\]|\\\\.)*"', name: `string.quoted.double.${suffix}` },
      { match: '\\b(resource|data|locals|variable|output|provider|terraform|module|dynamic)\\b', name: `keyword.other.${suffix}` },
      { match: '\\b[0-9]+(\\.[0-9]+)?\\b', name: `constant.numeric.${suffix}` },
      { match: '[A-Za-z_][A-Za-z0-9_-]*', name: `variable.other.${suffix}` },
    ],
  };
}

function languageConfiguration(lineComment) {
  const pairs = [['{', '}'], ['[', ']'], ['(', ')']];
  return {
    comments: { lineComment, blockComment: ['/*', '*/'] },
    brackets: pairs,
    autoClosingPairs: [...pairs.map(([open, close]) => ({ open, close })), { open: '"', close: '"', notIn: ['string'] }],
    surroundingPairs: [...pairs, ['"', '"']],
  };
}

/** Writes the stand-in's extension folder under `dir` and packages it; returns the VSIX path. */
export function buildStandin(key, dir) {
  const s = STANDINS[key];
  const ext = path.join(dir, key);
  mkdirSync(path.join(ext, 'syntaxes'), { recursive: true });
  const manifest = {
    name: s.name,
    publisher: s.publisher,
    displayName: `${s.id} (test stand-in)`,
    description: `Stands in for ${s.id} in Terraform KMS's VS Code tests: its language ids, a grammar and a language configuration of its own.`,
    version: '0.0.1',
    license: 'MIT',
    engines: { vscode: '^1.100.0' },
    categories: ['Programming Languages'],
    contributes: {
      languages: s.languages.map((l) => ({ ...l, configuration: './language-configuration.json' })),
      grammars: s.languages.map((l) => ({ language: l.id, scopeName: 'source.hcl.terraform', path: './syntaxes/terraform.tmGrammar.json' })),
    },
  };
  writeFileSync(path.join(ext, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(ext, 'README.md'), `# ${s.id} stand-in\n\nBuilt by test/vscode/standins.mjs; not the real extension.\n`);
  writeFileSync(path.join(ext, 'LICENSE'), 'MIT\n');
  writeFileSync(path.join(ext, 'language-configuration.json'), JSON.stringify(languageConfiguration(s.lineComment), null, 2));
  writeFileSync(path.join(ext, 'syntaxes/terraform.tmGrammar.json'), JSON.stringify(grammar(s.scopeSuffix), null, 2));
  const vsix = path.join(dir, `${s.id}.vsix`);
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], {
    cwd: ext,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return vsix;
}
