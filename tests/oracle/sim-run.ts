// Runs a script on the simulator exactly as real-run.ts runs it on a real node: the same
// archive bytes at the same paths, the same working directory, one line at a time.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createSession } from '../../simulator/index';
import { initialNodeState } from '../../simulator/initial-state';
import { mkdir, rm, writeFile } from '../../simulator/host/vfs';
import { makeSaved } from '../../simulator/shell/saved-session';
import type { BuiltArchives } from './build-images';
import { ORACLE_FILES } from './real-run';
import type { ScriptResult } from './script';
import { useNodeCodecs } from '../../scripts/node-codecs';

useNodeCodecs();

export async function runOnSimulator(lines: readonly string[], archives: BuiltArchives, seed = 1): Promise<ScriptResult[]> {
  const node = initialNodeState(seed, Date.now());
  mkdir(node.host.files, ORACLE_FILES, { parents: true });
  // The real node runs on a machine with no CNI network config (the lab's node ships the
  // containerd one for its CRI plugin), so `ctr run --cni` meets an empty /etc/cni/net.d on both.
  rm(node.host.files, '/etc/cni/net.d/10-containerd-net.conflist', { force: true });
  for (const path of [archives.busyboxOci, archives.nginxDocker]) {
    // The VFS keeps bytes as a binary string, one char per byte.
    writeFile(node.host.files, `${ORACLE_FILES}/${basename(path)}`, readFileSync(path).toString('latin1'), { mtimeMs: Date.now() });
  }
  // real-run.ts exports the private node's socket as CONTAINERD_ADDRESS (its paths map back to the
  // stock one): a line that names "$CONTAINERD_ADDRESS" reads the stock socket here.
  const env = { CONTAINERD_ADDRESS: '/run/containerd/containerd.sock' };
  const session = createSession({
    saved: makeSaved({ node, cwd: ORACLE_FILES, env, exported: Object.keys(env), history: [] }),
  });
  const results: ScriptResult[] = [];
  for (const cmd of lines) {
    const atMs = session.node.nowMs();
    const started = performance.now();
    const r = await session.run(cmd);
    const ms = performance.now() - started;
    results.push({ cmd, stdout: r.stdout, stderr: r.stderr, exit: r.exitCode, ms, atMs });
  }
  return results;
}
