/**
 * Incremental diagnostics: after random edits to two files of one folder, the cached, chunk-by-chunk findings
 * of each file equal those of a fresh workspace that runs every rule over the whole document. The folder holds
 * every fact a block rule reads from other blocks (declarations, references both ways, the provider version,
 * locals, variables, policy documents used by other blocks, key policies, grants), and the edits change them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace, doValidation, type Finding, type ParsedDocument } from '../../server/src/service';
import { useParser } from './harness';

useParser();

const MAIN = 'file:///ws/main.tf';
const OTHER = 'file:///ws/other.tf';

const MAIN_TEXT = `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 6.0" }
  }
}

data "aws_caller_identity" "current" {}

variable "spec" {
  default = "SYMMETRIC_DEFAULT"
}

locals {
  usage = "ENCRYPT_DECRYPT"
  shared_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" }]
  })
}

resource "aws_kms_key" "a" {
  description              = "first"
  customer_master_key_spec = var.spec
  key_usage                = local.usage
  enable_key_rotation      = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }, Action = "kms:*", Resource = "*" }]
  })
}

resource "aws_kms_key" "b" {
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
  policy                   = data.aws_iam_policy_document.b.json
}

resource "aws_kms_key" "c" {
  description = "no policy here"
  policy      = local.shared_policy
}

resource "aws_kms_grant" "g" {
  key_id            = aws_kms_key.b.key_id
  grantee_principal = "arn:aws:iam::111122223333:role/app"
  operations        = ["Sign", "Decrypt", "Encrypt"]
}

resource "aws_kms_alias" "a" {
  name          = "alias/a"
  target_key_id = aws_kms_key.a.key_id
}
`;

const OTHER_TEXT = `data "aws_iam_policy_document" "b" {
  statement {
    sid       = "Root"
    effect    = "Allow"
    actions   = ["kms:*", "kms:Decrypt"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

resource "aws_kms_key_policy" "kp" {
  key_id = aws_kms_key.c.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

resource "aws_kms_key" "d" {
  deletion_window_in_days = 3
}

resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.b.json
}
`;

/** Whole-word replacements that change facts other blocks read. */
const SWAPS: readonly (readonly [string, string])[] = [
  ['~> 6.0', '~> 5.0'],
  ['SYMMETRIC_DEFAULT', 'RSA_2048'],
  ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  ['ECC_NIST_P256', 'SYMMETRIC_DEFAULT'],
  ['aws_kms_key.b', 'aws_kms_key.a'],
  ['aws_kms_key.c', 'aws_kms_key.d'],
  ['aws_kms_key.a', 'aws_kms_key.x'],
  ['"b"', '"bb"'],
  ['"d"', '"c"'],
  ['aws_iam_policy_document.b', 'aws_iam_policy_document.z'],
  ['aws_iam_policy"', 'aws_iam_role_policy"'],
  ['local.shared_policy', 'local.usage'],
  ['"kms:*"', '"kms:Decryptt"'],
  ['111122223333:root', '444455556666:root'],
  ['"current"', '"me"'],
  ['aws_kms_key_policy', 'aws_kms_key_polic'],
  ['key_id = aws_kms_key.c.id', 'key_id = var.spec'],
];

const ALPHABET = ['a', ' ', '\n', '"', '{', '}', '=', '[', ']', '#', '$', '(', ')', ',', 'x', '.', '<<EOT\n', '/*', '*/'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function render(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map((f) => ({ ...f, fixes: f.fixes?.map((x) => ({ ...x })) })), null, 1);
}

function duplicateAddress(texts: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(/^(resource|data)\s+"([^"\n]*)"\s+"([^"\n]*)"/gm)) {
      const key = `${m[1]} ${m[2]} ${m[3]}`;
      if (seen.has(key)) return true;
      seen.add(key);
    }
  }
  return false;
}

/** A fresh workspace holding `texts`, every rule over the whole document. */
function freshFindings(texts: ReadonlyMap<string, string>, uri: string): Finding[] {
  const ws = new Workspace();
  for (const [u, t] of texts) ws.openDocument(u, 1, t);
  return doValidation(ws, ws.get(uri)!, { wholeDocument: true, onRuleError: (id, e) => assert.fail(`${id} threw: ${String(e)}`) });
}

/** One random edit of `text`: a swap of a fact, a deleted line, a duplicated block or a typed character. */
let copies = 0;

