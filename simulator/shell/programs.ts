// The node's own programs on the shell's PATH, by name: the one list the session registers
// and completes from. The tools (ctr…) come from their registry (tools/registry.ts); the rest
// are the node's own small programs. just-bash supplies the ordinary utilities a Debian node
// has (cat, grep, sed…), curated in node-commands.ts.

import { aptCommand, aptGetCommand, dpkgCommand } from './commands/apt';
import { awkCommand } from './commands/awk';
import { bashCommand, dashCommand, shCommand } from './commands/bash-identity';
import { type ShellCommandFactory, nodeCommand } from './commands/command-host';
import { shimRuncV1Command, shimRuncV2Command } from './commands/containerd-shim';
import { curlCommand } from './commands/curl';
import { cutCommand } from './commands/cut';
import { ipCommand } from './commands/ip';
import { ssCommand } from './commands/ss';
import { wgetCommand } from './commands/wget';
import { dateCommand } from './commands/date';
import { envCommand, printenvCommand } from './commands/env';
import { freeCommand } from './commands/free';
import { GNU_MESSAGE_FIXES } from './commands/gnu-messages';
import { grepCommand } from './commands/grep';
import { headCommand } from './commands/head';
import { hostnameCommand } from './commands/hostname';
import { journalctlCommand } from './commands/journalctl';
import { kubeletCommand } from './commands/kubelet';
import { lsCommand } from './commands/ls';
import { lessCommand, moreCommand } from './commands/pager';
import { nprocCommand } from './commands/nproc';
import { viCommand } from './commands/vi';
import { nanoCommand } from './commands/nano';
import { python3Command } from './commands/python3';
import { unameCommand } from './commands/uname';
import { uptimeCommand } from './commands/uptime';
import { uniqCommand } from './commands/uniq';
import { wcCommand } from './commands/wc';
import { xargsCommand } from './commands/xargs';
import { yesCommand } from './commands/yes';
import { sleepCommand } from './commands/sleep';
import { sortCommand } from './commands/sort/sort';
import { systemctlCommand } from './commands/systemctl';
import { tailCommand } from './commands/tail';
import { tarCommand } from './commands/tar';
import { timeoutCommand } from './commands/timeout';
import { touchCommand } from './commands/touch';
import { truncateCommand } from './commands/truncate';
import { trCommand } from './commands/tr';
import { whoamiCommand } from './commands/whoami';
import { NODE_TOOLS } from '../tools/registry';
import type { ToolCode, ToolEntry } from '../tools/tool';
import { recordLayer } from '../trace/call-path';

/** The shell commands of `tools`, by name: each loads its entry's code (once) and runs it. */
export function toolPrograms(tools: readonly ToolEntry[]): Record<string, ShellCommandFactory> {
  const programs: Record<string, ShellCommandFactory> = {};
  for (const tool of tools) programs[tool.name] = nodeCommand(tool.name, async (args, io, node) => {
      recordLayer(node, tool.name);
      let code: ToolCode;
      try {
        code = await tool.load();
      } catch (err) {
        // Only in the browser, when the chunk with the client cannot be fetched: nothing ran.
        io.stderr(`${tool.name}: this tool's code could not be loaded (${err instanceof Error ? err.message : String(err)}); try again\n`);
        return 1;
      }
      return code.run(node, args, io);
    });
  return programs;
}

export const SHELL_PROGRAMS: Readonly<Record<string, ShellCommandFactory>> = {
  ...GNU_MESSAGE_FIXES,
  ...toolPrograms(NODE_TOOLS),
  'containerd-shim-runc-v1': shimRuncV1Command,
  'containerd-shim-runc-v2': shimRuncV2Command,
  systemctl: systemctlCommand,
  journalctl: journalctlCommand,
  kubelet: kubeletCommand,
  hostname: hostnameCommand,
  date: dateCommand,
  ls: lsCommand,
  tar: tarCommand,
  touch: touchCommand,
  truncate: truncateCommand,
  tr: trCommand,
  timeout: timeoutCommand,
  env: envCommand,
  printenv: printenvCommand,
  python3: python3Command,
  uname: unameCommand,
  yes: yesCommand,
  sleep: sleepCommand,
  sort: sortCommand,
  uniq: uniqCommand,
  cut: cutCommand,
  grep: grepCommand,
  xargs: xargsCommand,
  head: headCommand,
  awk: awkCommand,
  tail: tailCommand,
  wc: wcCommand,
  whoami: whoamiCommand,
  free: freeCommand,
  nproc: nprocCommand,
  uptime: uptimeCommand,
  curl: curlCommand,
  ip: ipCommand,
  ss: ssCommand,
  wget: wgetCommand,
  bash: bashCommand,
  sh: shCommand,
  dash: dashCommand,
  less: lessCommand,
  more: moreCommand,
  vi: viCommand('vi'),
  vim: viCommand('vim'),
  nano: nanoCommand,
  'apt-get': aptGetCommand,
  apt: aptCommand,
  dpkg: dpkgCommand,
};
