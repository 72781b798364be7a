/**
 * The rules about `tfkms:ignore` comments. Their findings come from applySuppressions (suppressions.ts), which
 * runs after every other rule, since only then is it known what a suppression suppressed; `check` does nothing.
 */
import type { Rule } from './rule';

export const unusedSuppression: Rule = {
  id: 'unused-suppression',
  severity: 'warning',
  category: 'syntax',
  summary: 'A `tfkms:ignore` comment that suppresses nothing: no such finding where it points, an unknown rule id, or a misplaced comment.',
  docs:
    'A suppression that matches no finding is left over from code that changed, or names the wrong rule or line; it ' +
    'would silently hide a real finding later. Remove it (the quick fix does), or move it to the line above the finding.',
  examples: {
    fires: `# tfkms:ignore key-rotation-disabled rotated by the key management pipeline
resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation = true
}
`,
    fixed: `resource "aws_kms_key" "app" {
  description         = "Application data"
  policy              = data.aws_iam_policy_document.app.json
  enable_key_rotation = true
}
`,
  },
  check() {},
};

export const suppressionWithoutReason: Rule = {
  id: 'suppression-without-reason',
  severity: 'hint',
  category: 'syntax',
  summary: 'A `tfkms:ignore` comment that does not say why.',
  docs:
    'A reason after the rule ids tells reviewers why the finding is acceptable here, and goes into SARIF as the ' +
    "suppression's justification. Write it after the ids: `# tfkms:ignore key-rotation-disabled rotated by the pipeline`.",
  examples: {
    fires: `# tfkms:ignore key-rotation-disabled
resource "aws_kms_key" "app" {
  description = "Application data"
  policy      = data.aws_iam_policy_document.app.json
}
`,
    fixed: `# tfkms:ignore key-rotation-disabled rotated by the key management pipeline
resource "aws_kms_key" "app" {
  description = "Application data"
  policy      = data.aws_iam_policy_document.app.json
}
`,
  },
  check() {},
};
