// `nerdctl image` (cmd/nerdctl/image.go@v0.22.2): the management command; ls and rm are
// `images` and `rmi` under other names, the rest are the top-level commands themselves
// (build belongs to the build group and is added there by commands.ts's caller).

import { MANAGEMENT } from '../../../cli/cobra/nerdctl-style';
import type { NerdctlCommand } from '../nerdctl-env';
import { unknownSubcommandAction } from '../unknown-subcommand';

export function imageCommand(subcommands: NerdctlCommand[]): NerdctlCommand {
  return {
    name: 'image',
    usage: 'Manage images',
    category: MANAGEMENT,
    subcommands,
    action: unknownSubcommandAction,
  };
}
