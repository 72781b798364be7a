/**
 * Inline suppressions, each form and position: the kept findings are rendered as annotations under their
 * lines (as test/unit/harness.ts does), the suppressed ones listed with their reason.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ignoreFix, type SuppressionResult } from '../../../server/src/service';
import { applyEdits, fixture, lint, renderFindings, useParser } from './support';

useParser();

const ONLY = ['key-disabled', 'key-rotation-disabled', 'unused-suppression', 'suppression-without-reason', 'policy-version', 'unknown-action', 'alias-name'];

/** Kept findings of the rules above, as annotations. */
function annotated(text: string, r: SuppressionResult = lint(text)): string {
  return renderFindings(text, r.kept.filter((f) => ONLY.includes(f.ruleId)));
}

function suppressed(text: string): string[] {
  return lint(text).suppressed.map((s) => `${s.finding.ruleId}: ${s.justification}`);
}

const KEY = (body: string) => `resource "aws_kms_key" "k" {\n  policy = var.policy\n${body}}\n`;

describe('suppressions', () => {
  it('without one, the findings show', () => {
    const text = KEY('  enable_key_rotation = true\n  is_enabled = false\n');
    assert.equal(
      annotated(text),
      `resource "aws_kms_key" "k" {
  policy = var.policy
  enable_key_rotation = true
  is_enabled = false
#              ^^^^^ warning key-disabled: This key is disabled: every cryptographic operation with it will fail.
}
`,
    );
  });

  it('on the line above the finding', () => {
    const text = KEY('  enable_key_rotation = true\n  # tfkms:ignore key-disabled retiring this key\n  is_enabled = false\n');
    assert.equal(annotated(text), text);
    assert.deepEqual(suppressed(text), ['key-disabled: retiring this key']);
  });

  it('with // comments', () => {
    const text = KEY('  enable_key_rotation = true\n  // tfkms:ignore key-disabled retiring this key\n  is_enabled = false\n');
    assert.deepEqual(suppressed(text), ['key-disabled: retiring this key']);
  });

  it('at the end of the line', () => {
    const text = KEY('  enable_key_rotation = true\n  is_enabled = false # tfkms:ignore key-disabled retiring this key\n');
    assert.equal(annotated(text), text);
    assert.deepEqual(suppressed(text), ['key-disabled: retiring this key']);
  });

  it('above a block header it covers the whole block', () => {
    const text = `# tfkms:ignore key-disabled,key-rotation-disabled a key kept for old backups\n${KEY('  is_enabled = false\n')}`;
    assert.equal(annotated(text), text);
    assert.deepEqual(suppressed(text), ['key-rotation-disabled: a key kept for old backups', 'key-disabled: a key kept for old backups']);
  });

  it('does not reach past the block it is above', () => {
    const text = `# tfkms:ignore key-rotation-disabled rotated by hand\n${KEY('')}\n${KEY('')}`;
    assert.equal(
      annotated(text),
      `# tfkms:ignore key-rotation-disabled rotated by hand
resource "aws_kms_key" "k" {
  policy = var.policy
}

resource "aws_kms_key" "k" {
#         ^^^^^^^^^^^ warning key-rotation-disabled: Automatic key rotation is off for this symmetric encryption key.
  policy = var.policy
}
`,
    );
  });

  it('stacked comments above one line each apply', () => {
    const text = `# tfkms:ignore key-rotation-disabled rotated by hand\n# tfkms:ignore key-disabled retired\n${KEY('  is_enabled = false\n')}`;
    assert.deepEqual(suppressed(text).sort(), ['key-disabled: retired', 'key-rotation-disabled: rotated by hand']);
  });

  it('a blank line between comment and code breaks the link', () => {
    const text = `# tfkms:ignore key-rotation-disabled rotated by hand\n\n${KEY('')}`;
    assert.equal(
      annotated(text),
      `# tfkms:ignore key-rotation-disabled rotated by hand
#^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unused-suppression: This suppression is not directly above code: put it on the line above the finding, or at the end of its line.

resource "aws_kms_key" "k" {
#         ^^^^^^^^^^^ warning key-rotation-disabled: Automatic key rotation is off for this symmetric encryption key.
  policy = var.policy
}
`,
    );
  });

  it('ignore-file at the top of the file covers every finding of the rule', () => {
    const text = `# Keys for the legacy stack.\n# tfkms:ignore-file key-rotation-disabled rotated by the pipeline\n\n${KEY('')}\n${KEY('')}`;
    assert.equal(annotated(text), text);
    assert.deepEqual(suppressed(text), ['key-rotation-disabled: rotated by the pipeline', 'key-rotation-disabled: rotated by the pipeline']);
  });

  it('ignore-file after code is misplaced', () => {
    const text = `${KEY('  enable_key_rotation = true\n')}# tfkms:ignore-file key-disabled x\n`;
    assert.equal(
      annotated(text),
      `resource "aws_kms_key" "k" {
  policy = var.policy
  enable_key_rotation = true
}
# tfkms:ignore-file key-disabled x
#^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unused-suppression: \`tfkms:ignore-file\` works only among the comments at the top of the file, before any code.
`,
    );
  });

  it('inside a heredoc policy the comment goes above the attribute, and covers the whole heredoc', () => {
    const text = `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  # tfkms:ignore policy-version,unknown-action migrated policy, reviewed
  policy = <<EOF
{
  "Version": "2008-10-17",
  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": ["kms:*", "kms:Frobnicate"], "Resource": "*" }]
}
EOF
}
`;
    assert.equal(annotated(text), text);
    assert.deepEqual(suppressed(text).sort(), ['policy-version: migrated policy, reviewed', 'unknown-action: migrated policy, reviewed']);
  });

  it('a tfkms:ignore inside a heredoc is policy text, not a comment', () => {
    const text = `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = <<EOF
# tfkms:ignore policy-json-syntax nope
{}
EOF
}
`;
    assert.deepEqual(lint(text).kept.filter((f) => f.ruleId === 'unused-suppression'), []);
    assert.ok(lint(text).kept.some((f) => f.ruleId === 'policy-json-syntax'));
  });

  it('inside jsonencode, above a statement element', () => {
    const text = `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      # tfkms:ignore unknown-action an action from a newer API
      Action    = ["kms:*", "kms:Frobnicate"]
      Resource  = "*"
    }]
  })
}
`;
    assert.equal(annotated(text), text);
    assert.deepEqual(suppressed(text), ['unknown-action: an action from a newer API']);
  });

  it('a # in a string is not a comment', () => {
    const text = 'resource "aws_kms_alias" "a" {\n  name = "app # tfkms:ignore alias-name x"\n  target_key_id = "k"\n}\n';
    assert.deepEqual(suppressed(text), []);
    assert.ok(lint(text).kept.some((f) => f.ruleId === 'alias-name'));
  });

  it('a suppression without a reason gets a hint, and still suppresses', () => {
    const text = KEY('  enable_key_rotation = true\n  is_enabled = false # tfkms:ignore key-disabled\n');
    assert.equal(
      annotated(text),
      `resource "aws_kms_key" "k" {
  policy = var.policy
  enable_key_rotation = true
  is_enabled = false # tfkms:ignore key-disabled
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ hint suppression-without-reason: Say why this finding is ignored: \`# tfkms:ignore key-disabled <reason>\`.
}
`,
    );
    assert.deepEqual(suppressed(text), ['key-disabled: ']);
  });

  it('the levels of the suppression rules follow the settings', () => {
    const text = `# tfkms:ignore key-disabled\n${KEY('  enable_key_rotation = true\n')}`;
    assert.deepEqual(lint(text, { 'unused-suppression': 'error', 'suppression-without-reason': 'off' }).kept.map((f) => `${f.severity} ${f.ruleId}`), ['error unused-suppression']);
    assert.deepEqual(lint(text, { 'unused-suppression': 'off', 'suppression-without-reason': 'off' }).kept.map((f) => f.ruleId), []);
  });

  it('a suppression of a rule that is off is not reported unused', () => {
    const text = `# tfkms:ignore key-disabled retired\n${KEY('  enable_key_rotation = true\n  is_enabled = false\n')}`;
    assert.deepEqual(lint(text, { 'key-disabled': 'off' }).kept.map((f) => f.ruleId), []);
  });
});

