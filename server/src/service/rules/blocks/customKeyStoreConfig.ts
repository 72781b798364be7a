import type { Rule } from '../rule';
import { nestedBlocks, presentAttribute } from '../../blocks/kmsBlocks';
import { insertInBody } from '../../blocks/edits';
import { knownString } from '../../blocks/values';
import { attributeFacts } from '../../schema/facts';
import { blockRuleInput, typeLabelSpan } from './support';

const CLOUDHSM_ARGS = ['cloud_hsm_cluster_id', 'trust_anchor_certificate', 'key_store_password'];
const XKS_ARGS = ['xks_proxy_uri_endpoint', 'xks_proxy_uri_path', 'xks_proxy_connectivity'];
const XKS_ALL = [...XKS_ARGS, 'xks_proxy_vpc_endpoint_service_name'];
const CREDENTIAL = 'xks_proxy_authentication_credential';

export const customKeyStoreConfig: Rule = {
  id: 'custom-key-store-config',
  severity: 'error',
  category: 'apply',
  summary: 'A custom key store missing what its type requires, with arguments of the other type, or with malformed proxy settings.',
  docs:
    'An `AWS_CLOUDHSM` store (the default type) needs `cloud_hsm_cluster_id`, `trust_anchor_certificate` and ' +
    '`key_store_password`. An `EXTERNAL_KEY_STORE` needs `xks_proxy_uri_endpoint` (`https://host`, no port or path), ' +
    '`xks_proxy_uri_path` (ending in `/kms/xks/v1`), `xks_proxy_connectivity`, an `xks_proxy_authentication_credential` ' +
    'block (secret of 43-64 characters), and `xks_proxy_vpc_endpoint_service_name` with `VPC_ENDPOINT_SERVICE`. The ' +
    'provider passes everything to CreateCustomKeyStore unchecked, so these fail at apply time.',
  examples: {
    fires: `resource "aws_kms_custom_key_store" "xks" {
  custom_key_store_name  = "external"
  custom_key_store_type  = "EXTERNAL_KEY_STORE"
  xks_proxy_uri_endpoint = "https://xks.example.com"
  xks_proxy_uri_path     = "/xks"
  xks_proxy_connectivity = "PUBLIC_ENDPOINT"

  xks_proxy_authentication_credential {
    access_key_id         = var.xks_access_key_id
    raw_secret_access_key = var.xks_secret_access_key
  }
}
`,
    fixed: `resource "aws_kms_custom_key_store" "xks" {
  custom_key_store_name  = "external"
  custom_key_store_type  = "EXTERNAL_KEY_STORE"
  xks_proxy_uri_endpoint = "https://xks.example.com"
  xks_proxy_uri_path     = "/example/kms/xks/v1"
  xks_proxy_connectivity = "PUBLIC_ENDPOINT"

  xks_proxy_authentication_credential {
    access_key_id         = var.xks_access_key_id
    raw_secret_access_key = var.xks_secret_access_key
  }
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (k.kind !== 'resource' || k.type !== 'aws_kms_custom_key_store') continue;
      const body = k.block.body;
      const typeAttr = presentAttribute(body, 'custom_key_store_type');
      const type = typeAttr ? knownString(typeAttr.value) : 'AWS_CLOUDHSM';
      if (type === undefined) continue;
      const span = typeLabelSpan(k);
      const report = (s: typeof span, message: string, fixes: { title: string; edits: ReturnType<typeof insertInBody>[]; preferred: boolean }[] = []) =>
        ctx.report({ span: s, address: k.address, message, fixes });
      if (type === 'AWS_CLOUDHSM') {
        const xksWritten = XKS_ALL.filter((n) => presentAttribute(body, n));
        if (!typeAttr && (xksWritten.length || nestedBlocks(body, CREDENTIAL).blocks.length)) {
          report(span, 'This store has `xks_proxy_*` settings but no `custom_key_store_type`, so it is created as AWS_CLOUDHSM. Set `custom_key_store_type = "EXTERNAL_KEY_STORE"`.', [
            { title: 'Set `custom_key_store_type = "EXTERNAL_KEY_STORE"`', edits: [insertInBody(ctx.doc.text, k.block, 'custom_key_store_type = "EXTERNAL_KEY_STORE"')], preferred: true },
          ]);
          continue;
        }
        for (const n of CLOUDHSM_ARGS) {
          if (!presentAttribute(body, n)) {
            report(span, `An AWS_CLOUDHSM key store needs \`${n}\`.`, [{ title: `Add \`${n}\``, edits: [insertInBody(ctx.doc.text, k.block, `${n} = ""`)], preferred: true }]);
          }
        }
        for (const n of xksWritten) report(presentAttribute(body, n)!.nameSpan, `\`${n}\` applies only to EXTERNAL_KEY_STORE stores; KMS rejects it for AWS_CLOUDHSM.`);
        continue;
      }
      if (type !== 'EXTERNAL_KEY_STORE') continue;
      for (const n of XKS_ARGS) {
        if (!presentAttribute(body, n)) report(span, `An EXTERNAL_KEY_STORE key store needs \`${n}\`.`, [{ title: `Add \`${n}\``, edits: [insertInBody(ctx.doc.text, k.block, `${n} = ""`)], preferred: true }]);
      }
      const cred = nestedBlocks(body, CREDENTIAL);
      if (!cred.dynamic && cred.blocks.length === 0) {
        report(span, `An EXTERNAL_KEY_STORE key store needs an \`${CREDENTIAL}\` block.`, [
          { title: `Add \`${CREDENTIAL}\``, edits: [insertInBody(ctx.doc.text, k.block, `${CREDENTIAL} {\n  access_key_id         = ""\n  raw_secret_access_key = ""\n}`)], preferred: true },
        ]);
      }
      const conn = knownString(presentAttribute(body, 'xks_proxy_connectivity')?.value);
      if (conn === 'VPC_ENDPOINT_SERVICE' && !presentAttribute(body, 'xks_proxy_vpc_endpoint_service_name')) {
        report(presentAttribute(body, 'xks_proxy_connectivity')!.value.span, 'With VPC_ENDPOINT_SERVICE connectivity, `xks_proxy_vpc_endpoint_service_name` is required.', [
          { title: 'Add `xks_proxy_vpc_endpoint_service_name`', edits: [insertInBody(ctx.doc.text, k.block, 'xks_proxy_vpc_endpoint_service_name = ""')], preferred: true },
        ]);
      }
      for (const n of CLOUDHSM_ARGS) {
        const a = presentAttribute(body, n);
        if (a) report(a.nameSpan, `\`${n}\` applies only to AWS_CLOUDHSM stores; KMS rejects it for EXTERNAL_KEY_STORE.`);
      }
      for (const n of ['xks_proxy_uri_endpoint', 'xks_proxy_uri_path']) {
        const a = presentAttribute(body, n);
        const v = knownString(a?.value);
        const f = attributeFacts('resource', k.type, [], n);
        if (a && v !== undefined && f?.pattern && !f.pattern.regex.test(v)) report(a.value.span, `\`${n}\` ${f.pattern.text}.`);
      }
      for (const c of cred.blocks) {
        const a = presentAttribute(c.body, 'raw_secret_access_key');
        const v = knownString(a?.value);
        const f = attributeFacts('resource', k.type, [CREDENTIAL], 'raw_secret_access_key');
        if (a && v !== undefined && f?.pattern && !f.pattern.regex.test(v)) report(a.value.span, `\`raw_secret_access_key\` ${f.pattern.text}.`);
      }
    }
  },
};
