import type { Rule } from './rule';
import { MAX_PARSE_CHARS } from '../document';

export const syntaxError: Rule = {
  id: 'syntax-error',
  severity: 'error',
  category: 'syntax',
  summary: 'The file is not valid HCL, or too large to analyse.',
  docs:
    'Terraform cannot read a file with a syntax error, so `terraform validate` fails on it. An unclosed string or ' +
    'bracket is reported once, where it opens; any other error where the parser gave up. The other findings of the ' +
    'top-level block holding the error are not shown (what the parser recovered of it is not what Terraform would ' +
    'read); analysis of the blocks around it continues. Files larger than ' +
    `${MAX_PARSE_CHARS / 1024 / 1024} MB are not analysed at all.`,
  examples: {
    fires: `resource "aws_kms_alias" "app" {
  name          = "alias/app"
  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
`,
    fixed: `resource "aws_kms_alias" "app" {
  name          = "alias/app"
  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
  },
  check(ctx) {
    if (ctx.doc.tooLarge) {
      ctx.report({ span: { start: 0, end: 0 }, message: `File not analysed: it is larger than ${MAX_PARSE_CHARS / 1024 / 1024} MB.`, severity: 'warning' });
      return;
    }
    for (const p of ctx.doc.hcl.problems) ctx.report({ span: p.span, message: p.message });
  },
};
