/**
 * Completion of the `policy` argument's value itself: after `policy = `, a jsonencode() skeleton for the
 * resource's policy type (a key policy with the account-root statement, or an identity policy), and references
 * to the folder's aws_iam_policy_document data sources.
 */
import type { CompletionItem } from '../types';
import type { CompletionContext } from '../context';
import { documentPolicies, policyTypeOfResource } from '../policy/find';

/** After `policy = `: a policy skeleton for the resource's policy type, and the folder's policy documents. */
export function completePolicyValue(req: CompletionContext): CompletionItem[] | undefined {
  const { cursor } = req;
  const [top, ...rest] = cursor.frames;
  if (!top || top.kind !== 'block' || rest.length || top.attribute !== 'policy' || cursor.string || cursor.heredoc) return undefined;
  const type = policyTypeOfResource(top.type === 'resource' ? top.labels[0] : undefined);
  // Skeletons for KMS key policies and identity policies; other services' policies get none.
  if (type !== 'key' && type !== 'identity') return undefined;
  const before = req.doc.text.slice(req.doc.text.lastIndexOf('\n', req.offset - 1) + 1, cursor.word.start);
  if (!/^\s*policy\s*=\s*$/.test(before)) return undefined;
  const caller = req.callerIdentity;
  const account = caller ? `\\\${data.aws_caller_identity.${caller}.account_id}` : '${1:111122223333}';
  const body =
    type === 'key'
      ? `jsonencode({\n\tVersion = "2012-10-17"\n\tStatement = [\n\t\t{\n\t\t\tSid       = "Enable IAM User Permissions"\n\t\t\tEffect    = "Allow"\n\t\t\tPrincipal = { AWS = "arn:aws:iam::${account}:root" }\n\t\t\tAction    = "kms:*"\n\t\t\tResource  = "*"\n\t\t},$0\n\t]\n})`
      : 'jsonencode({\n\tVersion = "2012-10-17"\n\tStatement = [\n\t\t{\n\t\t\tEffect   = "Allow"\n\t\t\tAction   = ["${1:kms:Decrypt}"]\n\t\t\tResource = ${2:"*"}\n\t\t},\n\t]\n})';
  const items: CompletionItem[] = [
    { label: type === 'key' ? 'jsonencode key policy' : 'jsonencode identity policy', kind: 'snippet', detail: type === 'key' ? 'with the account-root statement' : undefined, insertText: body, snippet: true, replace: cursor.word, sortText: '0' },
  ];
  for (const d of req.folder) {
    for (const b of documentPolicies(d).blocks) {
      if (b.type === 'data' && b.labels[0]?.value === 'aws_iam_policy_document' && b.labels[1]) {
        items.push({ label: `data.aws_iam_policy_document.${b.labels[1].value}.json`, kind: 'reference', replace: cursor.word, sortText: '1' + b.labels[1].value });
      }
    }
  }
  return items;
}
