/**
 * key-consumer-denied and key-consumer-spec for every consumer of the facts table: allowed, denied, denied by the
 * encryption-context condition, the default key policy, a key known only at apply, an asymmetric key, and
 * look-alikes that must stay quiet.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, useParser } from '../harness';
import { KEY_CONSUMERS } from '../../../server/src/service/schema/consumers';
import { ROOT, consumerResource, contextCondition, key, serviceStatement } from './fixtures';

useParser();

const only = ['key-consumer-denied', 'key-consumer-spec'];
const levels = (text: string, others?: Record<string, string>) => findingsOf(text, { only, ...(others ? { others } : {}) }).map((f) => `${f.severity} ${f.ruleId}`);

const consumerAll = '{ Sid = "Callers", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/app" }, Action = "kms:*", Resource = "*" }';

for (const c of KEY_CONSUMERS) {
  const where = `${c.type}${c.path.length ? ' ' + c.path.join('.') : ''}.${c.argument}`;
  describe(`consumer ${where} (${c.service})`, () => {
    const sp = c.principal ? (c.principal.regional ? `${c.principal.label}.\${data.aws_region.current.name}.amazonaws.com` : `${c.principal.label}.amazonaws.com`) : undefined;

    it('is quiet when the key policy allows the service (or, for callers, the account)', () => {
      const statements = sp ? [ROOT, serviceStatement(sp, ['kms:*'], contextCondition(c, 'app'))] : [ROOT];
      assert.deepEqual(levels(key(statements) + consumerResource(c, 'aws_kms_key.k.arn')), []);
    });

    it('is quiet for a key known only at apply, or outside the folder', () => {
      for (const ref of ['data.aws_kms_key.other.arn', 'var.key_arn', '"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"', 'aws_kms_key.missing.arn', 'local.unknown']) {
        assert.deepEqual(levels(consumerResource(c, ref)), [], ref);
      }
    });

    it('is quiet when an aws_kms_key_policy of the folder targets a key it cannot resolve', () => {
      const text = key(undefined) + consumerResource(c, 'aws_kms_key.k.arn') + `resource "aws_kms_key_policy" "p" {\n  key_id = var.key\n  policy = jsonencode({ Version = "2012-10-17", Statement = [${ROOT}] })\n}\n`;
      assert.deepEqual(levels(text), []);
    });

    it('reports an asymmetric or HMAC key', () => {
      const rsa = levels(key([ROOT], 'customer_master_key_spec = "RSA_2048"') + consumerResource(c, 'aws_kms_key.k.arn')).filter((l) => l.endsWith('key-consumer-spec'));
      assert.deepEqual(rsa, [`${c.usedAtCreate ? 'error' : 'warning'} key-consumer-spec`]);
      const hmac = findingsOf(key([ROOT], 'customer_master_key_spec = "HMAC_256"\n  key_usage = "GENERATE_VERIFY_MAC"') + consumerResource(c, 'aws_kms_key.k.key_id'), { only: ['key-consumer-spec'] });
      assert.match(hmac[0]!.message, /^`aws_kms_key.k` is an HMAC key \(HMAC_256\), and .* takes only symmetric encryption keys/);
      const spec = (text: string) => levels(text).filter((l) => l.endsWith('key-consumer-spec'));
      assert.deepEqual(spec(key([ROOT], 'customer_master_key_spec = "SYMMETRIC_DEFAULT"') + consumerResource(c, 'aws_kms_key.k.arn')), []);
      assert.deepEqual(spec(key([ROOT], 'customer_master_key_spec = var.spec') + consumerResource(c, 'aws_kms_key.k.arn')), []);
    });

    if (c.principal) {
      it('reports the default key policy (no policy in the folder)', () => {
        const want = c.mode === 'service-principal' ? 'error' : 'warning';
        assert.deepEqual(levels(key(undefined) + consumerResource(c, 'aws_kms_key.k.arn')), [`${want} key-consumer-denied`]);
      });

      it('reports a key policy without the service, error when no IAM principal can use the key either', () => {
        const want = c.mode === 'service-principal' ? 'error' : 'warning';
        assert.deepEqual(levels(key([ROOT]) + consumerResource(c, 'aws_kms_key.k.arn')), [`${want} key-consumer-denied`]);
        const admin = '{ Sid = "Admin", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/admin" }, Action = ["kms:PutKeyPolicy", "kms:DescribeKey"], Resource = "*" }';
        assert.deepEqual(levels(key([admin]) + consumerResource(c, 'aws_kms_key.k.arn')), ['error key-consumer-denied']);
      });

      if (c.context) {
        it('reports an encryption-context condition for another resource, and not one for this resource', () => {
          const other = serviceStatement(sp!, ['kms:*'], contextCondition(c, 'other'));
          const want = c.mode === 'service-principal' ? 'error' : 'warning';
          const f = findingsOf(key([ROOT, other]) + consumerResource(c, 'aws_kms_key.k.arn'), { only });
          assert.deepEqual(f.map((x) => x.severity), [want]);
          assert.match(f[0]!.message, new RegExp(`lets ${c.service} \\(\`.*\`\\) in only for \`${c.context!.key}\``));
          const like = serviceStatement(sp!, ['kms:*'], `{ ArnLike = { "${c.context!.key}" = "arn:aws:*:*:*:*" } }`);
          assert.deepEqual(levels(key([ROOT, like]) + consumerResource(c, 'aws_kms_key.k.arn')), []);
          // A resource name known only at apply, or a condition value known only at apply: nothing.
          assert.deepEqual(levels(key([ROOT, other]) + consumerResource(c, 'aws_kms_key.k.arn', '${var.name}')), []);
          const unknown = serviceStatement(sp!, ['kms:*'], `{ ArnEquals = { "${c.context!.key}" = var.arn } }`);
          assert.deepEqual(levels(key([ROOT, unknown]) + consumerResource(c, 'aws_kms_key.k.arn')), []);
        });

        it('fixes by widening the condition, and by writing a policy for the default one', () => {
          const other = serviceStatement(sp!, ['kms:*'], contextCondition(c, 'other'));
          const text = key([ROOT, other]) + consumerResource(c, 'aws_kms_key.k.arn');
          const fixed = applyFix(text, 'key-consumer-denied');
          assert.match(fixed, /\[".*other", ".*app"\]/);
          assert.deepEqual(levels(fixed), []);
          const dflt = key(undefined) + consumerResource(c, 'aws_kms_key.k.arn');
          assert.deepEqual(levels(applyFix(dflt, 'key-consumer-denied')), []);
        });
      }

      it('is quiet for a look-alike: another service principal allowed, the account root denied nothing', () => {
        // The same statement for a service with a similar name does not count, so this still fires...
        const lookalike = serviceStatement(`${c.principal!.label}x.amazonaws.com`, ['kms:*']);
        assert.equal(levels(key([ROOT, lookalike]) + consumerResource(c, 'aws_kms_key.k.arn')).length, 1);
        // ...and a statement to everyone with an unknown condition keeps it quiet.
        const everyone = '{ Sid = "All", Effect = "Allow", Principal = { AWS = "*" }, Action = "kms:*", Resource = "*", Condition = { StringEquals = { "kms:CallerAccount" = var.account } } }';
        assert.deepEqual(levels(key([ROOT, everyone]) + consumerResource(c, 'aws_kms_key.k.arn')), []);
      });
    } else {
      it('is quiet with the default key policy and any policy letting the account or a role in', () => {
        assert.deepEqual(levels(key(undefined) + consumerResource(c, 'aws_kms_key.k.arn')), []);
        assert.deepEqual(levels(key([consumerAll]) + consumerResource(c, 'aws_kms_key.k.arn')), []);
      });

      it('reports a key policy that lets no principal of the account use the key', () => {
        const onlyService = serviceStatement('logs.amazonaws.com', ['kms:Decrypt', 'kms:GenerateDataKey']);
        assert.deepEqual(levels(key([onlyService]) + consumerResource(c, 'aws_kms_key.k.arn')), [`${c.usedAtCreate ? 'error' : 'warning'} key-consumer-denied`]);
        // A grant on the key may give the caller access.
        const grant = 'resource "aws_kms_grant" "g" {\n  key_id = aws_kms_key.k.key_id\n  grantee_principal = "arn:aws:iam::111122223333:role/app"\n  operations = ["Decrypt"]\n}\n';
        assert.deepEqual(levels(key([onlyService]) + consumerResource(c, 'aws_kms_key.k.arn') + grant), []);
      });
    }
  });
}

describe('key references', () => {
  const c = KEY_CONSUMERS.find((x) => x.type === 'aws_cloudtrail')!;
  it('follows aliases, locals, "${...}" and keys in other files', () => {
    const alias = 'resource "aws_kms_alias" "a" {\n  name = "alias/trail"\n  target_key_id = aws_kms_key.k.key_id\n}\n';
    const locals = 'locals {\n  trail_key = aws_kms_alias.a.arn\n}\n';
    for (const ref of ['aws_kms_key.k.key_id', 'aws_kms_key.k.id', '"${aws_kms_key.k.arn}"', 'aws_kms_alias.a.target_key_arn', 'local.trail_key']) {
      assert.deepEqual(levels(consumerResource(c, ref), { 'keys.tf': key([ROOT]) + alias + locals }), ['error key-consumer-denied'], ref);
    }
    const f = findingsOf(consumerResource(c, 'aws_kms_alias.a.arn'), { only, others: { 'keys.tf': key([ROOT]) + alias } });
    assert.match(f[0]!.message, /^`aws_cloudtrail.c` is encrypted with `aws_kms_key.k` \(through `aws_kms_alias.a`\)/);
  });

  it('reads the spec of a replica from its primary', () => {
    const replica = 'resource "aws_kms_replica_key" "r" {\n  primary_key_arn = aws_kms_key.k.arn\n}\n';
    const lg = KEY_CONSUMERS.find((x) => x.type === 'aws_cloudwatch_log_group')!;
    assert.deepEqual(levels(key([ROOT], 'customer_master_key_spec = "RSA_4096"\n  multi_region = true') + replica + consumerResource(lg, 'aws_kms_replica_key.r.arn')).filter((l) => l.endsWith('spec')), ['error key-consumer-spec']);
  });
});

describe('key-consumer-denied levels', () => {
  const lg = KEY_CONSUMERS.find((x) => x.type === 'aws_cloudwatch_log_group')!;
  it('is a warning, not an error, when the service may create but not read (kms:Decrypt missing)', () => {
    const admin = '{ Sid = "Admin", Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/admin" }, Action = ["kms:PutKeyPolicy"], Resource = "*" }';
    const writeOnly = serviceStatement('logs.${data.aws_region.current.name}.amazonaws.com', ['kms:GenerateDataKey*']);
    const f = findingsOf(key([admin, writeOnly]) + consumerResource(lg, 'aws_kms_key.k.arn'), { only: ['key-consumer-denied'] });
    assert.deepEqual(f.map((x) => x.severity), ['warning']);
    assert.match(f[0]!.message, /CloudWatch Logs can write with the key but not read what it wrote; allow kms:GenerateDataKey and kms:Decrypt\.$/);
  });
});
