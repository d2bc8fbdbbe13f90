// `docker <group> [<verb>] --help` of the command groups, byte for byte what /usr/bin/docker
// 20.10.24+dfsg1 (Debian docker.io) printed against a private dockerd on 2026-12-05 (saved in
// help-20.10.24/: `swarm_join-token.txt` is `docker swarm join-token --help`; `buildkit_*` were
// printed with DOCKER_BUILDKIT=1, which lists BuildKit's build flags and hides the classic ones).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

const HELP = import.meta.glob('./help-20.10.24/*.txt', { query: '?raw', import: 'default', eager: true });

function lineOf(file: string): string {
  const name = file.replace('./help-20.10.24/', '').replace(/\.txt$/, '');
  const buildkit = name.startsWith('buildkit_');
  const words = (buildkit ? name.slice('buildkit_'.length) : name).split('_').join(' ');
  return `${buildkit ? 'DOCKER_BUILDKIT=1 ' : ''}docker ${words} --help`;
}

const CASES = Object.entries(HELP).map(([file, text]) => [lineOf(file), text] as const);

describe('docker command groups --help', () => {
  it('has the recorded texts', () => {
    expect(CASES.length).toBeGreaterThan(80);
  });
  it.each(CASES)('%s', async (line, want) => {
    const s = createSession({ seed: 1, now: () => 0 });
    expect(await s.run(line)).toMatchObject({ stdout: want, stderr: '', exitCode: 0 });
  });
});
