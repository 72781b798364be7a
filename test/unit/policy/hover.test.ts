/** Hover in policies: actions, wildcards, condition keys and operators, principals, and the access summary. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, useParser } from '../harness';

useParser();

const policy = (marked: string) => `resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n${marked}\n    ]\n  })\n}\ndata "aws_caller_identity" "current" {}\n`;
const admin = '      {\n        Sid = "Admin"\n        Effect = "Allow"\n        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }\n        Action = "kms:*"\n        Resource = "*"\n      },';

describe('policy hover', () => {
  it('on an action: what it allows, access level, condition keys', () => {
    const h = hoverAt(policy(`${admin}\n      { Effect = "Allow", Principal = "*", Action = ["kms:Re$0EncryptFrom"], Resource = "*" }`))!;
    assert.ok(h.startsWith('**kms:ReEncryptFrom** — Lets re-encryption take ciphertext made under this key as its source.'), h);
    assert.ok(h.includes('Access level: **Write**'), h);
    assert.ok(h.includes('`kms:ReEncryptOnSameKey`'), h);
  });

  it('on a wildcard action: the actions it expands to', () => {
    const h = hoverAt(policy(`${admin}\n      { Effect = "Allow", Principal = "*", Action = ["kms:Re$0Encrypt*"], Resource = "*" }`))!;
    assert.equal(h, '**`kms:ReEncrypt*`** — 2 KMS actions:\n\n- `kms:ReEncryptFrom` — Write\n- `kms:ReEncryptTo` — Write');
  });

  it('on a condition operator and key, in JSON text too', () => {
    const json = (marked: string) => `resource "aws_kms_key" "k" {\n  policy = <<EOF\n{"Statement": [{"Effect": "Allow", "Action": ["kms:Decrypt"], "Condition": {${marked}}}]}\nEOF\n}\n`;
    const op = hoverAt(json('"StringNot$0Equals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}'))!;
    assert.ok(op.startsWith('**StringNotEquals** — '), op);
    assert.ok(op.includes('A request without the key matches'), op);
    const key = hoverAt(json('"StringEquals": {"kms:Via$0Service": "s3.us-east-1.amazonaws.com"}'))!;
    assert.ok(key.startsWith('**kms:ViaService** — `String`'), key);
    assert.ok(key.includes('Set for every action of this statement.'), key);
    const g = hoverAt(json('"Bool": {"aws:Secure$0Transport": "true"}'))!;
    assert.ok(g.startsWith('**aws:SecureTransport** — `Bool` (global, request)'), g);
    const forAll = hoverAt(json('"ForAllValues:String$0Like": {"kms:EncryptionContextKeys": "a*"}'))!;
    assert.ok(forAll.includes('also when the request has no value at all'), forAll);
  });

  it('on a principal: which account or service it is', () => {
    assert.ok(hoverAt(policy(`      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::${'${data.aws_caller_identity.current.account_id}'}:ro$0ot" }, Action = "kms:*", Resource = "*" }`))!.startsWith('**Principal** — this account (root)'));
    assert.ok(hoverAt(policy(`${admin}\n      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:role/ops/dep$0loy" }, Action = "kms:Decrypt", Resource = "*" }`))!.startsWith('**Principal** — role ops/deploy in account 444455556666'));
    assert.ok(hoverAt(policy(`${admin}\n      { Effect = "Allow", Principal = { Service = "lo$0gs.amazonaws.com" }, Action = "kms:Decrypt", Resource = "*" }`))!.startsWith('**Principal** — service logs.amazonaws.com'));
    assert.ok(hoverAt(policy(`${admin}\n      { Effect = "Allow", Principal = { Ser$0vice = "logs.amazonaws.com" }, Action = "kms:Decrypt", Resource = "*" }`))!.startsWith('**Service** principals'));
  });

  it('on an aws_iam_policy_document: the summary on its header, actions and keys inside', () => {
    const doc = (marked: string) => `data${marked.startsWith('$0') ? '' : ''} "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["kms:Decrypt"]\n    resources = ["*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::111122223333:role/app"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "kms:${marked}ViaService"\n      values   = ["s3.us-east-1.amazonaws.com"]\n    }\n  }\n}\nresource "aws_kms_key" "k" {\n  policy = data.aws_iam_policy_document.d.json\n}\n`;
    assert.ok(hoverAt(doc('$0'))!.startsWith('**kms:ViaService** — `String`'));
    const header = hoverAt(doc('').replace('"aws_iam_policy_document" "d"', '"aws_iam_policy$0_document" "d"'))!;
    assert.equal(
      header,
      '**Key policy** used by `aws_kms_key.k` — access summary\n\n| Principal | Effect | Access | Actions | Conditions |\n|---|---|---|---|---|\n| role app in account 111122223333 | Allow | Write, **can decrypt** | Decrypt | StringEquals kms:ViaService ["s3.us-east-1.amazonaws.com"] |',
    );
    // The resource's `policy` argument shows the document's summary too.
    const onAttr = hoverAt(doc('').replace('  policy = data', '  pol$0icy = data'))!;
    assert.equal(onAttr, header);
  });

  it('on an identity policy: the attached identity', () => {
    const h = hoverAt('resource "aws_iam_policy" "p" {\n  pol$0icy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = ["kms:ListKeys"], Resource = "*" }]\n  })\n}\n')!;
    assert.ok(h.includes('| the attached identity | Allow | List | ListKeys | "*" | none |'), h);
  });
});

describe('access summary of an identity policy', () => {
  it('keeps the Resource column, since an identity policy names the keys it applies to', () => {
    const h = hoverAt(
      [
        'resource "aws_iam_policy" "use" {',
        '  name = "use-key"',
        '  pol$0icy = jsonencode({',
        '    Version   = "2012-10-17"',
        '    Statement = [{ Effect = "Allow", Action = ["kms:Decrypt"], Resource = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }]',
        '  })',
        '}',
      ].join('\n'),
    );
    assert.ok(h?.includes('| Principal | Effect | Access | Actions | Resource | Conditions |'), h);
    assert.ok(h?.includes('key/1234abcd-12ab-34cd-56ef-1234567890ab'), h);
  });
});
