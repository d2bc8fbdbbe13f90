// `docker <verb> --help` of the lifecycle verbs, byte for byte what /usr/bin/docker 20.10.24+dfsg1
// (Debian docker.io) printed on 2026-12-05 (helper D1's runs, saved in help-20.10.24/).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const VERBS = ['run', 'create', 'start', 'stop', 'restart', 'kill', 'wait', 'pause', 'unpause', 'rename', 'attach', 'logs'];

describe('docker lifecycle --help', () => {
  it.each(VERBS)('docker %s --help', async (verb) => {
    const s = createSession({ seed: 1, now: () => 0 });
    const want = readFileSync(join(__dirname, 'help-20.10.24', `${verb}.txt`), 'utf8');
    expect(await s.run(`docker ${verb} --help`)).toMatchObject({ stdout: want, stderr: '', exitCode: 0 });
  });
});
