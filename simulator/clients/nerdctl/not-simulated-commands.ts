// Commands of nerdctl 0.22.2 that ctrlab does not model, with their real command trees, flags,
// argument counts and help (ipfs*.go, apparmor*_linux.go, internal*.go@v0.22.2): a group
// without a subcommand prints its help, an unknown one is nerdctl's unknown-subcommand error,
// and each leaf refuses honestly when run (`FATA[0000] nerdctl ipfs registry up is not
// simulated here; see …`, exit 1). compose is compose.ts.

import { MANAGEMENT } from '../../cli/cobra/nerdctl-style';
import { NotSimulatedError } from '../../cli/not-simulated';
import type { FlagSpec } from '../../cli/spec';
import { composeCommand } from './compose';
import { NERDCTL_DOCS } from './images/docs';
import type { NerdctlCommand } from './nerdctl-env';
import { unknownSubcommandAction } from './unknown-subcommand';

/** defaults.AppArmorProfileName (pkg/defaults/defaults_linux.go@v0.22.2). */
const APPARMOR_PROFILE = 'nerdctl-default';

function leaf(path: string, name: string, usage: string, docs: string, extra: Partial<NerdctlCommand> = {}): NerdctlCommand {
  return {
    name,
    usage,
    ...extra,
    action: () => {
      throw new NotSimulatedError(`nerdctl ${path} ${name}`, `${NERDCTL_DOCS}/${docs}`);
    },
  };
}

/** The flags `ipfs registry serve` and `up` declare as persistent ones (ipfs_registry_serve.go's defaults). */
function ipfsRegistryFlags(withAddress: boolean): FlagSpec[] {
  return [
    { names: ['listen-registry'], kind: 'string', usage: 'address to listen', value: 'localhost:5050', persistent: true },
    ...(withAddress
      ? [
          {
            names: ['ipfs-address'],
            kind: 'string',
            usage: 'multiaddr of IPFS API (default is pulled from $IPFS_PATH/api file. If $IPFS_PATH env var is not present, it defaults to ~/.ipfs)',
            persistent: true,
          } satisfies FlagSpec,
        ]
      : []),
    { names: ['read-retry-num'], kind: 'int', usage: 'times to retry query on IPFS. Zero or lower means no retry.', value: 0, persistent: true },
    { names: ['read-timeout'], kind: 'duration', usage: 'timeout duration of a read request to IPFS. Zero means no timeout.', value: '0s', persistent: true },
  ];
}

const ipfsCommand: NerdctlCommand = {
  name: 'ipfs',
  usage: 'Distributing images on IPFS',
  category: MANAGEMENT,
  action: unknownSubcommandAction,
  subcommands: [
    {
      name: 'registry',
      usage: 'Manage read-only registry backed by IPFS',
      category: MANAGEMENT,
      action: unknownSubcommandAction,
      subcommands: [
        leaf('ipfs registry', 'serve', 'serve read-only registry backed by IPFS on localhost. Use "nerdctl ipfs registry up".', 'ipfs.md', { flags: ipfsRegistryFlags(true) }),
        leaf('ipfs registry', 'up', 'start registry as a background container "ipfs-registry", backed by the current user\'s IPFS API', 'ipfs.md', {
          flags: ipfsRegistryFlags(false),
        }),
        leaf('ipfs registry', 'down', 'stop registry as a background container "ipfs-registry".', 'ipfs.md'),
      ],
    },
  ],
};

const apparmorCommand: NerdctlCommand = {
  name: 'apparmor',
  usage: 'Manage AppArmor profiles',
  category: MANAGEMENT,
  action: unknownSubcommandAction,
  subcommands: [
    leaf('apparmor', 'ls', 'List the loaded AppArmor profiles', 'command-reference.md', {
      aliases: ['list'],
      args: { max: 0 },
      flags: [
        { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display profile names' },
        { names: ['format'], kind: 'string', usage: 'Format the output using the given go template' },
      ],
    }),
    leaf('apparmor', 'inspect', `Display the default AppArmor profile ${JSON.stringify(APPARMOR_PROFILE)}. Other profiles cannot be displayed with this command.`, 'command-reference.md', {
      args: { max: 0 },
    }),
    leaf('apparmor', 'load', `Load the default AppArmor profile ${JSON.stringify(APPARMOR_PROFILE)}. Requires root.`, 'command-reference.md', { args: { max: 0 } }),
    leaf('apparmor', 'unload', `Unload an AppArmor profile. The target profile name defaults to ${JSON.stringify(APPARMOR_PROFILE)}. Requires root.`, 'command-reference.md', {
      argsUsage: '[PROFILE]',
      args: { max: 1 },
    }),
  ],
};

/** Hidden; containerd runs `nerdctl internal oci-hook` from the OCI hooks nerdctl writes into specs. */
const internalCommand: NerdctlCommand = {
  name: 'internal',
  usage: 'DO NOT EXECUTE MANUALLY',
  hidden: true,
  subcommands: [leaf('internal', 'oci-hook', 'OCI hook', '../README.md', { skipFlagParsing: true })],
};

export const notSimulatedCommands: NerdctlCommand[] = [composeCommand, ipfsCommand, apparmorCommand, internalCommand];
