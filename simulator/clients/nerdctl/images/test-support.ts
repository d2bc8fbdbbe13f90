// A shell session for the nerdctl image commands' tests: a fixed clock and seed, the
// registries of the simulated world reachable.

import { createSession } from '../../../index';

export const TEST_NOW_MS = Date.UTC(2026, 11, 4, 22, 0, 0);

interface Ran {
  out: string;
  err: string;
  code: number;
}

export type Run = (line: string) => Promise<Ran>;

export function nerdctlSession(seed = 3): Run {
  const session = createSession({ seed, now: () => TEST_NOW_MS });
  return async (line) => {
    const r = await session.run(line);
    return { out: r.stdout, err: r.stderr, code: r.exitCode };
  };
}

/** Drops the progress bar's colour codes. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

export const NGINX_ALPINE_INDEX = 'sha256:a49404dd790d8edbb3205792b354c5c010da4142dc14812d885c38d9ca63136f';
const NGINX_ALPINE_CONFIG = 'sha256:63e87c0ea12a13ea62976913fae38a82eb5e6c942c0843b46abf3cf0f693a11b';
