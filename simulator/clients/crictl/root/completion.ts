// `crictl completion [bash|zsh|fish]` (cmd/crictl/completion.go@v1.26.0): bash (the default)
// and zsh list the app's commands and global flags from its own data; fish is urfave/cli
// v2.23.7's ToFishCompletion (fish.go), duplicate --help/--version lines included (its
// VisibleFlags already hold them) and the `completion` command's own help flag and help
// subcommand, which its setup added while it ran.

import type { FlagSpec } from '../../../cli/spec';
import { plain } from '../../../errdefs/errdefs';
import { HELP_FLAG, VERSION_FLAG, helpCommand } from '../../../cli/urfave-v2/app';
import type { CrictlCommand, CrictlContext, CrictlEnv } from '../crictl-env';

const HELP_COMMAND = helpCommand<CrictlEnv>();

interface AppShape {
  name: string;
  commands: { name: string; aliases?: readonly string[]; usage: string; hidden?: boolean; flags?: readonly FlagSpec[] }[];
  flags: FlagSpec[];
}

/** App.Commands and App.Flags after Setup: help appended to both, version to the flags. */
function appShape(c: CrictlContext): AppShape {
  const root = c.env.app;
  return {
    name: c.path[0] ?? 'crictl',
    commands: [...(root.subcommands ?? []), HELP_COMMAND],
    flags: [...(root.flags ?? []), HELP_FLAG, VERSION_FLAG],
  };
}

const names = (cmd: { name: string; aliases?: readonly string[] }): string[] => [cmd.name, ...(cmd.aliases ?? [])];

function bash(app: AppShape): string {
  const words = [...app.commands.filter((c) => !c.hidden).flatMap(names), ...app.flags.map((f) => `--${f.names[0]}`)];
  return `_crictl() {
    local cur opts base
    COMPREPLY=()
    cur="\${COMP_WORDS[COMP_CWORD]}"
    opts="${words.join('\n')}"
    COMPREPLY=( $(compgen -W "\${opts}" -- \${cur}) )
    return 0
}

complete -F _crictl crictl
`;
}

function zsh(app: AppShape): string {
  const cmds = app.commands.filter((c) => !c.hidden).flatMap((c) => names(c).map((n) => `${n}:${c.usage}`));
  const opts = app.flags.map((f) => `--${f.names[0]}`);
  return `#compdef crictl

_crictl() {
  local -a cmds
  cmds=('${cmds.join("' '")}')
  _describe 'commands' cmds

  local -a opts
  opts=('${opts.join("' '")}')
  _describe 'global options' opts

  return
}

compdef _crictl crictl
`;
}

const esc = (s: string): string => s.replace(/'/g, "\\'");

function fishHelper(app: string, previous: readonly string[]): string {
  return previous.length > 0 ? `__fish_seen_subcommand_from ${previous.join(' ')}` : `__fish_${app}_no_subcommand`;
}

function fishFlags(app: string, flags: readonly FlagSpec[], previous: readonly string[]): string[] {
  return flags
    .filter((f) => !f.hidden)
    .map((f) => {
      let line = `complete -c ${app} -n '${fishHelper(app, previous)}' -f`;
      f.names.forEach((n, i) => (line += i === 0 ? ` -l ${n.trim()}` : ` -s ${n.trim()}`));
      if (f.kind !== 'bool') line += ' -r';
      if (f.usage) line += ` -d '${esc(f.usage)}'`;
      return line;
    });
}

function fish(app: AppShape, running: string): string {
  const all: string[] = [];
  const lines = [...fishFlags(app.name, app.flags, all), ...fishFlags(app.name, [HELP_FLAG, VERSION_FLAG], all)];
  const commands = (list: AppShape['commands'], previous: string[]): void => {
    for (const cmd of list) {
      if (cmd.hidden) continue;
      const cmdNames = names(cmd);
      let line = `complete -r -c ${app.name} -n '${fishHelper(app.name, previous)}' -a '${cmdNames.join(' ')}'`;
      if (cmd.usage) line += ` -d '${esc(cmd.usage)}'`;
      lines.push(...fishFlags(app.name, [HELP_FLAG], cmdNames));
      all.push(...cmdNames);
      lines.push(line);
      const ran = cmd.name === running;
      lines.push(...fishFlags(app.name, ran ? [...(cmd.flags ?? []), HELP_FLAG] : (cmd.flags ?? []), cmdNames));
      if (ran) commands([HELP_COMMAND], cmdNames);
    }
  };
  commands(app.commands, []);
  return `# ${app.name} fish shell completion

function __fish_${app.name}_no_subcommand --description 'Test if there has been any subcommand yet'
    for i in (commandline -opc)
        if contains -- $i${all.map((v) => ` ${v}`).join('')}
            return 1
        end
    end
    return 0
end

${lines.map((l) => `${l}\n`).join('')}
`;
}

export const completionCommand: CrictlCommand = {
  name: 'completion',
  usage: 'Output shell completion code',
  argsUsage: 'SHELL',
  description: `Output shell completion code for bash, zsh or fish.

Examples:

    # Installing bash completion on Linux
    source <(crictl completion bash)

    # Installing zsh completion on Linux
    source <(crictl completion zsh)

    # Installing fish completion on Linux
    crictl completion fish | source
	`,
  action(c) {
    const app = appShape(c);
    if (c.args.length === 0) return void c.io.stdout(bash(app));
    if (c.args.length !== 1) return void c.io.stdout(c.helpText());
    const shell = c.args[0];
    if (shell === 'bash') c.io.stdout(bash(app));
    else if (shell === 'zsh') c.io.stdout(zsh(app));
    else if (shell === 'fish') c.io.stdout(fish(app, 'completion'));
    else throw plain('only bash, zsh or fish are supported');
  },
};