function randomEdit(text: string, random: () => number): { start: number; end: number; newText: string } {
  const r = random();
  if (r < 0.6) {
    const present = SWAPS.flatMap(([a, b]) => [
      ...(text.includes(a) ? [[a, b] as const] : []),
      ...(text.includes(b) ? [[b, a] as const] : []),
    ]);
    if (present.length) {
      const [from, to] = present[Math.floor(random() * present.length)]!;
      const hits: number[] = [];
      for (let i = text.indexOf(from); i !== -1; i = text.indexOf(from, i + 1)) hits.push(i);
      const at = hits[Math.floor(random() * hits.length)]!;
      return { start: at, end: at + from.length, newText: to };
    }
  }
  if (r < 0.68) {
    const lines = [...text.matchAll(/^.*\n/gm)];
    const line = lines[Math.floor(random() * lines.length)];
    if (line) return { start: line.index!, end: line.index! + line[0].length, newText: '' };
  }
  if (r < 0.74) {
    const starts = [...text.matchAll(/^resource /gm)].map((m) => m.index!);
    const s = starts[Math.floor(random() * starts.length)];
    if (s !== undefined) {
      const end = text.indexOf('\n}\n', s);
      if (end !== -1) {
        const copy = text.slice(s, end + 3).replace(/" \{/, `_${++copies}" {`);
        return { start: text.length, end: text.length, newText: '\n' + copy };
      }
    }
  }
  const at = Math.floor(random() * (text.length + 1));
  const del = random() < 0.3 ? Math.min(text.length - at, Math.floor(random() * 4)) : 0;
  return { start: at, end: at + del, newText: random() < 0.8 ? ALPHABET[Math.floor(random() * ALPHABET.length)]! : '' };
}

describe('incremental diagnostics', () => {
  it('give the findings of a fresh whole-document run after every one of 12 x 25 random edits to a folder', () => {
    const random = rng(7);
    for (let round = 0; round < 12; round++) {
    const ws = new Workspace();
    const docs = new Map<string, ParsedDocument>([
      [MAIN, ws.openDocument(MAIN, 1, MAIN_TEXT)],
      [OTHER, ws.openDocument(OTHER, 1, OTHER_TEXT)],
    ]);
    const texts = () => new Map([...docs].map(([u, d]) => [u, d.text]));
    for (const uri of docs.keys()) assert.equal(render(doValidation(ws, docs.get(uri)!)), render(freshFindings(texts(), uri)));
    for (let i = 0; i < 25; i++) {
      const uri = random() < 0.7 ? MAIN : OTHER;
      const doc = docs.get(uri)!;
      const edit = randomEdit(doc.text, random);
      docs.set(uri, ws.changeDocument(uri, doc.version + 1, [edit])!);
      // Both files, in either order: the other file's findings depend on this one's facts.
      for (const u of random() < 0.5 ? [MAIN, OTHER] : [OTHER, MAIN]) {
        const got = doValidation(ws, docs.get(u)!, { onRuleError: (id, e) => assert.fail(`${id} threw: ${String(e)}`) });
        const want = freshFindings(texts(), u);
        // Two blocks of one address: the whole-document run settles each one's findings against the other's values.
        if (duplicateAddress([...texts().values()])) continue;
        assert.equal(render(got), render(want), `round ${round}, after edit ${i} of ${uri} (${JSON.stringify(edit)}), findings of ${u}`);
      }
    }
    }
  });

  it('agree with a whole-document run on the guide-sized bench file, and move with an edit above them', () => {
    const block = (i: number) =>
      `resource "aws_kms_key" "k${i}" {\n  description = "key ${i}"\n  enable_key_rotation = ${i % 3 === 0 ? 'false' : 'true'}\n  bogus${i} = 1\n}\n\n` +
      `resource "aws_kms_alias" "a${i}" {\n  name          = "${i % 4 === 0 ? 'k' : 'alias/k'}${i}"\n  target_key_id = aws_kms_key.k${i}.key_id\n}\n\n`;
    const text = Array.from({ length: 40 }, (_, i) => block(i)).join('');
    const ws = new Workspace();
    let doc = ws.openDocument(MAIN, 1, text);
    assert.equal(render(doValidation(ws, doc)), render(freshFindings(new Map([[MAIN, doc.text]]), MAIN)));
    doc = ws.changeDocument(MAIN, 2, [{ start: 10, end: 10, newText: '_renamed' }])!;
    doc = ws.changeDocument(MAIN, 3, [{ start: text.length / 2, end: text.length / 2, newText: '\n\n' }])!;
    assert.equal(render(doValidation(ws, doc)), render(freshFindings(new Map([[MAIN, doc.text]]), MAIN)));
  });
});
