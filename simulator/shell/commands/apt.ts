// apt-get, apt and dpkg on node1 itself: the same program the Debian images run (programs/apt), over
// the node's own files and the index node1's mirror offers (apt-host-index.ts). dpkg's records
// are the node's /var/lib/dpkg, so what a package installs is there only while it is installed:
// docker.io's /usr/bin/docker is the file the shell runs docker through (tools/docker.ts).
//
// What the maintainer scripts do to systemd is done here, after dpkg: a package with a unit
// (docker.io: docker) gets it installed, enabled and started when it arrives, and stopped and
// gone when it leaves, as Debian's postinst and prerm do.
//
// apt's question (programs/apt/apt-ask.ts) waits for the line typed next when apt-get runs
// alone on the terminal; in a pipe, a redirection or a script stdin answers it at once.

import type { CommandIO, InteractiveProgram } from '../../cli/spec';
import { installedUnit, startUnit, stopUnit } from '../../host/systemd';
import * as vfs from '../../host/vfs';
import type { Node } from '../../node';
import { answer, answeredFromStdin, type AptRun } from '../../programs/apt/apt-ask';
import { aptRunsFor } from '../../programs/apt/apt-get';
import { HOST_DEB_INDEX } from '../../programs/apt/apt-host-index';
import { readStatus } from '../../programs/apt/apt-state';
import { dpkgProgram } from '../../programs/apt/dpkg';
import type { ContainerFile, ContainerFs, ProgramContext, ProgramRun } from '../../programs/program';
import { nodeCommand } from './command-host';

const HOST_APT = aptRunsFor({ packages: HOST_DEB_INDEX, links: {} });

/** The node's files as a program's root sees them (writes land in the node's own files). */
function nodeFs(node: Node): ContainerFs {
  const files = node.state.host.files;
  return {
    lookup(path) {
      const entry = files[vfs.normalizePath(path)];
      if (!entry) return undefined;
      return { kind: entry.kind, content: entry.content, mode: entry.mode, size: entry.size, mtime: Math.floor(entry.mtimeMs / 1000) };
    },
    list(path) {
      try {
        return vfs.readdir(files, path);
      } catch {
        return undefined;
      }
    },
    write(path: string, file: ContainerFile, atMs?: number) {
      const mtimeMs = atMs ?? node.nowMs();
      vfs.mkdir(files, vfs.dirname(path), { parents: true, mtimeMs });
      if (file.kind === 'symlink') {
        if (vfs.exists(files, path) || files[path]) vfs.rm(files, path, { force: true, mtimeMs });
        vfs.symlink(files, file.content ?? '', path, { mtimeMs });
        return true;
      }
      if (file.kind === 'dir') {
        vfs.mkdir(files, path, { parents: true, mtimeMs });
        return true;
      }
      vfs.writeFile(files, path, file.content ?? '', { mode: file.mode, mtimeMs });
      // A stand-in binary keeps its real size beside it (host/releases/apparent-size.ts).
      const entry = files[path];
      if (entry && file.size !== undefined && file.size !== (file.content ?? '').length) entry.size = file.size;
      return true;
    },
    remove(path, atMs) {
      vfs.rm(files, path, { recursive: true, force: true, mtimeMs: atMs ?? node.nowMs() });
      return true;
    },
  };
}

function context(node: Node, name: string, args: string[], io: CommandIO): ProgramContext {
  return {
    argv: [name, ...args],
    env: Object.entries(io.environ).map(([k, v]) => `${k}=${v}`),
    cwd: io.cwd,
    hostname: node.state.host.hostname,
    terminal: io.isTTY,
    stdin: io.stdin,
    fs: nodeFs(node),
    pid: node.state.host.nextPid,
    processes: () => [],
    http: () => ({ failure: 'unreachable' }),
    nowMs: node.nowMs(),
    columns: io.columns ?? 80,
    findProgram: () => undefined,
  };
}

/** The maintainer scripts' systemd part for packages that came or went (see the header). */
function syncUnits(node: Node, before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): void {
  for (const [name, entry] of Object.entries(HOST_DEB_INDEX)) {
    const unitName = entry.unit;
    if (unitName === undefined || before.has(name) === after.has(name)) continue;
    const units = node.state.host.units;
    if (after.has(name)) {
      units[unitName] = { installed: true, enabled: true, active: false };
      startUnit(node, unitName);
    } else if (installedUnit(node, unitName)) {
      stopUnit(node, unitName);
      units[unitName] = { installed: false, enabled: false, active: false };
    }
  }
}

/** What a run printed, split by stream (a reply to the terminal carries them so). */
function texts(run: ProgramRun): { stdout: string; stderr: string } {
  let out = '';
  let err = '';
  for (const chunk of run.out) {
    if (chunk.stream === 'stderr') err += chunk.text;
    else out += chunk.text;
  }
  return { stdout: out, stderr: err };
}

/** The terminal's answer to apt's question: the next line typed, or Ctrl-D (EOF: no). */
function answerProgram(node: Node, name: string, args: string[], io: CommandIO, question: NonNullable<AptRun['question']>, before: ReadonlyMap<string, string>): InteractiveProgram {
  const reply = async (line: string | undefined, pace: (ms: number) => Promise<void>) => {
    const ctx = context(node, name, args, io);
    const run = answer(question, line, ctx);
    syncUnits(node, before, readStatus(ctx));
    if (run.exit?.afterMs) await pace(run.exit.afterMs);
    return { ...texts(run), exitCode: run.exit?.code ?? 0 };
  };
  return {
    prompt: () => '',
    input: (line, live) => reply(line, live?.pace ?? io.pace),
    // Ctrl-C kills apt where it waits (130); Ctrl-D is the end of its input.
    interrupt: async (kind) => (kind === 'EOF' ? reply(undefined, io.pace) : { stdout: '', stderr: '', exitCode: 130 }),
  };
}

function hostApt(name: string, program: (ctx: ProgramContext) => AptRun) {
  return nodeCommand(name, async (args, io, node) => {
    const ctx = context(node, name, args, io);
    const before = readStatus(ctx);
    const asked = program(ctx);
    const waits = asked.question !== undefined && io.terminal !== undefined && io.stdin === '';
    const run = waits ? asked : answeredFromStdin(asked, ctx);
    syncUnits(node, before, readStatus(ctx));
    for (const chunk of run.out) (chunk.stream === 'stderr' ? io.stderr : io.stdout)(chunk.text);
    if (waits && asked.question && io.terminal) {
      io.terminal.attach(answerProgram(node, name, args, io, asked.question, before));
      return 0;
    }
    if (run.exit?.afterMs) await io.pace(run.exit.afterMs);
    return run.exit?.code ?? 0;
  });
}

export const aptGetCommand = hostApt('apt-get', HOST_APT.aptGet);
export const aptCommand = hostApt('apt', HOST_APT.apt);
export const dpkgCommand = hostApt('dpkg', (ctx) => dpkgProgram.run(ctx));
