// A tool on node1 (ctr now; crictl, nerdctl, docker later) is one ToolEntry: everything the
// shell knows about it — that it is on PATH, where `which` finds it, what Tab completes after
// it — is derived from the entry, so adding a tool is one entry in registry.ts plus its files.

import type { Dialect } from '../cli/run-cli';
import type { CommandIO, CommandSpec } from '../cli/spec';
import { unitDefinition } from '../host/systemd';
import type { Node } from '../node';

export interface ToolEntry {
  /** The command word (`ctr`). Fixed; unique among the node's tools. */
  readonly name: string;
  /**
   * Where the package installs it (`/usr/bin/ctr`). A tool in /usr/bin shows in /bin too
   * (merged /usr) and is always there unless it is fileBacked; one elsewhere (nerdctl in /usr/local/bin, from its
   * release tarball) runs only while its binary's file is there (shell/commands/tool-exec.ts).
   */
  readonly path: string;
  /**
   * Its command spec: Tab completion reads it (cli/run-cli.ts completionsFor), and the
   * tool's run parses with it and renders its help from it.
   */
  readonly spec: CommandSpec<never>;
  /** The real tool's CLI library (urfave v1 for ctr): which parent flags Tab offers below. */
  readonly dialect: Dialect;
  /** Runs `<name> argv…` on the node. Never rejects except on Ctrl-C; returns the exit code. */
  run(node: Node, argv: readonly string[], io: CommandIO): Promise<number>;
  /**
   * Its binary is a file in the node's files (a stand-in, host/releases/apparent-size.ts) even
   * in /usr/bin: it runs only while that file is on the PATH, as a tool outside /usr/bin does.
   * docker is such (docker.io's file, there while the package is installed: shell/commands/apt.ts),
   * and crictl (the file the notes' cri-tools tarball leaves; a bare node has none).
   */
  readonly fileBacked?: boolean;
  /** The systemd unit whose daemon it talks to (host/systemd.ts), if any: containerd for ctr. */
  readonly unit?: string;
}

/** Directories the shell can run a tool from (see ToolEntry.path). */
const TOOL_DIRS = ['/usr/bin', '/usr/local/bin'];

/** Whether the shell runs `tool` only through its file on the PATH (shell/commands/tool-exec.ts). */
export function runsFromFile(tool: ToolEntry): boolean {
  return tool.fileBacked === true || tool.path.slice(0, tool.path.lastIndexOf('/')) !== '/usr/bin';
}

/** Checks an entry once, where it is declared; throws on an entry the node cannot honour. */
export function defineTool(entry: ToolEntry): ToolEntry {
  if (!/^[a-z][a-z0-9._-]*$/.test(entry.name)) throw new Error(`tool name ${JSON.stringify(entry.name)} is not a command word`);
  if (entry.spec.name !== entry.name) throw new Error(`tool ${entry.name}: its spec is named ${entry.spec.name}`);
  const slash = entry.path.lastIndexOf('/');
  if (entry.path.slice(slash + 1) !== entry.name || !TOOL_DIRS.includes(entry.path.slice(0, slash))) {
    throw new Error(`tool ${entry.name}: ${entry.path} is not ${TOOL_DIRS.map((d) => `${d}/${entry.name}`).join(' or ')}`);
  }
  if (entry.unit !== undefined && unitDefinition(entry.unit) === undefined) {
    throw new Error(`tool ${entry.name}: no systemd unit ${entry.unit} is declared`);
  }
  return entry;
}
