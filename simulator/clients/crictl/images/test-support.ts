// A shell session for the image commands' tests: a fixed clock and seed, the registries
// reachable, and /etc/crictl.yaml naming containerd's socket (no default-endpoint warnings).

import { createSession } from '../../../index';

const TEST_NOW_MS = Date.UTC(2026, 11, 4, 22, 0, 0);

export interface Ran {
  out: string;
  err: string;
  code: number;
}

export async function imagesSession(): Promise<(line: string) => Promise<Ran>> {
  const session = createSession({ seed: 3, now: () => TEST_NOW_MS });
  const run = async (line: string): Promise<Ran> => {
    const r = await session.run(line);
    return { out: r.stdout, err: r.stderr, code: r.exitCode };
  };
  await run("echo 'runtime-endpoint: unix:///run/containerd/containerd.sock' > /etc/crictl.yaml");
  return run;
}

/** Image ids of the catalogue's images (their config digests). */
export const NGINX_125_ID = 'sha256:af153a9fbb1be4074fcf5e06947e50831b74ee3bb1b3dee9724939852025a040';
export const PAUSE_36_ID = 'sha256:d61636d43ae642cfc265e8f529b42d49e133b9a51bca689412b860c1b47c5b2a';
export const NGINX_125_DIGEST = 'sha256:43f18131412737c7b0775063e21ef454831dd45061aec0f9c326c53ce3e0d6ad';
export const PAUSE_36_DIGEST = 'sha256:0353313ba411edb8b2c9b97b9ee206947dded0e56de2ef8170f2cf400e0acf94';
