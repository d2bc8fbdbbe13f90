// Replays transcript entries through one simulated session, as the real node ran them: one
// shell, files in number order. Setup steps stand in for what happened on the recorded node
// off the record (archives placed in /root, the unrecorded 08 pull transcript, stopping the
// daemon before 13).

import { createSession } from '../../simulator/index';
// Puts archives equivalent to the recorded ones (busybox-oci.tar, busybox-oci-single.tar,
// nginx-docker.tar) into /root and takes the registries offline, as on the recorded node.
import { placeTranscriptArchives } from '../../simulator/registry/catalogue/transcript-archives';
import { startRecordedLocalRegistry } from '../../simulator/registry/conformance-fixtures';
import type { Node } from '../../simulator/node';
import type { ShellSession } from '../../simulator/shell/session-types';
import type { TranscriptEntry } from './transcripts';

/** Bash's exit code for a command ended by Ctrl-C (SIGINT). */
const SIGINT_EXIT = 130;

/** The recorded node's clock at the first command (2026-11-28 05:14 UTC). */
const RECORDED_START_MS = Date.UTC(2026, 10, 28, 5, 14, 0);

export interface ReplayResult {
  stdout: string;
  stderr: string;
  merged: string;
  exitCode: number;
  /**
   * The command left an interactive program holding the terminal. Every recorded command
   * returned to the shell prompt, so this is always a difference; the replay then ends the
   * program (Ctrl-D, then Ctrl-C) so the following commands still reach the shell.
   */
  leftAttached: boolean;
}

/**
 * What was typed into an interactive program a command left on the terminal (recorded under a
 * pseudo-terminal; the transcript shows these lines echoed after the program's prompt).
 */
const TYPED: Record<string, string[]> = {
  '06-run#38': ['echo inside; exit 5'],
  '06-run#41': ['hostname', 'exit'],
  '10-docker-engine#69': ['echo in-docker; exit 4'],
  '10-docker-engine#70': ['hostname', 'exit'],
};

/** Lines run (and not compared) before the first command of a file. */
const SETUP: Record<string, string[]> = {
  // 08 (pulls from a local registry) was recorded but not shipped; it left these namespaces.
  '09-k8s-moby-namespaces': ['ctr ns create pulltest', 'ctr ns create pulltest2'],
  '13-daemon-down': ['systemctl stop containerd'],
};

/**
 * Entries during which a second shell on the recorded node ran other commands (the entry's
 * `# (…)` note says which), and how the recorded command was stopped: the replay runs them in a
 * second login on the same node while the first follows live (`ctr events`), then ends it.
 */
const OTHER_SHELL: Record<string, { lines: string[]; stoppedBy: 'timeout' }> = {
  '11-events#1': {
    lines: [
      'ctr run --rm docker.io/library/busybox:latest ev1 echo evt',
      'ctr ns create evns',
      'ctr i tag docker.io/library/busybox:latest docker.io/library/busybox:evt',
      'ctr i rm docker.io/library/busybox:evt',
    ],
    stoppedBy: 'timeout',
  },
};

/** What `timeout` exits with when it had to stop the command (coreutils: 124). */
const TIMED_OUT = 124;

export class Replay {
  private readonly session: ShellSession & { readonly node: Node };
  private readonly other: ShellSession;
  private setupDone = new Set<string>();

  constructor() {
    let t = RECORDED_START_MS;
    // A clock that moves a little with every reading, like the real one between commands.
    this.session = createSession({ seed: 20261128, now: () => (t += 7) });
    this.other = createSession({ node: this.session.node });
  }

  init(): void {
    placeTranscriptArchives(this.session.node);
  }

  /** At a `root@node1:…# ` prompt (the cwd may have changed), not an inner program's. */
  private atShellPrompt(before: string): boolean {
    const now = this.session.prompt();
    return now === before || /^root@[^:]+:[^#]*# $/.test(now);
  }

  async run(entry: TranscriptEntry): Promise<ReplayResult> {
    if (!this.setupDone.has(entry.file)) {
      this.setupDone.add(entry.file);
      // The recorded node's registry on localhost:5000 (started in the unrecorded 08) still
      // answered while transcript 10 pulled from it.
      if (entry.file === '10-docker-engine') startRecordedLocalRegistry(this.session.node);
      for (const line of SETUP[entry.file] ?? []) await this.session.run(line);
    }
    let merged = '';
    let stdout = '';
    let stderr = '';
    const onOutput = (chunk: string, stream: 'stdout' | 'stderr') => {
      merged += chunk;
      if (stream === 'stdout') stdout += chunk;
      else stderr += chunk;
    };
    const shellPrompt = this.session.prompt();
    const beside = OTHER_SHELL[`${entry.file}#${entry.index}`];
    if (beside) {
      const r = await this.runBeside(entry.cmd, beside.lines, onOutput);
      // The recorded command was stopped by `timeout`; here Ctrl-C stops it (130), the one
      // thing the replay translates.
      const exitCode = r.exitCode === SIGINT_EXIT ? TIMED_OUT : r.exitCode;
      return { stdout, stderr, merged, exitCode, leftAttached: !this.atShellPrompt(shellPrompt) };
    }
    let r = await this.session.run(entry.cmd, { tty: entry.tty, onOutput });
    // Type the recorded lines into the program that kept the terminal, echoing them as a
    // terminal would, after the prompt it shows.
    for (const line of TYPED[`${entry.file}#${entry.index}`] ?? []) {
      if (this.atShellPrompt(shellPrompt)) break;
      onOutput(`${this.session.prompt()}${line}\n`, 'stdout');
      r = await this.session.run(line, { tty: true, onOutput });
    }
    const leftAttached = !this.atShellPrompt(shellPrompt);
    for (const kind of ['EOF', 'SIGINT', 'EOF', 'SIGINT'] as const) {
      if (this.atShellPrompt(shellPrompt)) break;
      await this.session.interrupt(kind);
    }
    return { stdout, stderr, merged, exitCode: r.exitCode, leftAttached };
  }

  /**
   * Runs `cmd` on a watched terminal (it follows the node live) while the second login runs
   * `lines` one after the other, then ends it with Ctrl-C once what they published is shown.
   */
  private async runBeside(cmd: string, lines: string[], onOutput: (chunk: string, stream: 'stdout' | 'stderr') => void) {
    const running = this.session.run(cmd, { tty: true, realTime: true, onOutput });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
    await settle();
    for (const line of lines) await this.other.run(line);
    await settle();
    await this.session.interrupt('SIGINT');
    return running;
  }
}
