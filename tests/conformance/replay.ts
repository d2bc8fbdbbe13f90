// Replays transcript entries through one simulated session, as the real node ran them: one
// shell, files in number order. Setup steps stand in for what happened on the recorded node
// off the record (archives placed in /root, the unrecorded 08 pull transcript, stopping the
// daemon before 13).

import { createSession } from '../../simulator/index';
import type { Node } from '../../simulator/node';
import type { ShellSession } from '../../simulator/shell/session-types';
import type { TranscriptEntry } from './transcripts';

/** The recorded node's clock at the first command (2026-11-28 05:14 UTC). */
export const RECORDED_START_MS = Date.UTC(2026, 10, 28, 5, 14, 0);

export interface ReplayResult {
  stdout: string;
  stderr: string;
  merged: string;
  exitCode: number;
}

/**
 * The module the "images" engineer provides to put archives equivalent to the recorded ones
 * (busybox-oci.tar, busybox-oci-single.tar, nginx-docker.tar) into the node's /root.
 * Looked up at run time so this suite runs before it exists.
 */
const ARCHIVES_MODULE = '../../simulator/registry/catalogue/transcript-archives';

type PlaceArchives = (node: Node) => void;

async function findArchivePlacer(): Promise<PlaceArchives | undefined> {
  try {
    const mod = (await import(/* @vite-ignore */ ARCHIVES_MODULE)) as { placeTranscriptArchives?: PlaceArchives };
    return mod.placeTranscriptArchives;
  } catch {
    return undefined;
  }
}

/** Lines run (and not compared) before the first command of a file. */
const SETUP: Record<string, string[]> = {
  // 08 (pulls from a local registry) was recorded but not shipped; it left these namespaces.
  '09-k8s-moby-namespaces': ['ctr ns create pulltest', 'ctr ns create pulltest2'],
  '13-daemon-down': ['systemctl stop containerd'],
};

export class Replay {
  private readonly session: ShellSession & { readonly node: Node };
  private setupDone = new Set<string>();
  archivesPlaced = false;

  constructor() {
    let t = RECORDED_START_MS;
    // A clock that moves a little with every reading, like the real one between commands.
    this.session = createSession({ seed: 20261128, now: () => (t += 7) });
  }

  async init(): Promise<void> {
    const place = await findArchivePlacer();
    if (place) {
      place(this.session.node);
      this.archivesPlaced = true;
    }
  }

  async run(entry: TranscriptEntry): Promise<ReplayResult> {
    if (!this.setupDone.has(entry.file)) {
      this.setupDone.add(entry.file);
      for (const line of SETUP[entry.file] ?? []) await this.session.run(line);
    }
    let merged = '';
    const r = await this.session.run(entry.cmd, { tty: entry.tty, onOutput: (chunk) => (merged += chunk) });
    return { stdout: r.stdout, stderr: r.stderr, merged, exitCode: r.exitCode };
  }
}
