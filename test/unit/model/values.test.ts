/** The semantic model's values: each construct and function, certainty (known, default, unknown, possibly null), instances, bounds. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDiagnostics, findingsOf, useParser, workspaceWith } from '../harness';
import { folderModel } from '../../../server/src/service/model/folder';
import { evaluate } from '../../../server/src/service/model/evaluate';
import { render, type Value } from '../../../server/src/service/model/value';

useParser();

/** Renders every local of the text, evaluated: `name = value`. */
function locals(text: string): string {
  const { doc } = workspaceWith(text);
  const fm = folderModel([doc]);
  const out: string[] = [];
  for (const b of doc.hcl.body.blocks.filter((x) => x.type === 'locals')) {
    for (const a of b.body.attributes) {
      const v: Value = evaluate(a.value, { folder: fm, uri: doc.uri });
      out.push(`${a.name} = ${render(v, 400)}${v.defaults?.length ? ` (default of ${v.defaults.join(', ')})` : ''}`);
    }
  }
  return out.join('\n');
}

describe('values', () => {
  it('evaluates literals, templates, locals, variables, conditionals, operators, for and functions', () => {
    assert.equal(
      locals(`variable "env" { default = "dev" }
variable "free" {}
locals {
  days     = 3
  name     = "key-\${var.env}-\${local.days}"
  cfg      = { spec = "RSA_2048", rotate = true }
  spec     = local.cfg.spec
  pick     = var.env == "prod" ? 30 : 7
  either   = var.free ? null : "alias/app"
  sum      = length(local.list) * 2 + local.days
  list     = ["b", "a", "b"]
  set      = toset(local.list)
  upper    = [for s in local.set : upper(s) if s != "b"]
  byname   = { for k, v in local.cfg : k => v }
  merged   = merge(local.cfg, { rotate = false })
  joined   = join(",", concat(local.list, ["c"]))
  split    = split("/", "alias/app/x")
  looked   = lookup(local.cfg, "missing", "fallback")
  tried    = try(local.cfg.missing, null)
  coalesce = coalesce(null, "", "x")
  formatted = format("alias/%s-%02d", var.env, 7)
  replaced = replace(lower("A-B-C"), "-", "_")
  has      = contains(local.list, "a")
  element  = element(local.list, 4)
  flat     = flatten([[1], [2, [3]]])
  keys     = keys(local.cfg)
  values   = values({ b = 2, a = 1 })
  can      = can(local.cfg.missing)
  encoded  = jsonencode({ a = 1 })
  unknown  = aws_kms_key.main.arn
  partly   = concat(["a"], var.free)
}
`),
      [
        'days = 3',
        'name = "key-dev-3" (default of env)',
        'cfg = { spec = "RSA_2048", rotate = true }',
        'spec = "RSA_2048"',
        'pick = 7 (default of env)',
        'either = null or "alias/app"',
        'sum = 9',
        'list = ["b", "a", "b"]',
        'set = ["a", "b"]',
        'upper = ["A"]',
        'byname = { rotate = true, spec = "RSA_2048" }',
        'merged = { spec = "RSA_2048", rotate = false }',
        'joined = "b,a,b,c"',
        'split = ["alias", "app", "x"]',
        'looked = "fallback"',
        'tried = null',
        'coalesce = "x"',
        'formatted = "alias/dev-07" (default of env)',
        'replaced = "a_b_c"',
        'has = true',
        'element = "a"',
        'flat = [1, 2, 3]',
        'keys = ["rotate", "spec"]',
        'values = [1, 2]',
        'can = false',
        'encoded = "{\\"a\\":1}"',
        'unknown = (known after apply)',
        'partly = ["a", …]',
      ].join('\n'),
    );
  });

  it('stays bounded on hostile input: a local that refers to itself, a huge range, deep nesting', () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const chain = Array.from({ length: 2000 }, (_, i) => `  l${i} = local.l${i + 1}`).join('\n');
    const text = `locals {\n  self = local.self\n  a = local.b\n  b = local.a\n  big = [for i in range(1000000) : i]\n  deep = ${deep}\n${chain}\n  l2000 = 1\n}\n`;
    const out = locals(text).split('\n');
    assert.equal(out[0], 'self = (known after apply)');
    assert.equal(out[1], 'a = (known after apply)');
    assert.equal(out[3], 'big = (known after apply)');
    assert.equal(out.length, 2006);
  });
});

