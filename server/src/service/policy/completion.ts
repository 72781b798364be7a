/** Completion inside policy documents. Returns undefined when the cursor is not in a policy. */
import type { CompletionItem, CompletionRequest } from '../completion';

export function completePolicy(_req: CompletionRequest): CompletionItem[] | undefined {
  return undefined;
}
