/** Formats: alias names, key IDs, ARNs, service principals, timestamps. Source tags ([IDX], [SDK], [ENUM], [DOC], [TF]): see index.ts. */
import type { ValuePattern } from './types';

/** Alias names: `alias/` then letters, digits, `/`, `_`, `-` ([IDX] var.aliasNamePattern.goindex:10), at most 256 ([SDK] 94-97). */
export const ALIAS_NAME = /^alias\/[0-9A-Za-z_/-]+$/;
export const ALIAS_RESERVED_PREFIX = 'alias/aws/';
export const ALIAS_MAX_LENGTH = 256;

/** Key IDs: a UUID or a multi-Region `mrk-` ID, fully anchored as the provider intends ([IDX] var.keyIDRegex.goindex:10). */
export const KEY_ID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|mrk-[0-9a-f]{32})$/;
/** ARNs as the provider's verify.ValidARN reads them: arn:partition:service:region:account:resource. */
export const ARN = /^arn:[a-z0-9-]+:[a-z0-9-]*:[a-z0-9-]*:(?:\d{12}|aws)?:.+$/;
/** Service principals accepted where an ARN is ([IDX] index/internal/verify var.servicePrincipalRegexp.goindex). */
export const SERVICE_PRINCIPAL = /^([0-9a-z-]+\.){1,4}(amazonaws|amazon)\.com$/;
/** RFC 3339 timestamps, as Go's time.RFC3339 parses them. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** {@link ALIAS_NAME} as an argument's pattern, with the words for messages. */
export const ALIAS_NAME_PATTERN: ValuePattern = { regex: ALIAS_NAME, text: 'must start with `alias/` and contain only letters, digits, `/`, `_` and `-`' };
