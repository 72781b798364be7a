/** References across the folder: locals, variables, modules and blocks of any type; definition, references and rename. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, useParser, workspaceWith } from '../harness';
import { doDefinition, doPrepareRename, doReferences, doRename } from '../../../server/src/service';

useParser();

const OTHER = 'variable "spec" {\n  default = "RSA_2048"\n}\nlocals {\n  days = 7\n}\n';

describe('references of locals, variables and other blocks', () => {
  it('goes to a local, a variable and a resource of any type in another file', () => {
    const f = fixture('resource "aws_kms_key" "k" {\n  deletion_window_in_days = local.da$0ys\n  customer_master_key_spec = var.spec\n  tags = { b = aws_s3_bucket.logs.id }\n}\n');
    const { ws, doc } = workspaceWith(f.text, { 'vars.tf': OTHER, 's3.tf': 'resource "aws_s3_bucket" "logs" {}\n' });
    const at = (offset: number) => doDefinition(ws, doc, offset).map((l) => {
      const text = l.uri.endsWith('vars.tf') ? OTHER : l.uri.endsWith('s3.tf') ? 'resource "aws_s3_bucket" "logs" {}\n' : f.text;
      return `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}: ${text.slice(l.selectionSpan.start, l.selectionSpan.end)}`;
    });
    assert.deepEqual(at(f.offset!), ['vars.tf: days']);
    assert.deepEqual(at(f.text.indexOf('var.spec') + 5), ['vars.tf: spec']);
    assert.deepEqual(at(f.text.indexOf('aws_s3_bucket.logs') + 15), ['s3.tf: logs']);
    assert.deepEqual(doDefinition(ws, doc, f.offset!, false), [], 'beside another Terraform extension, only aws_kms_* references');
  });

  it('finds every reference of a variable, from its declaration', () => {
    const main = 'resource "aws_kms_key" "k" {\n  customer_master_key_spec = var.spec\n  description = "spec ${var.spec}"\n}\n';
    const { ws } = workspaceWith(main, { 'vars.tf': OTHER });
    const vars = ws.get('file:///ws/vars.tf')!;
    const refs = doReferences(ws, vars, OTHER.indexOf('spec') + 1).map((l) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.selectionSpan.start}`);
    assert.deepEqual(refs, [`vars.tf:${OTHER.indexOf('spec')}`, `main.tf:${main.indexOf('var.spec') + 4}`, `main.tf:${main.lastIndexOf('var.spec') + 4}`]);
  });

  it('renames a local everywhere, touching only the names', () => {
    const main = 'resource "aws_kms_key" "k" {\n  deletion_window_in_days = local.days\n}\nlocals {\n  twice = local.days * 2\n}\n';
    const { ws, doc } = workspaceWith(main, { 'vars.tf': OTHER });
    const offset = main.indexOf('local.days') + 7;
    assert.deepEqual(doPrepareRename(doc, offset), { span: { start: main.indexOf('local.days') + 6, end: main.indexOf('local.days') + 10 }, placeholder: 'days' });
    const r = doRename(ws, doc, offset, 'window');
    assert.ok('edits' in r);
    const apply = (uri: string, text: string) =>
      r.edits.filter((e) => e.uri === uri).sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
    assert.equal(apply('file:///ws/main.tf', main), main.replaceAll('local.days', 'local.window'));
    assert.equal(apply('file:///ws/vars.tf', OTHER), OTHER.replace('days = 7', 'window = 7'));
    assert.deepEqual(doRename(ws, doc, offset, '1bad'), { error: '`1bad` is not a valid Terraform name (letters, digits, underscores and dashes, not starting with a digit).' });
    assert.deepEqual(doRename(ws, doc, offset, 'twice'), { error: '`local.twice` is already declared.' });
  });
});
