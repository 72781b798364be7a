/** Hover on the key of a policy element: what the element is, at the root of the policy or in a statement. */
import { POLICY_ELEMENTS, STATEMENT_ELEMENTS } from '../iam/grammar';

/** A root element (`Version`, `Id`, `Statement`); undefined for other keys. */
export function policyElementHover(key: string | undefined): string | undefined {
  return key && POLICY_ELEMENTS[key] ? `**${key}** — ${POLICY_ELEMENTS[key]}` : undefined;
}

/** A statement element (`Sid`, `Effect`, `Principal`, ...); undefined for other keys. */
export function statementElementHover(key: string | undefined): string | undefined {
  return key && STATEMENT_ELEMENTS[key] ? `**${key}** — ${STATEMENT_ELEMENTS[key]}` : undefined;
}
