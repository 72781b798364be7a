import type { Rule } from '../rule';
import { blockSchemaOf, existsIn, typeNames } from '../../schema';
import { MISTAKEN_TYPES } from '../../schema/facts';
import { closest } from '../../text/closest';
import { blockRuleInput, typeLabelSpan } from './support';

export const unknownResourceType: Rule = {
  id: 'unknown-resource-type',
  severity: 'error',
  category: 'schema',
  summary: 'An `aws_kms_*` resource or data source type the AWS provider does not have.',
  docs:
    '`terraform validate` fails on a resource or data source type the provider does not define. The message names the ' +
    'closest real type; some mistakes have a known answer: there is no `aws_kms_external_key_store`, an external key ' +
    'store is an `aws_kms_custom_key_store` with `custom_key_store_type = "EXTERNAL_KEY_STORE"`. The quick fix renames the type.',
  examples: {
    fires: `resource "aws_kms_external_key_store" "xks" {
  custom_key_store_name  = "external"
  xks_proxy_uri_endpoint = "https://xks.example.com"
  xks_proxy_uri_path     = "/kms/xks/v1"
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
  xks_proxy_uri_path     = "/kms/xks/v1"
  xks_proxy_connectivity = "PUBLIC_ENDPOINT"

  xks_proxy_authentication_credential {
    access_key_id         = var.xks_access_key_id
    raw_secret_access_key = var.xks_secret_access_key
  }
}
`,
  },
  check(ctx) {
    const { blocks, version } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (k.schema && existsIn(k.schema, version)) continue;
      const span = typeLabelSpan(k);
      const what = k.kind === 'data' ? 'data source' : 'resource type';
      if (k.schema) {
        ctx.report({ span, address: k.address, message: `The ${what} \`${k.type}\` is not in hashicorp/aws ${version}.` });
        continue;
      }
      const mistaken = MISTAKEN_TYPES[k.type];
      const other = k.kind === 'resource' ? 'data' : 'resource';
      if (!mistaken && blockSchemaOf(other, k.type)) {
        ctx.report({
          span,
          address: k.address,
          message: `\`${k.type}\` is a ${other === 'data' ? 'data source' : 'resource'}, not a ${k.kind === 'data' ? 'data source' : 'resource'}: write \`${other} "${k.type}"\`.`,
          fixes: [{ title: `Change to \`${other}\``, edits: [{ span: k.block.typeSpan, newText: other }], preferred: true }],
        });
        continue;
      }
      const use = mistaken?.use ?? closest(k.type, typeNames(k.kind));
      const hint = mistaken ? ` ${mistaken.hint.charAt(0).toUpperCase()}${mistaken.hint.slice(1)}.` : '';
      ctx.report({
        span,
        address: k.address,
        message: `The AWS provider has no ${what} \`${k.type}\`.` + (use ? ` Did you mean \`${use}\`?${hint}` : ''),
        fixes: use ? [{ title: `Change to \`${use}\``, edits: [{ span, newText: use }], preferred: true }] : [],
      });
    }
  },
};