describe('unused-suppression', () => {
  it('fires on a suppression that suppresses nothing, and its fix removes exactly the comment line', () => {
    const text = KEY('  enable_key_rotation = true\n  # tfkms:ignore key-disabled was disabled once\n  is_enabled = true\n');
    assert.equal(
      annotated(text),
      `resource "aws_kms_key" "k" {
  policy = var.policy
  enable_key_rotation = true
  # tfkms:ignore key-disabled was disabled once
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning unused-suppression: This suppression of \`key-disabled\` suppresses nothing: no such finding here.
  is_enabled = true
}
`,
    );
    const f = lint(text).kept.find((x) => x.ruleId === 'unused-suppression')!;
    assert.deepEqual(f.tags, ['unnecessary']);
    assert.equal(applyEdits(text, f.fixes![0]!.edits), KEY('  enable_key_rotation = true\n  is_enabled = true\n'));
  });

  it('the fix of a trailing comment removes only the comment and the space before it', () => {
    const text = KEY('  enable_key_rotation = true\n  is_enabled = true   # tfkms:ignore key-disabled old\n');
    const f = lint(text).kept.find((x) => x.ruleId === 'unused-suppression')!;
    assert.equal(applyEdits(text, f.fixes![0]!.edits), KEY('  enable_key_rotation = true\n  is_enabled = true\n'));
  });

  it('names an unknown rule id', () => {
    const text = `# tfkms:ignore key-disabeld typo\n${KEY('  enable_key_rotation = true\n')}`;
    assert.deepEqual(lint(text).kept.map((f) => f.message), ['`key-disabeld` is not a rule id: this suppression suppresses nothing.']);
  });

  it('of several ids, only the stale one is reported, and its fix removes only that id', () => {
    const text = `# tfkms:ignore key-rotation-disabled, key-disabled rotated by hand\n${KEY('')}`;
    const r = lint(text);
    assert.deepEqual(r.kept.map((f) => `${f.ruleId}: ${f.message}`), ['unused-suppression: `key-disabled` is suppressed here for nothing: no such finding here.']);
    assert.equal(applyEdits(text, r.kept[0]!.fixes![0]!.edits), `# tfkms:ignore key-rotation-disabled rotated by hand\n${KEY('')}`);
    assert.deepEqual(lint(applyEdits(text, r.kept[0]!.fixes![0]!.edits)).kept, []);
  });

  it('a comment that names no rule', () => {
    const text = `# tfkms:ignore\n${KEY('  enable_key_rotation = true\n')}`;
    assert.deepEqual(lint(text).kept.map((f) => f.message), ['`tfkms:ignore` names no rule: write `# tfkms:ignore RULE-ID reason`.']);
  });
});