describe('certainty decides the level', () => {
  it('a value from locals is as certain as a literal, with the place it is written', () => {
    const text = 'locals {\n  days = 3\n}\nresource "aws_kms_key" "k" {\n  policy = "{}"\n  enable_key_rotation = true\n  deletion_window_in_days = local.days\n}\n';
    const [f] = findingsOf(text, { only: ['invalid-value'] });
    assert.equal(`${f?.severity} ${f?.message}`, 'error `deletion_window_in_days` must be between 7 and 30, not 3.');
    assert.deepEqual(f?.related?.map((r) => text.slice(r.span.start, r.span.end)), ['3']);
  });

  it('a value that holds only through a default is a warning naming the variable', () => {
    checkDiagnostics(
      `variable "spec" {
  default = "RSA_2048"
}
resource "aws_kms_key" "k" {
  policy                   = "{}"
  customer_master_key_spec = var.spec
  key_usage                = "SIGN_VERIFY"
  enable_key_rotation      = true
#                            ^^^^ warning rotation-unsupported: With the default of \`var.spec\` ("RSA_2048"): Automatic rotation will fail at apply: RSA_2048 keys are not symmetric encryption keys. Only symmetric encryption keys with KMS-generated material rotate.
}
`,
      { only: ['rotation-unsupported'] },
    );
  });

  it('a finding of one for_each instance names it; one of every instance is said once', () => {
    checkDiagnostics(
      `locals {
  envs = {
    dev  = { rotate = false }
    prod = { rotate = true }
  }
}
resource "aws_kms_key" "env" {
  for_each            = local.envs
  policy              = "{}"
  enable_key_rotation = each.value.rotate
#                       ^^^^^^^^^^^^^^^^^ warning key-rotation-disabled: aws_kms_key.env["dev"]: Automatic key rotation is off for this symmetric encryption key.
  deletion_window_in_days = 5
#                           ^ error invalid-value: \`deletion_window_in_days\` must be between 7 and 30, not 5.
}
`,
      { only: ['key-rotation-disabled', 'invalid-value'] },
    );
  });

  it('unknown is never a finding; a value that may be null is possibly unset', () => {
    const alias = `variable "use_name_prefix" {
  type = bool
}
resource "aws_kms_alias" "this" {
  name          = var.use_name_prefix ? null : "alias/app"
  name_prefix   = var.use_name_prefix ? "alias/app-" : null
  target_key_id = aws_kms_key.this.key_id
}
resource "aws_kms_key" "this" {
  policy = "{}"
}
`;
    assert.deepEqual(findingsOf(alias, { only: ['conflicting-attributes', 'missing-required'] }), []);
    const withDefault = alias.replace('type = bool', 'type    = bool\n  default = true');
    assert.deepEqual(findingsOf(withDefault, { only: ['conflicting-attributes', 'missing-required'] }), []);
    const both = alias.replace('var.use_name_prefix ? null : "alias/app"', '"alias/app"').replace('var.use_name_prefix ? "alias/app-" : null', 'try(local.prefix, "alias/app-")') + 'locals {\n  prefix = "alias/p-"\n}\n';
    assert.deepEqual(findingsOf(both, { only: ['conflicting-attributes'] }).map((f) => f.severity), ['error', 'error']);
    const free = 'resource "aws_kms_key" "k" {\n  policy = "{}"\n  deletion_window_in_days = var.days\n  customer_master_key_spec = lookup(var.m, "spec", null)\n  enable_key_rotation = true\n}\n';
    assert.deepEqual(findingsOf(free, { only: ['invalid-value', 'rotation-unsupported'] }), []);
  });

  it('a key policy assembled from locals is checked statement by statement, where the text is written', () => {
    checkDiagnostics(
      `locals {
  admin = [{
    Sid       = "Admin"
    Effect    = "Allow"
    Principal = { AWS = "arn:aws:iam::111122223333:root" }
    Action    = "kms:*"
    Resource  = "*"
  }]
}
resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = concat(local.admin, [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }
      Action    = "kms:Decryptt"
#                 ^^^^^^^^^^^^^^ error unknown-action: KMS has no action "Decryptt"; did you mean "kms:Decrypt"?
      Resource  = "*"
    }])
  })
}
`,
      { only: ['unknown-action', 'policy-lockout', 'policy-structure'] },
    );
    const lockout = `locals {
  statements = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/app" }, Action = "kms:Decrypt", Resource = "*" }]
}
resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = jsonencode({ Version = "2012-10-17", Statement = local.statements })
}
`;
    assert.deepEqual(findingsOf(lockout, { only: ['policy-lockout'] }).map((f) => f.ruleId), ['policy-lockout']);
    assert.deepEqual(findingsOf(lockout.replace('Statement = local.statements', 'Statement = concat(local.statements, var.more)'), { only: ['policy-lockout'] }), []);
  });
});

describe('dynamic statements', () => {
  const text = (forEach: string) => `locals {
  grants = {
    app   = { arn = "arn:aws:iam::111122223333:role/app", actions = ["kms:Decrypt"] }
    batch = { arn = "arn:aws:iam::111122223333:role/batch", actions = ["kms:Encryptt"] }
  }
}
data "aws_iam_policy_document" "key" {
  dynamic "statement" {
    for_each = ${forEach}
    content {
      sid     = statement.key
      actions = statement.value.actions
      resources = ["*"]
      principals {
        type        = "AWS"
        identifiers = [statement.value.arn]
      }
    }
  }
}
resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
}
`;

  it('are read one per element of a known for_each', () => {
    assert.deepEqual(findingsOf(text('local.grants'), { only: ['unknown-action', 'policy-lockout'] }).map((f) => `${f.ruleId}: ${f.message}`), [
      'unknown-action: KMS has no action "Encryptt"; did you mean "kms:Encrypt"?',
      'policy-lockout: No statement allows an account root, user or role to call kms:PutKeyPolicy: KMS refuses this policy, or (with the lockout safety check bypassed) nobody can manage the key.',
    ]);
  });

  it('are not known when for_each is not', () => {
    assert.deepEqual(findingsOf(text('var.grants'), { only: ['unknown-action', 'policy-lockout'] }), []);
  });
});
