// `nerdctl namespace` (alias ns), cmd/nerdctl/namespace.go@v0.22.2: containerd's namespaces,
// "Unrelated to Linux namespaces and Kubernetes namespaces".

import { MANAGEMENT } from '../../../cli/cobra/nerdctl-style';
import type { NerdctlCommand } from '../nerdctl-env';
import { unknownSubcommandAction } from '../unknown-subcommand';
import { namespaceCreateCommand } from './create';
import { namespaceInspectCommand } from './inspect';
import { namespaceLsCommand } from './ls';
import { namespaceRmCommand } from './rm';
import { namespaceUpdateCommand } from './update';

export const namespaceCommand: NerdctlCommand = {
  name: 'namespace',
  aliases: ['ns'],
  usage: 'Manage containerd namespaces',
  description: 'Unrelated to Linux namespaces and Kubernetes namespaces',
  category: MANAGEMENT,
  subcommands: [namespaceLsCommand, namespaceRmCommand, namespaceCreateCommand, namespaceUpdateCommand, namespaceInspectCommand],
  action: unknownSubcommandAction,
};