describe('the "Ignore RULE-ID here" fix', () => {
  const apply = (text: string, ruleId: string) => {
    const f = lint(text).kept.find((x) => x.ruleId === ruleId)!;
    const fix = ignoreFix(text, f);
    assert.equal(fix.title, `Ignore ${ruleId} here`);
    return { text: applyEdits(text, fix.edits), snippet: fix.edits[0]!.snippet };
  };

  it('writes the comment above the finding, indented like it, with the reason as a tab stop', () => {
    const text = KEY('  enable_key_rotation = true\n  is_enabled = false\n');
    const r = apply(text, 'key-disabled');
    assert.equal(r.text, KEY('  enable_key_rotation = true\n  # tfkms:ignore key-disabled reason\n  is_enabled = false\n'));
    assert.equal(r.snippet, '  # tfkms:ignore key-disabled ${1:reason}\n');
    // The finding is gone; the comment has a (placeholder) reason, so nothing else fires.
    assert.deepEqual(lint(r.text).kept.filter((f) => ONLY.includes(f.ruleId)), []);
  });

  it('for a finding inside a heredoc, above the attribute that holds it', () => {
    const { text, offset } = fixture(`resource "aws_kms_key" "k" {
  enable_key_rotation = true
  $0policy = <<EOF
{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}]}
EOF
}
`);
    const r = apply(text, 'policy-version');
    assert.equal(r.text, text.slice(0, offset) + '# tfkms:ignore policy-version reason\n  ' + text.slice(offset!));
    assert.deepEqual(lint(r.text).kept.filter((f) => f.ruleId === 'policy-version' || f.ruleId === 'unused-suppression'), []);
  });

  it('for a finding on a block header, above the block', () => {
    const text = KEY('');
    const r = apply(text, 'key-rotation-disabled');
    assert.equal(r.text, `# tfkms:ignore key-rotation-disabled reason\n${text}`);
    assert.deepEqual(lint(r.text).kept, []);
  });
});
