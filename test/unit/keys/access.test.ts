/** Who can use a key: the access table (key policy, identity policies, grants), its hover, the code lens. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAIN, fixture, hoverAt, useParser, workspaceWith } from '../harness';
import { doCodeLens } from '../../../server/src/service';
import { keyAccess } from '../../../server/src/service/keys/access';
import { accessText } from '../../../server/src/service/keys/render';
import { folderKeys } from '../../../server/src/service/keys/resolve';

useParser();

const KEY = `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "app" {
  description = "app data"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Root", Effect = "Allow", Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }, Action = "kms:*", Resource = "*" },
      { Sid = "Admins", Effect = "Allow", Principal = { AWS = ["arn:aws:iam::111122223333:role/admin", "\${aws_iam_role.worker.arn}"] }, Action = ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion"], Resource = "*" },
      { Sid = "NoDecryptOutsideVpc", Effect = "Deny", Principal = { AWS = "*" }, Action = "kms:Decrypt", Resource = "*", Condition = { StringNotEquals = { "aws:SourceVpc" = "vpc-1234" } } }
    ]
  })
}

resource "aws_kms_alias" "app" {
  name          = "alias/app"
  target_key_id = aws_kms_key.app.key_id
}
`;

const IAM = `resource "aws_iam_role" "worker" {
  name               = "worker"
  assume_role_policy = "{}"
  inline_policy {
    name   = "decrypt"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = aws_kms_key.app.arn }] })
  }
}

resource "aws_iam_role_policy" "reader" {
  role   = aws_iam_role.worker.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["kms:Decrypt", "kms:DescribeKey"], Resource = aws_kms_alias.app.target_key_arn }] })
}

resource "aws_iam_policy" "encrypt" {
  name   = "encrypt"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:Encrypt", Resource = "arn:aws:kms:*:*:key/*" }, { Effect = "Allow", Action = "kms:ListKeys", Resource = "*" }] })
}

resource "aws_iam_role" "deployer" {
  name                = "deployer"
  assume_role_policy  = "{}"
  managed_policy_arns = [aws_iam_policy.encrypt.arn]
}

resource "aws_iam_group_policy_attachment" "ops" {
  group      = aws_iam_group.ops.name
  policy_arn = aws_iam_policy.encrypt.arn
}

resource "aws_iam_user_policy_attachment" "ci" {
  user       = "ci-bot"
  policy_arn = aws_iam_policy.encrypt.arn
}

resource "aws_iam_policy" "other_key" {
  name   = "other"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }] })
}

resource "aws_kms_grant" "batch" {
  name              = "batch"
  key_id            = aws_kms_key.app.key_id
  grantee_principal = aws_iam_role.worker.arn
  operations        = ["Decrypt", "GenerateDataKey"]
  constraints {
    encryption_context_equals = { Department = "Finance" }
  }
}
`;

function table(text: string, others: Record<string, string> = {}): string {
  const { ws, doc } = workspaceWith(text, others);
  const folder = ws.folderDocuments(doc.uri);
  return folderKeys(folder).map((k) => accessText(keyAccess(folder, k), folder, (u) => u.slice(u.lastIndexOf('/') + 1))).join('\n\n');
}

describe('key access table', () => {
  it('gathers the key policy, identity policies (inline, role policy, attached managed policy) and grants; denies stay rows', () => {
    assert.equal(
      table(KEY, { 'iam.tf': IAM }),
      [
        'aws_kms_key.app (main.tf:3): decrypt: 2 principals · administer: 3 · 1 grant · 1 deny',
        '  PRINCIPAL                             VIA                                          EFFECT  ACCESS                           ACTIONS                            CONDITIONS                                                                 WHERE',
        '  this account (root)                   key policy: aws_kms_key.app                  Allow   decrypt,encrypt,administer,read  kms:*                              none                                                                       main.tf:8',
        '  arn:aws:iam::111122223333:role/admin  key policy: aws_kms_key.app                  Allow   administer                       PutKeyPolicy, ScheduleKeyDeletion  none                                                                       main.tf:9',
        '  aws_iam_role.worker                   key policy: aws_kms_key.app                  Allow   administer                       PutKeyPolicy, ScheduleKeyDeletion  none                                                                       main.tf:9',
        '  everyone ("*")                        key policy: aws_kms_key.app                  Deny    decrypt                          Decrypt                            StringNotEquals aws:SourceVpc "vpc-1234"                                   main.tf:10',
        '  aws_iam_role.worker                   identity policy: aws_iam_role.worker         Allow   decrypt                          Decrypt                            none                                                                       iam.tf:6',
        '  aws_iam_role.worker                   identity policy: aws_iam_role_policy.reader  Allow   decrypt,read                     Decrypt, DescribeKey               none                                                                       iam.tf:12',
        '  aws_iam_role.deployer                 identity policy: aws_iam_policy.encrypt      Allow   encrypt                          Encrypt                            none                                                                       iam.tf:17',
        '  aws_iam_group.ops                     identity policy: aws_iam_policy.encrypt      Allow   encrypt                          Encrypt                            none                                                                       iam.tf:17',
        '  user ci-bot                           identity policy: aws_iam_policy.encrypt      Allow   encrypt                          Encrypt                            none                                                                       iam.tf:17',
        '  aws_iam_role.worker                   grant: aws_kms_grant.batch                   Allow   decrypt                          Decrypt, GenerateDataKey           encryption context encryption_context_equals = { Department = "Finance" }  iam.tf:41',
      ].join('\n'),
    );
  });

  it('leaves identity policies out when the key policy allows no account root, and says so', () => {
    const text = KEY.replace(/\n      \{ Sid = "Root".*\n/, '\n');
    const out = table(text, { 'iam.tf': IAM });
    assert.doesNotMatch(out, /identity policy/);
    assert.match(out, /note: The key policy allows no account root: identity policies grant nothing on this key\./);
    assert.match(out, /grant: aws_kms_grant\.batch/);
  });

  it('shows the default key policy, and a policy known only at apply', () => {
    assert.equal(
      table('resource "aws_kms_key" "k" {}\n'),
      [
        'aws_kms_key.k (main.tf:1): decrypt: 1 principal · administer: 1 · 0 grants · default key policy',
        '  PRINCIPAL            VIA                             EFFECT  ACCESS                           ACTIONS  CONDITIONS  WHERE',
        '  this account (root)  key policy: default key policy  Allow   decrypt,encrypt,administer,read  kms:*    none        main.tf:1',
        "  note: No key policy in the folder: KMS applies the default key policy, which lets the account's IAM policies decide.",
      ].join('\n'),
    );
    assert.equal(
      table('resource "aws_kms_key" "k" {\n  policy = var.policy\n}\n'),
      ['aws_kms_key.k (main.tf:1): decrypt: 0 principals · administer: 0 · 0 grants', '  (no principal can be shown: the key policy is known only at apply)', '  note: The policy in aws_kms_key.k is known only at apply.'].join('\n'),
    );
  });
});

describe('key hover and code lens', () => {
  it('hovers the key header with the access table, each row linking to where it comes from', () => {
    const h = hoverAt(KEY.replace('resource "aws_kms_key" "app"', 'resource "aws_kms_key" "a$0pp"'), { 'iam.tf': IAM });
    assert.ok(h);
    const lines = h.split('\n');
    assert.equal(lines[0], '**Who can use `aws_kms_key.app`** — decrypt: 2 principals · administer: 3 · 1 grant · 1 deny');
    assert.equal(lines[2], '| Principal | Via | Effect | Access | Actions | Conditions |');
    assert.equal(lines[4], '| this account (root) | [key policy: aws_kms_key.app](file:///ws/main.tf#L8) | Allow | **decrypt**, encrypt, administer, read | kms:* | none |');
    assert.equal(lines[13], '| `aws_iam_role.worker` | [grant: aws_kms_grant.batch](file:///ws/iam.tf#L41) | Allow | **decrypt** | Decrypt, GenerateDataKey | encryption context encryption_context_equals = { Department = "Finance" } |');
    // The type label keeps its own hover (what the resource type is).
    assert.match(hoverAt(KEY.replace('resource "aws_kms_key" "app"', 'resource "aws_kms$0_key" "app"'))!, /^\*\*resource\*\* `aws_kms_key`/);
  });

  it("hovers a consumer's key argument: the key, its spec, whether the policy lets the service in", () => {
    const lg = 'resource "aws_cloudwatch_log_group" "l" {\n  name = "/app"\n  kms_$0key_id = aws_kms_alias.app.arn\n}\n';
    assert.equal(
      hoverAt(lg, { 'key.tf': KEY }),
      [
        '**`kms_key_id`** — the KMS key CloudWatch Logs encrypts this log group with.',
        'Key: `aws_kms_key.app` (through `aws_kms_alias.app`), spec SYMMETRIC_DEFAULT.',
        "Its key policy does not allow CloudWatch Logs (`logs.<region>.amazonaws.com`) kms:GenerateDataKey, kms:Decrypt for this log group's `kms:EncryptionContext:aws:logs:arn`.",
        'CloudWatch Logs can also use the permissions of its callers through `kms:ViaService`; the key policy may allow (depends on values known at apply) principals of the account kms:GenerateDataKey, kms:Decrypt.',
        '[CloudWatch Logs and KMS](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html)',
      ].join('\n\n'),
    );
    const vol = 'resource "aws_ebs_volume" "v" {\n  availability_zone = "us-east-1a"\n  kms_$0key_id = data.aws_kms_key.k.arn\n}\n';
    assert.match(hoverAt(vol)!, /^\*\*`kms_key_id`\*\* — the KMS key EBS encrypts this volume with\.\n\nThe key is the data source `data\.aws_kms_key\.k`: known only at apply\./);
  });

  it('puts a lens above each key, whose command carries the table', () => {
    const f = fixture(KEY + 'resource "aws_kms_key" "plain" {}\n');
    const { ws, doc } = workspaceWith(f.text, { 'iam.tf': IAM });
    const lenses = doCodeLens(ws, doc);
    assert.deepEqual(lenses.map((l) => [doc.text.slice(l.span.start, l.span.end), l.title, l.command, l.arguments[0]]), [
      ['resource "aws_kms_key" "app"', 'decrypt: 2 principals · administer: 3 · 1 grant · 1 deny', 'tfkms.showKeyAccess', 'aws_kms_key.app'],
      ['resource "aws_kms_key" "plain"', 'decrypt: 1 principal · administer: 1 · 0 grants · default key policy', 'tfkms.showKeyAccess', 'aws_kms_key.plain'],
    ]);
    assert.match(lenses[0]!.arguments[1], /^# Who can use `aws_kms_key.app`\n\ndecrypt: 2 principals · administer: 3 · 1 grant · 1 deny\n\n\| Principal \| Via \|/);
    assert.equal(doc.uri, MAIN);
  });
});
