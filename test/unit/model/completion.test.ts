/** Completion of references from the semantic model: locals, variables, each.value attributes of a known for_each. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { completionsAt, useParser, workspaceWith, fixture } from '../harness';
import { doComplete } from '../../../server/src/service';

useParser();

const render = (items: ReturnType<typeof completionsAt>) => items.map((i) => `${i.label} (${i.kind}) ${i.detail ?? ''}`.trim());

describe('reference completion', () => {
  it('local. lists the folder’s locals with their values', () => {
    const text = 'locals {\n  days = 7\n}\nresource "aws_kms_key" "k" {\n  deletion_window_in_days = local.$0\n}\n';
    assert.deepEqual(render(completionsAt(text, { 'more.tf': 'locals {\n  spec = "RSA_2048"\n}\n' })), ['days (reference) 7', 'spec (reference) "RSA_2048"']);
  });

  it('var. lists variables with their types and defaults', () => {
    const text = 'variable "rotate" {\n  type    = bool\n  default = true\n}\nvariable "name" {\n  type = string\n}\nresource "aws_kms_key" "k" {\n  enable_key_rotation = var.ro$0\n}\n';
    const items = completionsAt(text);
    assert.deepEqual(render(items), ['rotate (reference) bool = true', 'name (reference) string (no default)']);
    assert.deepEqual(items[0]!.replace, { start: text.indexOf('var.ro') + 4, end: text.indexOf('var.ro') + 6 });
  });

  it('each.value. lists the attributes of a known for_each with each instance’s value', () => {
    const text = 'locals {\n  envs = { dev = { rotate = false, days = 7 }, prod = { rotate = true, days = 30 } }\n}\nresource "aws_kms_key" "env" {\n  for_each = local.envs\n  enable_key_rotation = each.value.$0\n}\n';
    assert.deepEqual(render(completionsAt(text)), ['rotate (property) 2 instances', 'days (property) 2 instances']);
    assert.equal(completionsAt(text)[1]!.documentation, '`["dev"]`: `7`  \n`["prod"]`: `30`');
  });

  it('beside HashiCorp’s extension, local. and var. are left to it; each.value. stays', () => {
    const f = fixture('locals {\n  days = 7\n}\nresource "aws_kms_key" "k" {\n  for_each = { a = { x = 1 } }\n  deletion_window_in_days = local.$0\n}\n');
    const { ws, doc } = workspaceWith(f.text);
    assert.deepEqual(doComplete(ws, doc, f.offset!, { besideHashicorp: true }).filter((i) => i.kind === 'reference'), []);
    const g = fixture('resource "aws_kms_key" "k" {\n  for_each = { a = { x = 1 } }\n  deletion_window_in_days = each.value.$0\n}\n');
    const w = workspaceWith(g.text);
    assert.deepEqual(doComplete(w.ws, w.doc, g.offset!, { besideHashicorp: true }).map((i) => i.label), ['x']);
  });
});
