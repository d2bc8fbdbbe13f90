// Failures the fuzz finds that are known and owned elsewhere, each with its reason. The CI
// fuzz lists them but does not fail on them; junk-lines-known.test.ts reproduces each one and
// fails as soon as it is fixed, so that its entry here is removed.

import type { Failure } from './protocol';

export interface KnownFailure {
  id: string;
  reason: string;
  matches: (failure: Failure) => boolean;
}

export const KNOWN_FAILURES: readonly KnownFailure[] = [
  {
    id: 'readonly-variable',
    reason:
      'after `readonly x=1` (or `declare -r`, `typeset -r`) every later line fails with "bash: x: readonly variable": ' +
      'just-bash keeps the readonly flag from one exec to the next, and session.ts restores each variable with an ' +
      'assignment in its per-line prefix, which a readonly variable refuses',
    matches: (f) => f.problem === 'not usable afterwards' && /readonly variable/.test(f.detail),
  },
];

export function knownFailure(failure: Failure): KnownFailure | undefined {
  return KNOWN_FAILURES.find((k) => k.matches(failure));
}
