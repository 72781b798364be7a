// The grammar suite: fixture assertions (vscode-tmgrammar-test), the guide's HCL examples,
// the broken-scope detector on deliberately broken files, and the language configuration.
// Prints one line per test and closes with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenScopes, hclBlocks } from './check-guide.mjs';
import { tokenize } from './tokenize.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const liveGuide = path.resolve(root, '../shared/guide/kms-terraform-guide.md');
const guideCopy = path.join(here, 'fixtures/guide-examples.md');

let passed = 0;
let failed = 0;
function report(name, problems) {
  if (problems.length === 0) {
    passed++;
    console.log(`✔ ${name}`);
  } else {
    failed++;
    console.log(`✖ ${name}`);
    for (const p of problems.slice(0, 12)) console.log(`    ${p}`);
  }
}

// 1. Scope assertions in test/grammar/fixtures/*.test.tf.
const fixtures = readdirSync(path.join(here, 'fixtures')).filter((f) => f.endsWith('.test.tf')).sort();
const bin = path.join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
for (const f of fixtures) {
  const rel = path.relative(root, path.join(here, 'fixtures', f));
  const run = spawnSync(process.execPath, [bin, '-g', 'syntaxes/terraform.tmLanguage.json', rel], { cwd: root, encoding: 'utf8' });
  const out = `${run.stdout}${run.stderr}`.trim();
  report(`scopes: ${f}`, run.status === 0 ? [] : out.split('\n'));
}

// 2. The fixtures themselves tokenize without a broken scope.
for (const f of fixtures) {
  const text = readFileSync(path.join(here, 'fixtures', f), 'utf8');
  const problems = (await brokenScopes(text)).filter((p) => !p.includes('invalid.illegal.escape'));
  report(`balanced: ${f}`, problems);
}

// 3. Every HCL block of the guide (the live one in ../shared when present, else the committed copy).
const guide = existsSync(liveGuide) ? liveGuide : guideCopy;
const blocks = hclBlocks(readFileSync(guide, 'utf8'));
if (guide === liveGuide && process.argv.includes('--refresh-copy')) {
  const copy = blocks.map((b) => `<!-- guide line ${b.startLine - 1} -->\n\`\`\`hcl\n${b.text}\n\`\`\`\n`).join('\n');
  writeFileSync(guideCopy, `# HCL examples copied from shared/guide/kms-terraform-guide.md (used when shared/ is absent)\n\n${copy}`);
}
report(`guide: ${path.relative(root, guide)} has HCL examples`, blocks.length ? [] : ['no hcl code block found']);
for (const b of blocks) report(`guide: block at line ${b.startLine - 1} tokenizes without a broken scope`, await brokenScopes(b.text, b.startLine));

// 4. Every contributed snippet, with its placeholders filled in, tokenizes cleanly too.
{
  const snippetsDir = path.join(root, 'snippets');
  const files = existsSync(snippetsDir) ? readdirSync(snippetsDir).filter((f) => f.endsWith('.code-snippets')) : [];
  for (const f of files) {
    let snippets = {};
    try {
      snippets = JSON.parse(readFileSync(path.join(snippetsDir, f), 'utf8'));
    } catch (e) {
      report(`snippets: ${f} is JSON`, [String(e)]);
      continue;
    }
    for (const [name, s] of Object.entries(snippets)) {
      const body = (Array.isArray(s.body) ? s.body.join('\n') : String(s.body ?? ''))
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1') // ${1|a,b|} -> a
        .replace(/\$\{\d+:([^${}]*)\}/g, '$1') // ${1:default} -> default (innermost first)
        .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
        .replace(/\$\{\d+\}|\$\d+/g, 'x') // $1, ${1} -> x
        .replace(/\\\$/g, '$'); // \$ -> $
      report(`snippets: "${name}" tokenizes without a broken scope`, await brokenScopes(body));
    }
  }
}

// 5. The detector itself: each file in broken/ must be reported.
for (const f of readdirSync(path.join(here, 'broken')).sort()) {
  const problems = await brokenScopes(readFileSync(path.join(here, 'broken', f), 'utf8'));
  report(`detector flags broken/${f}`, problems.length ? [] : ['no problem reported']);
}

