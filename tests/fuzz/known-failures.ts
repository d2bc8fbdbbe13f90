// Failures the fuzz finds that are known and owned elsewhere, each with its reason. The CI
// fuzz lists them but does not fail on them; junk-lines-known.test.ts reproduces each one and
// fails as soon as it is fixed, so that its entry here is removed.

import type { Failure } from './protocol';

export interface KnownFailure {
  id: string;
  reason: string;
  matches: (failure: Failure) => boolean;
}

// None today. (The last one, `readonly x=1` breaking every later line, is fixed in session.ts
// and kept as a test in simulator/shell/readonly-variables.test.ts.)
const KNOWN_FAILURES: readonly KnownFailure[] = [];

export function knownFailure(failure: Failure): KnownFailure | undefined {
  return KNOWN_FAILURES.find((k) => k.matches(failure));
}
