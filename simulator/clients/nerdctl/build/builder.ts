// `nerdctl builder` (cmd/nerdctl/builder.go@v0.22.2): prune runs `buildctl prune` against the
// buildkitd getBuildkitHost finds, its output on nerdctl's stdout; debug hands the Dockerfile to
// buildg, an interactive debugger the simulated node does not have.

import { MANAGEMENT } from '../../../cli/cobra/nerdctl-style';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { globalOptions, type NerdctlCommand } from '../nerdctl-env';
import { unknownSubcommandAction } from '../unknown-subcommand';
import { buildctlBinary, buildkitHost, execBuildctl } from './buildkit-host';

const builderPruneCommand: NerdctlCommand = {
  name: 'prune',
  usage: 'Clean up BuildKit build cache',
  args: { max: 0 },
  flags: [{ names: ['buildkit-host'], kind: 'string', usage: 'BuildKit address [$BUILDKIT_HOST]', value: 'unix:///run/buildkit/buildkitd.sock', envVar: 'BUILDKIT_HOST' }],
  action: async (c) => {
    const host = await buildkitHost(c, globalOptions(c).namespace);
    const binary = buildctlBinary(c);
    const args = [`--addr=${host}`, 'prune'];
    c.env.log.debug(`running ${binary} [${args.join(' ')}]`);
    const r = await execBuildctl(c, args, { stdout: c.io.stdout });
    if (r.code !== 0) throw new Error(`exit status ${r.code}`);
  },
};

const builderDebugCommand: NerdctlCommand = {
  name: 'debug',
  usage: 'Debug Dockerfile',
  flags: [
    { names: ['file', 'f'], kind: 'string', usage: 'Name of the Dockerfile' },
    { names: ['target'], kind: 'string', usage: 'Set the target build stage to build' },
    { names: ['build-arg'], kind: 'stringArray', usage: 'Set build-time variables' },
    { names: ['image'], kind: 'string', usage: 'Image to use for debugging stage' },
    { names: ['ssh'], kind: 'stringArray', usage: 'Allow forwarding SSH agent to the build. Format: default|<id>[=<socket>|<key>[,<key>]]' },
    { names: ['secret'], kind: 'stringArray', usage: 'Expose secret value to the build. Format: id=secretname,src=filepath' },
  ],
  action: (c) => {
    if (c.args.length < 1) throw new Error('context needs to be specified');
    throw new NotSimulatedError('nerdctl builder debug (buildg)', 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/builder-debug.md');
  },
};

export const builderCommand: NerdctlCommand = {
  name: 'builder',
  usage: 'Manage builds',
  category: MANAGEMENT,
  subcommands: [builderPruneCommand, builderDebugCommand],
  action: unknownSubcommandAction,
};
