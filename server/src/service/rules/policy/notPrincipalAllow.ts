import type { Rule } from '../rule';
import { eachPolicy } from './each';

export const notPrincipalAllow: Rule = {
  id: 'notprincipal-allow',
  severity: 'warning',
  category: 'policy',
  summary: '`Allow` with `NotPrincipal`.',
  docs: '`NotPrincipal` with `Allow` grants access to every principal in the world except the listed ones, anonymous callers included. Name the principals to allow with `Principal` instead; keep `NotPrincipal` for `Deny`.',
  check(ctx) {
    eachPolicy(ctx, (_policy, view, report) => {
      for (const s of view.statements) {
        if (s.effect === 'Allow' && s.principal?.name === 'NotPrincipal') report({ span: s.principal.entry.keySpan, message: 'Allow with NotPrincipal grants access to everyone except the listed principals; use Principal.' });
      }
    });
  },
};
