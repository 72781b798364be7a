/** Hover shows what a value evaluates to before apply, where it comes from, and per instance. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt, useParser } from '../harness';

useParser();

const value = (h: string | undefined) => h?.slice(h.indexOf('**Value before apply**'));

describe('hover of values', () => {
  it('a local, a variable default and an argument', () => {
    const text = 'locals {\n  days = 3\n}\nvariable "spec" {\n  default = "RSA_2048"\n}\nresource "aws_kms_key" "k" {\n  deletion_window_in_days = local.da$0ys\n  customer_master_key_spec = var.spec\n}\n';
    assert.equal(value(hoverAt(text)), '**Value before apply**\n\n`local.days` = `3`, written at (main.tf:2)');
    assert.equal(value(hoverAt(text.replace('local.da$0ys', 'local.days').replace('var.spec', 'var.sp$0ec'))), '**Value before apply**\n\n`var.spec` = `"RSA_2048"`, written at (main.tf:5) — through the default of `var.spec`: a caller may set another value');
    // On an argument name, where no other hover answers (a module input).
    const module = 'locals {\n  days = 3\n}\nmodule "m" {\n  source = "./m"\n  dele$0tion_window = local.days\n}\n';
    assert.equal(value(hoverAt(module)), '**Value before apply**\n\n`deletion_window` = `3`, written at (main.tf:2)');
  });

  it('unknown until apply, with what it depends on', () => {
    const text = 'locals {\n  arn = aws_kms_key.main.arn\n}\nresource "aws_kms_alias" "a" {\n  target_key_id = local.a$0rn\n}\n';
    assert.equal(value(hoverAt(text)), '**Value before apply**\n\n`local.arn` = unknown until apply: depends on aws_kms_key.main.arn');
  });

  it('each.value in each instance of a known for_each', () => {
    const text = 'locals {\n  envs = { dev = { rotate = false }, prod = { rotate = true } }\n}\nresource "aws_kms_key" "env" {\n  for_each = local.envs\n  enable_key_rotation = each.value.ro$0tate\n}\n';
    assert.equal(value(hoverAt(text)), '**Value before apply**\n\n`each.value.rotate` in each instance:\n\n- `["dev"]`: `false`, written at (main.tf:2)\n- `["prod"]`: `true`, written at (main.tf:2)');
  });
});
