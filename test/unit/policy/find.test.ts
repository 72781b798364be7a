/** Finding policies in every form, JSON text with exact offsets, types from where a policy is used, unknown values. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkDiagnostics, findingsOf, useParser, workspaceWith } from '../harness';
import { policyRules } from '../../../server/src/service/rules/policy';
import { policiesOf } from '../../../server/src/service/policy/find';
import { policyView } from '../../../server/src/service/policy/statements';

useParser();

const only = policyRules.map((r) => r.id);

describe('policy-json-syntax', () => {
  it('points at a trailing comma in a heredoc', () => {
    checkDiagnostics(
      [
        'resource "aws_kms_key" "k" {',
        '  policy = <<EOF',
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [{',
        '    "Effect": "Allow",',
        '    "Principal": {"AWS": "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"},',
        '    "Action": ["kms:*",],',
        '#                     ^ error policy-json-syntax: Trailing comma: JSON does not allow a comma before `]`.',
        '    "Resource": "*"',
        '  }]',
        '}',
        'EOF',
        '}',
      ].join('\n'),
      { only },
    );
  });

  it('points at a missing comma, single quotes and an unquoted key', () => {
    checkDiagnostics(
      [
        'resource "aws_iam_policy" "p" {',
        '  policy = <<-EOF',
        '    {',
        '      "Version": "2012-10-17"',
        '      "Statement": [{Effect: \'Allow\', "Action": "kms:ListKeys", "Resource": "*"}]',
        '#     ^ error policy-json-syntax: Expected `,` or `}`: a comma is missing between the entries.',
        '#                    ^^^^^^ error policy-json-syntax: JSON object keys need double quotes.',
        '    }',
        '  EOF',
        '}',
      ].join('\n'),
      { only: ['policy-json-syntax'] },
    );
  });

  it('maps offsets through the escapes of a quoted string', () => {
    checkDiagnostics(
      [
        'resource "aws_iam_policy" "p" {',
        '  policy = "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"kms:ListKeys\\" \\"Resource\\": \\"*\\"}]}"',
        '#' + ' '.repeat(110) + '^^ error policy-json-syntax: Expected `,` or `}`: a comma is missing between the entries.',
        '}',
      ].join('\n'),
      { only },
    );
  });

  it('survives hostile nesting', () => {
    const deep = 'resource "aws_kms_key" "k" {\n  policy = <<EOF\n{"Statement": ' + '['.repeat(50000) + ']'.repeat(50000) + '}\nEOF\n}\n';
    assert.ok(Array.isArray(findingsOf(deep, { only })));
    const unclosed = 'resource "aws_kms_key" "k" {\n  policy = <<EOF\n{"Statement": ' + '{"a": '.repeat(20000) + '\nEOF\n}\n';
    assert.ok(findingsOf(unclosed, { only }).some((f) => f.ruleId === 'policy-json-syntax'));
  });

  it('treats ${...} as a value and stays silent on jsonencode and documents', () => {
    const text = 'resource "aws_kms_key" "k" {\n  policy = <<EOF\n{"Version": "2012-10-17", "Statement": ${jsonencode(local.statements)}}\nEOF\n}\n';
    assert.deepEqual(findingsOf(text, { only }), []);
    const directive = 'resource "aws_kms_key" "k" {\n  policy = <<EOF\n{"Version": "2012-10-17", "Statement": [%{ for s in local.s }${s},%{ endfor }]}\nEOF\n}\n';
    assert.deepEqual(findingsOf(directive, { only }), []);
  });
});

describe('where policies are found', () => {
  it('connects a policy document in another file to the key that uses it (key policy type)', () => {
    const docFile = 'data "aws_iam_policy_document" "key" {\n  statement {\n    actions   = ["kms:Decrypt"]\n    resources = ["*"]\n  }\n}\n';
    const { ws, doc } = workspaceWith('resource "aws_kms_key" "k" {\n  policy = data.aws_iam_policy_document.key.json\n}\n', { 'policy.tf': docFile });
    const other = ws.folderDocuments(doc.uri).find((d) => d.uri.endsWith('policy.tf'))!;
    const folder = ws.folderDocuments(doc.uri);
    const [p] = policiesOf(other, folder);
    assert.equal(p?.type, 'key');
    assert.deepEqual(p?.usedBy, ['aws_kms_key.k']);
    // As a key policy, its statement lacks a principal, and nobody can manage the key.
    const findings = findingsOf(docFile, { only, others: { 'key.tf': 'resource "aws_kms_key" "k" {\n  policy = data.aws_iam_policy_document.key.json\n}\n' } });
    assert.deepEqual(findings.map((f) => f.ruleId), ['policy-lockout', 'policy-structure']);
    assert.equal(findings[0]!.address, 'data.aws_iam_policy_document.key');
  });

  it('an unused document is checked without a type; an identity use makes Principal an error', () => {
    const docText = 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["kms:Decrypt"]\n    resources = ["*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["111122223333"]\n    }\n  }\n}\n';
    assert.deepEqual(findingsOf(docText, { only }), []);
    const used = docText + 'resource "aws_iam_role_policy" "r" {\n  role   = "r"\n  policy = data.aws_iam_policy_document.d.json\n}\n';
    assert.deepEqual(findingsOf(used, { only }).map((f) => `${f.ruleId} ${used.slice(f.span.start, f.span.end)}`), ['identity-kms-all-keys "*"', 'policy-structure principals']);
  });

  it('follows policy = local.name to a jsonencode in the same folder', () => {
    const locals = 'locals {\n  key_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:user/alice" }\n      Action    = "kms:Decrpt"\n      Resource  = "*"\n    }]\n  })\n}\n';
    const findings = findingsOf(locals, { only, others: { 'main.tf': '', 'key.tf': 'resource "aws_kms_key" "k" {\n  policy = local.key_policy\n}\n' } });
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.address}`), ['policy-lockout local.key_policy', 'unknown-action local.key_policy']);
  });

  it('a local that is no policy is left alone', () => {
    assert.deepEqual(findingsOf('locals {\n  tags = jsonencode({ Name = "x" })\n}\n', { only }), []);
  });

  it('reads the guide form with references, and recognises a partly known account root', () => {
    const { ws, doc } = workspaceWith(
      'resource "aws_kms_key" "k" {\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect = "Allow"\n      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }\n      Action = "kms:*"\n      Resource = "*"\n    }]\n  })\n}\n',
    );
    const [p] = policiesOf(doc, ws.folderDocuments(doc.uri));
    const s = policyView(p!.source).statements[0]!;
    assert.deepEqual(s.principal?.principals.map((x) => x.identity), [{ kind: 'account-root', account: '\uE000' }]);
  });

  it('never reports on values known only at apply', () => {
    const text = [
      'resource "aws_kms_key" "k" {',
      '  policy = jsonencode({',
      '    Version   = var.version',
      '    Statement = concat(local.base, [{',
      '      Effect    = var.effect',
      '      Principal = { AWS = var.principals, Service = "${var.svc}.amazonaws.com" }',
      '      Action    = var.actions',
      '      Resource  = "*"',
      '      Condition = var.conditions',
      '    }])',
      '  })',
      '}',
      'resource "aws_kms_key" "k2" {',
      '  policy = jsonencode({',
      '    Version   = "2012-10-17"',
      '    Statement = [for s in var.s : s]',
      '  })',
      '}',
      'resource "aws_kms_key" "k3" {',
      '  policy = var.policy',
      '}',
      'resource "aws_kms_key" "k4" {',
      '  policy = jsonencode({',
      '    Version   = "2012-10-17"',
      '    Statement = [{',
      '      Sid       = "${var.prefix}Admin"',
      '      Effect    = "Allow"',
      '      Principal = { AWS = each.value.admins }',
      '      Action    = ["kms:${var.verb}*", "kms:Describe*"]',
      '      Resource  = "*"',
      '      Condition = { "${var.op}" = { (var.key) = var.values } }',
      '    }]',
      '  })',
      '}',
    ].join('\n');
    assert.deepEqual(findingsOf(text, { only }), []);
  });

  it('reads old-style "${data.aws_iam_policy_document.x.json}" references', () => {
    const text = 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["kms:Decrypt"]\n    resources = ["*"]\n  }\n}\nresource "aws_kms_key_policy" "p" {\n  key_id = "k"\n  policy = "${data.aws_iam_policy_document.d.json}"\n}\n';
    assert.deepEqual(findingsOf(text, { only }).map((f) => f.ruleId), ['policy-lockout', 'policy-structure']);
  });
});
