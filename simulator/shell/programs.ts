// The node's own programs on the shell's PATH, by name: the one list the session registers
// and completes from. just-bash supplies the ordinary utilities (ls, cat, grep, jq…).

import type { ShellCommandFactory } from './commands/command-host';
import { containerdCommand } from './commands/containerd';
import { ctrCommand } from './commands/ctr';
import { dateCommand } from './commands/date';
import { hostnameCommand } from './commands/hostname';
import { lsCommand } from './commands/ls';
import { runcCommand } from './commands/runc';
import { systemctlCommand } from './commands/systemctl';

export const SHELL_PROGRAMS: Readonly<Record<string, ShellCommandFactory>> = {
  ctr: ctrCommand,
  containerd: containerdCommand,
  runc: runcCommand,
  systemctl: systemctlCommand,
  hostname: hostnameCommand,
  date: dateCommand,
  ls: lsCommand,
};

export const SHELL_PROGRAM_NAMES: readonly string[] = Object.keys(SHELL_PROGRAMS);