// 6. Structural facts the grammar must keep.
{
  const { lines, openAtEnd } = await tokenize('resource "aws_kms_key" "a" {\n  policy = <<-EOT\n  {"a": "}"}\n  EOT\n  enable_key_rotation = true\n}\n');
  const last = lines[4].tokens.find((t) => t.text === 'enable_key_rotation');
  const problems = [];
  if (!last?.scopes.includes('variable.other.property.terraform')) problems.push(`after a heredoc: ${JSON.stringify(last?.scopes)}`);
  if (openAtEnd.length) problems.push(`open at end: ${openAtEnd.join(' > ')}`);
  report('a heredoc containing braces closes cleanly', problems);
}

// 7. language-configuration.json: valid JSON, regexes compile, pairs are pairs.
{
  const problems = [];
  try {
    const conf = JSON.parse(readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
    if (conf.comments?.lineComment !== '#') problems.push('lineComment should be #');
    if (JSON.stringify(conf.comments?.blockComment) !== '["/*","*/"]') problems.push('blockComment should be /* */');
    for (const key of ['increaseIndentPattern', 'decreaseIndentPattern']) new RegExp(conf.indentationRules[key]);
    new RegExp(conf.folding.markers.start);
    new RegExp(conf.folding.markers.end);
    new RegExp(conf.wordPattern);
    for (const pair of [...conf.brackets, ...conf.surroundingPairs]) if (pair.length !== 2) problems.push(`bad pair ${pair}`);
    const inc = new RegExp(conf.indentationRules.increaseIndentPattern);
    if (!inc.test('resource "aws_kms_key" "a" {')) problems.push('increaseIndent misses a block opening');
    if (inc.test('  tags = {}')) problems.push('increaseIndent fires on a closed {}');
    if (!new RegExp(conf.wordPattern).exec('enable_key_rotation')?.[0]?.includes('enable_key_rotation')) problems.push('wordPattern splits identifiers');
  } catch (e) {
    problems.push(String(e));
  }
  report('language-configuration.json is well formed', problems);
}

// 8. How package.json contributes the grammar: bound to no language (VS Code keeps one grammar per language, the
//    last registered, so a `terraform` binding would replace HashiCorp's), injected into Markdown code blocks.
{
  const problems = [];
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const grammars = pkg.contributes?.grammars ?? [];
    for (const g of grammars) if (g.language) problems.push(`grammar ${g.scopeName} is bound to the language ${g.language}`);
    for (const l of pkg.contributes?.languages ?? []) if (l.configuration) problems.push(`language ${l.id} has a static configuration`);
    const main = JSON.parse(readFileSync(path.join(root, 'syntaxes/terraform.tmLanguage.json'), 'utf8'));
    if (!grammars.some((g) => g.scopeName === main.scopeName && g.path === './syntaxes/terraform.tmLanguage.json')) problems.push(`${main.scopeName} is not contributed`);
    const injection = grammars.find((g) => g.injectTo);
    if (!injection) problems.push('no Markdown injection is contributed');
    else {
      const inj = JSON.parse(readFileSync(path.join(root, injection.path), 'utf8'));
      if (inj.scopeName !== injection.scopeName) problems.push(`injection scope ${inj.scopeName} is contributed as ${injection.scopeName}`);
      if (!JSON.stringify(inj).includes(`"include":"${main.scopeName}"`)) problems.push(`the injection does not include ${main.scopeName}`);
      if (!injection.injectTo.includes('text.html.markdown') || !inj.injectionSelector?.includes('text.html.markdown')) problems.push('the injection does not target Markdown');
      if (injection.embeddedLanguages?.['meta.embedded.block.terraform'] !== 'terraform') problems.push('the code block content is not embedded as terraform');
    }
  } catch (e) {
    problems.push(String(e));
  }
  report('package.json contributes the grammar to no language, and injects it into Markdown code blocks', problems);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
