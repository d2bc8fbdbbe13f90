// The commands cobra adds to an app with subcommands: `help [command]` (InitDefaultHelpCmd)
// and, since cobra 1.2, `completion` with one subcommand per shell (InitDefaultCompletionCmd;
// Debian builds docker 20.10 against a cobra that has it). Printing a completion script is
// simulated for bash only (cobra 1.5's V2 script); Tab completion in the terminal comes from the
// specs instead.

import { NotSimulatedError } from '../not-simulated';
import { bashCompletionV2 } from './bash-completion-v2';
import type { CommandSpec } from '../spec';

/**
 * cobra's own help command; docker replaces its summary with "Help about the command". It is
 * runnable (its help prints a usage), the runner answers it itself, and it is hidden because
 * cobra never counts a parent's help command as available (nerdctl's template lists it anyway).
 */
export function helpCommandSpec<E>(short = 'Help about any command'): CommandSpec<E> {
  return { name: 'help', usage: short, argsUsage: '[command]', hidden: true, action: () => 0 };
}

const SHELLS = ['bash', 'fish', 'powershell', 'zsh'] as const;

/** cobra v1.5.0's Long of `completion bash` (completions.go initDefaultCompletionCmd). */
function bashLong(tool: string): string {
  return `Generate the autocompletion script for the bash shell.

This script depends on the 'bash-completion' package.
If it is not installed already, you can install it via your OS's package manager.

To load completions in your current shell session:

\tsource <(${tool} completion bash)

To load completions for every new session, execute once:

#### Linux:

\t${tool} completion bash > /etc/bash_completion.d/${tool}

#### macOS:

\t${tool} completion bash > $(brew --prefix)/etc/bash_completion.d/${tool}

You will need to start a new shell for this setup to take effect.
`;
}

function shellCommand<E>(tool: string, shell: string): CommandSpec<E> {
  return {
    name: shell,
    usage: `Generate the autocompletion script for ${shell}`,
    ...(shell === 'bash' ? { description: bashLong(tool) } : {}),
    flags: [{ names: ['no-descriptions'], kind: 'bool', usage: 'disable completion descriptions' }],
    args: { max: 0 },
    action: (c) => {
      // bash: the V2 script (bash-completion-v2.ts); sourcing it defines __start_<tool>, while
      // Tab in the terminal keeps coming from the specs. The other shells are not simulated.
      if (shell === 'bash') {
        c.io.stdout(bashCompletionV2(tool, !c.bool('no-descriptions')));
        return 0;
      }
      throw new NotSimulatedError(`${tool} completion ${shell}`, 'https://github.com/spf13/cobra/blob/main/site/content/completions/_index.md');
    },
  };
}

export function completionCommandSpec<E>(tool: string): CommandSpec<E> {
  return {
    name: 'completion',
    usage: 'Generate the autocompletion script for the specified shell',
    description: `Generate the autocompletion script for ${tool} for the specified shell.\nSee each sub-command's help for details on how to use the generated script.\n`,
    args: { max: 0 },
    subcommands: SHELLS.map((s) => shellCommand<E>(tool, s)),
  };
}
