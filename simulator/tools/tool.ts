// A tool on node1 (ctr, crictl, nerdctl, buildctl, docker) is one ToolEntry: everything the
// shell knows about it — that it is on PATH, where `which` finds it, what Tab completes after
// it — is derived from the entry, so adding a tool is one entry in registry.ts plus its files.
// The entry itself is small and always there; the client's code (its spec and its run) is
// loaded on first use: in the browser each client is a chunk of its own, fetched after the
// first prompt, so the node starts without compiling four CLIs (issue 13's first prompt).

import type { Dialect } from '../cli/run-cli';
import type { CommandIO, CommandSpec } from '../cli/spec';
import { unitDefinition } from '../host/systemd';
import type { Node } from '../node';

/** A tool's client, once loaded. */
export interface ToolCode {
  /**
   * Its command spec: Tab completion reads it (cli/run-cli.ts completionsFor), and the
   * tool's run parses with it and renders its help from it.
   */
  readonly spec: CommandSpec<never>;
  /** Runs `<name> argv…` on the node. Never rejects except on Ctrl-C; returns the exit code. */
  run(node: Node, argv: readonly string[], io: CommandIO): Promise<number>;
}

export interface ToolEntry {
  /** The command word (`ctr`). Fixed; unique among the node's tools. */
  readonly name: string;
  /**
   * Where the package installs it (`/usr/bin/ctr`). A tool in /usr/bin shows in /bin too
   * (merged /usr) and is always there unless it is fileBacked; one elsewhere (nerdctl in /usr/local/bin, from its
   * release tarball; dockerd in /usr/sbin) runs only while its binary's file is there
   * (shell/commands/tool-exec.ts).
   */
  readonly path: string;
  /** The real tool's CLI library (urfave v1 for ctr): which parent flags Tab offers below. */
  readonly dialect: Dialect;
  /** Its client's code; defineTool makes it load once and checks it (loadTool). */
  load(): Promise<ToolCode>;
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
const TOOL_DIRS = ['/usr/bin', '/usr/local/bin', '/usr/sbin'];

/** Whether the shell runs `tool` only through its file on the PATH (shell/commands/tool-exec.ts). */
export function runsFromFile(tool: ToolEntry): boolean {
  return tool.fileBacked === true || tool.path.slice(0, tool.path.lastIndexOf('/')) !== '/usr/bin';
}

/**
 * Checks an entry where it is declared; throws on an entry the node cannot honour. Its code is
 * loaded once, on the first call of `load`, and checked then (a spec named otherwise rejects).
 */
export function defineTool(entry: ToolEntry): ToolEntry {
  if (!/^[a-z][a-z0-9._-]*$/.test(entry.name)) throw new Error(`tool name ${JSON.stringify(entry.name)} is not a command word`);
  const slash = entry.path.lastIndexOf('/');
  if (entry.path.slice(slash + 1) !== entry.name || !TOOL_DIRS.includes(entry.path.slice(0, slash))) {
    throw new Error(`tool ${entry.name}: ${entry.path} is not ${TOOL_DIRS.map((d) => `${d}/${entry.name}`).join(' or ')}`);
  }
  if (entry.unit !== undefined && unitDefinition(entry.unit) === undefined) {
    throw new Error(`tool ${entry.name}: no systemd unit ${entry.unit} is declared`);
  }
  let loading: Promise<ToolCode> | undefined;
  const load = (): Promise<ToolCode> =>
    (loading ??= entry.load().then((code) => {
      if (code.spec.name !== entry.name) throw new Error(`tool ${entry.name}: its spec is named ${code.spec.name}`);
      return code;
    }, (err: unknown) => {
      // A chunk the browser could not fetch (the site redeployed, the network gone) is asked
      // for again next time rather than remembered as broken.
      loading = undefined;
      throw err;
    }));
  return { ...entry, load };
}

/** Loads every tool's code, one after another (the worker's warm-up after the first prompt). */
export async function preloadTools(tools: readonly ToolEntry[]): Promise<void> {
  for (const tool of tools) await tool.load();
}
