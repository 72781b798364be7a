// `tfkms access`: who can use each key, per folder, in text, JSON and Markdown, so that a review can diff it.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist/cli.js');

function run(args, cwd) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const KEY = `resource "aws_kms_key" "app" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" },
      { Sid = "Deny", Effect = "Deny", Principal = { AWS = "*" }, Action = "kms:ScheduleKeyDeletion", Resource = "*" }
    ]
  })
}
`;
const IAM = `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy" "app" {
  role   = aws_iam_role.app.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = aws_kms_key.app.arn }] })
}

resource "aws_kms_grant" "g" {
  key_id            = aws_kms_key.app.key_id
  grantee_principal = "arn:aws:iam::444455556666:role/partner"
  operations        = ["Encrypt"]
}
`;

let dir;
before(() => {
  assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'tfkms-access-'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app/key.tf'), KEY);
  writeFileSync(join(dir, 'app/iam.tf'), IAM);
  mkdirSync(join(dir, 'plain'));
  writeFileSync(join(dir, 'plain/main.tf'), 'resource "aws_kms_key" "plain" {}\n');
  mkdirSync(join(dir, 'empty'));
});

describe('tfkms access', () => {
  it('prints one table per key, folder by folder, in text', () => {
    const r = run(['access'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        'aws_kms_key.app (app/key.tf:1): decrypt: 2 principals · administer: 1 · 1 grant · 1 deny',
        '  PRINCIPAL                               VIA                                       EFFECT  ACCESS                           ACTIONS              CONDITIONS  WHERE',
        '  account 111122223333 (root)             key policy: aws_kms_key.app               Allow   decrypt,encrypt,administer,read  kms:*                none        app/key.tf:5',
        '  everyone ("*")                          key policy: aws_kms_key.app               Deny    administer                       ScheduleKeyDeletion  none        app/key.tf:6',
        '  aws_iam_role.app                        identity policy: aws_iam_role_policy.app  Allow   decrypt                          Decrypt              none        app/iam.tf:8',
        '  arn:aws:iam::444455556666:role/partner  grant: aws_kms_grant.g                    Allow   encrypt                          Encrypt              none        app/iam.tf:11',
        '',
        'aws_kms_key.plain (plain/main.tf:1): decrypt: 1 principal · administer: 1 · 0 grants · default key policy',
        '  PRINCIPAL            VIA                             EFFECT  ACCESS                           ACTIONS  CONDITIONS  WHERE',
        '  this account (root)  key policy: default key policy  Allow   decrypt,encrypt,administer,read  kms:*    none        plain/main.tf:1',
        "  note: No key policy in the folder: KMS applies the default key policy, which lets the account's IAM policies decide.",
        '',
      ].join('\n'),
    );
    assert.equal(r.stderr, 'tfkms access: 2 keys in 2 folders\n');
  });

  it('prints JSON for machines', () => {
    const r = run(['access', '--format', 'json', 'app'], dir);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(j.keys.map((k) => [k.address, k.file, k.line, k.policy, k.delegatesToIam]), [['aws_kms_key.app', 'app/key.tf', 1, 'set', true]]);
    assert.deepEqual(j.keys[0].rows.map((x) => [x.principal, x.via, x.effect, x.access.join(','), x.file, x.line]), [
      ['account 111122223333 (root)', 'key policy', 'Allow', 'decrypt,encrypt,administer,read', 'app/key.tf', 5],
      ['everyone ("*")', 'key policy', 'Deny', 'administer', 'app/key.tf', 6],
      ['aws_iam_role.app', 'identity policy', 'Allow', 'decrypt', 'app/iam.tf', 8],
      ['arn:aws:iam::444455556666:role/partner', 'grant', 'Allow', 'encrypt', 'app/iam.tf', 11],
    ]);
  });

  it('prints Markdown with relative links, for a review comment', () => {
    const r = run(['access', '--format=markdown', 'plain/main.tf'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      [
        '## `aws_kms_key.plain` (plain/main.tf)',
        '',
        'decrypt: 1 principal · administer: 1 · 0 grants · default key policy',
        '',
        '| Principal | Via | Effect | Access | Actions | Conditions |',
        '|---|---|---|---|---|---|',
        '| this account (root) | [key policy: default key policy](plain/main.tf#L1) | Allow | **decrypt**, encrypt, administer, read | kms:* | none |',
        '',
        "_No key policy in the folder: KMS applies the default key policy, which lets the account's IAM policies decide._",
        '',
      ].join('\n'),
    );
  });

  it('exits 2 on a bad format, a missing path or an unknown option, and 0 with help or nothing found', () => {
    assert.equal(run(['access', '--format', 'sarif'], dir).code, 2);
    assert.match(run(['access', '--format', 'sarif'], dir).stderr, /--format takes text, json or markdown, not "sarif"/);
    assert.equal(run(['access', 'nope'], dir).code, 2);
    assert.equal(run(['access', '--bogus'], dir).code, 2);
    const help = run(['access', '--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^usage: tfkms access/);
    const none = run(['access', 'empty'], dir);
    assert.deepEqual([none.code, none.stdout, none.stderr], [0, '', 'tfkms access: 0 keys in 0 folders\n']);
  });
});
