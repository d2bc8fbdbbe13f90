// `docker <verb> --help` of the lifecycle verbs, byte for byte what /usr/bin/docker 20.10.24+dfsg1
// (Debian docker.io) printed on 2026-12-05 (helper D1's runs, saved in help-20.10.24/).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

/** The real 20.10.24 client's help texts, read by the test runner's bundler (no Node file API in simulator/). */
const HELP = import.meta.glob('./help-20.10.24/*.txt', { query: '?raw', import: 'default', eager: true });

const VERBS = ['run', 'create', 'start', 'stop', 'restart', 'kill', 'wait', 'pause', 'unpause', 'rename', 'attach', 'logs'];

describe('docker lifecycle --help', () => {
  it.each(VERBS)('docker %s --help', async (verb) => {
    const s = createSession({ seed: 1, now: () => 0 });
    const want = HELP[`./help-20.10.24/${verb}.txt`];
    expect(want).toBeDefined();
    expect(await s.run(`docker ${verb} --help`)).toMatchObject({ stdout: want, stderr: '', exitCode: 0 });
  });
});
