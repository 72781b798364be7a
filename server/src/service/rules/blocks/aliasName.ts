import type { Rule } from '../rule';
import { presentAttribute } from '../../blocks/kmsBlocks';
import { replaceStringContent } from '../../blocks/edits';
import { knownString } from '../../blocks/values';
import { ALIAS_MAX_LENGTH, ALIAS_RESERVED_PREFIX } from '../../schema/facts';
import type { Fix } from '../../findings';
import { blockRuleInput } from './support';

/** Why an alias name (or prefix) is not accepted, and the corrected name when there is an obvious one. */
export function aliasNameProblem(value: string, options: { reservedAllowed: boolean; prefix: boolean }): { message: string; fix?: string } | undefined {
  if (!value.startsWith('alias/')) {
    const fixed = 'alias/' + value.replace(/^\/+/, '');
    return { message: 'must start with `alias/`.', ...(/^alias\/[0-9A-Za-z_/-]+$/.test(fixed) ? { fix: fixed } : {}) };
  }
  const rest = value.slice('alias/'.length);
  if (rest === '' && !options.prefix) return { message: 'needs a name after `alias/`.' };
  if (!options.reservedAllowed && value.startsWith(ALIAS_RESERVED_PREFIX)) {
    return { message: 'must not start with `alias/aws/`: AWS reserves it for AWS managed keys.' };
  }
  const bad = [...new Set(rest.replace(/[0-9A-Za-z_/-]/g, ''))];
  if (bad.length) {
    const cleaned = 'alias/' + rest.replace(/[^0-9A-Za-z_/-]/g, '-');
    return { message: `contains ${bad.map((c) => `\`${c}\``).join(', ')}: only letters, digits, \`/\`, \`_\` and \`-\` are allowed.`, fix: cleaned };
  }
  if (value.length > ALIAS_MAX_LENGTH) return { message: `is ${value.length} characters long; KMS allows at most ${ALIAS_MAX_LENGTH}.` };
  return undefined;
}

export const aliasName: Rule = {
  id: 'alias-name',
  severity: 'error',
  category: 'schema',
  summary: 'An alias name without `alias/`, under the reserved `alias/aws/`, with characters KMS rejects, or too long.',
  docs:
    'Alias names are `alias/` followed by letters, digits, `/`, `_` and `-`, at most 256 characters. `alias/aws/` is ' +
    'reserved for AWS managed keys: a resource cannot create one there (a data source can read one). The provider ' +
    'checks the prefix and characters at plan time; KMS checks the length at apply. The quick fix adds `alias/` or ' +
    'replaces rejected characters.',
  examples: {
    fires: `resource "aws_kms_alias" "app" {
  name          = "app-key"
  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    fixed: `resource "aws_kms_alias" "app" {
  name          = "alias/app-key"
  target_key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
  },
  check(ctx) {
    const { blocks } = blockRuleInput(ctx);
    for (const k of blocks) {
      if (k.type !== 'aws_kms_alias') continue;
      for (const name of k.kind === 'resource' ? ['name', 'name_prefix'] : ['name']) {
        const a = presentAttribute(k.block.body, name);
        const v = knownString(a?.value);
        if (!a || v === undefined) continue;
        const p = aliasNameProblem(v, { reservedAllowed: k.kind === 'data', prefix: name === 'name_prefix' });
        if (!p) continue;
        const fixes: Fix[] = p.fix ? [{ title: `Change to \`${p.fix}\``, edits: [replaceStringContent(a.value, p.fix)], preferred: true }] : [];
        ctx.report({ span: a.value.span, address: k.address, message: `Alias \`${name}\` ${p.message}`, fixes });
      }
    }
  },
};
