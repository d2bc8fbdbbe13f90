// `nerdctl compose` (cmd/nerdctl/compose*.go@v0.22.2): the command tree with its real flags and
// help, and everything each subcommand checks before it reads the project — its own flag
// checks, newClient's socket check, getComposer's project name (containerd's
// identifiers.Validate) and compose-go v1.4.0's search for the compose file
// (cli/options.go: -f files, else $COMPOSE_FILE, else compose.yaml, compose.yml,
// docker-compose.yml, docker-compose.yaml in the working directory or any parent). Unlike the
// other groups compose carries no management annotation, so help lists it under Commands. Running a
// project is not simulated: with a compose file found, each subcommand refuses honestly.

import { NotSimulatedError } from '../../cli/not-simulated';
import type { FlagSpec } from '../../cli/spec';
import * as vfs from '../../host/vfs';
import { NERDCTL_DOCS } from './images/docs';
import { type NerdctlCommand, type NerdctlContext, containerdOf } from './nerdctl-env';
import { unknownSubcommandAction } from './unknown-subcommand';
import { identifierProblem } from './volume/identifiers';

/** compose-go's DefaultFileNames, in order of preference. */
const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];

const bool = (name: string, usage: string, short?: string): FlagSpec => ({ names: short ? [name, short] : [name], kind: 'bool', usage });

/** Go's %v of a []string: `[a b]`. */
const goSlice = (words: readonly string[]) => `[${words.join(' ')}]`;

/**
 * The compose files the project would load (compose-go's NewProjectOptions then
 * ProjectFromOptions), or the error compose-go returns on the way.
 */
function composeFiles(c: NerdctlContext): string[] {
  const files = c.env.node.state.host.files;
  const projectDirectory = c.string('project-directory');
  let paths = c.stringSlice('file').map((f) => (f === '-' ? f : vfs.normalizePath(f, c.io.cwd)));
  const fromEnv = c.io.environ['COMPOSE_FILE'];
  if (paths.length === 0 && fromEnv !== undefined) {
    const sep = c.io.environ['COMPOSE_PATH_SEPARATOR'] || ':';
    paths = fromEnv.split(sep).map((f) => vfs.normalizePath(f, c.io.cwd));
  }
  if (paths.length === 0) {
    // WithDefaultConfigPath: from the working directory up to /.
    let dir = projectDirectory ? vfs.normalizePath(projectDirectory, c.io.cwd) : c.io.cwd;
    for (;;) {
      const found = DEFAULT_FILE_NAMES.map((n) => vfs.normalizePath(n, dir)).filter((f) => vfs.exists(files, f));
      if (found[0] !== undefined) {
        paths = [found[0]];
        break;
      }
      const parent = vfs.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  // getConfigPathsFromOptions: errors.Wrap(errdefs.ErrNotFound, …).
  if (paths.length === 0) throw new Error('no configuration file provided: not found');
  for (const path of paths) {
    if (path === '-') continue;
    // os.ReadFile's *PathError.
    if (!vfs.exists(files, path)) throw new Error(`open ${path}: no such file or directory`);
    if (vfs.stat(files, path).kind === 'dir') throw new Error(`read ${path}: is a directory`);
  }
  return paths;
}

/** newClient, then getComposer's checks, then the honest refusal. */
function refuseProject(c: NerdctlContext, sub: string): never {
  containerdOf(c);
  const project = c.string('project-name');
  if (project !== '') {
    const problem = identifierProblem(project);
    if (problem) throw new Error(`got invalid project name ${JSON.stringify(project)}: ${problem}`);
  }
  composeFiles(c);
  throw new NotSimulatedError(`nerdctl compose ${sub}`, `${NERDCTL_DOCS}/compose.md`);
}

function sub(name: string, usage: string, flags: FlagSpec[], check?: (c: NerdctlContext) => void, extra: Partial<NerdctlCommand> = {}): NerdctlCommand {
  return {
    name,
    usage,
    flags,
    ...extra,
    action: (c) => {
      check?.(c);
      refuseProject(c, name);
    },
  };
}

/** composeBuildAction and composeConfigAction take no service names (yet). */
const noArguments = (c: NerdctlContext) => {
  if (c.args.length > 0) throw new Error(`arguments ${goSlice(c.args)} not supported`);
};

/** composeUpAction's own checks, before newClient. */
function upChecks(c: NerdctlContext): void {
  if (c.bool('build') && c.bool('no-build')) throw new Error('--build and --no-build can not be combined');
  for (const s of c.stringSlice('scale')) {
    const parts = s.split('=');
    if (parts.length !== 2) throw new Error(`invalid --scale option ${JSON.stringify(s)}. Should be SERVICE=NUM`);
    const replicas = parts[1] ?? '';
    if (!/^[+-]?[0-9]+$/.test(replicas)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(replicas)}: invalid syntax`);
  }
}

export const composeCommand: NerdctlCommand = {
  name: 'compose',
  usage: 'Compose',
  flags: [
    // AddPersistentStringArrayFlag(composeCommand, "file", nil, []string{"f"}, …): -f is a
    // local alias (it would clash with `compose logs --follow`), --file a persistent flag.
    { names: ['file'], kind: 'stringArray', usage: 'Specify an alternate compose file', persistent: true },
    { names: ['f', 'f'], kind: 'stringArray', usage: 'Alias of --file', aliasOf: 'file' },
    { names: ['project-directory'], kind: 'string', usage: 'Specify an alternate working directory', persistent: true },
    { names: ['project-name', 'p'], kind: 'string', usage: 'Specify an alternate project name', persistent: true },
    { names: ['env-file'], kind: 'string', usage: 'Specify an alternate environment file', persistent: true },
  ],
  action: unknownSubcommandAction,
  subcommands: [
    sub(
      'up',
      'Create and start containers',
      [
        bool('detach', 'Detached mode: Run containers in the background', 'd'),
        bool('no-build', "Don't build an image, even if it's missing."),
        bool('no-color', 'Produce monochrome output'),
        bool('no-log-prefix', "Don't print prefix in logs"),
        bool('build', 'Build images before starting containers.'),
        bool('ipfs', 'Allow pulling base images from IPFS during build'),
        bool('quiet-pull', 'Pull without printing progress information'),
        bool('remove-orphans', 'Remove containers for services not defined in the Compose file.'),
        { names: ['scale'], kind: 'stringArray', usage: 'Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present.' },
      ],
      upChecks,
      { argsUsage: '[SERVICE...]' },
    ),
    sub(
      'logs',
      'Show logs of a running container',
      [
        bool('follow', 'Follow log output.', 'f'),
        bool('timestamps', 'Show timestamps', 't'),
        { names: ['tail'], kind: 'string', usage: 'Number of lines to show from the end of the logs', value: 'all' },
        bool('no-color', 'Produce monochrome output'),
        bool('no-log-prefix', "Don't print prefix in logs"),
      ],
      undefined,
      { argsUsage: '[SERVICE...]' },
    ),
    sub(
      'config',
      'Validate and view the Compose file',
      [
        bool('quiet', "Only validate the configuration, don't print anything.", 'q'),
        bool('services', 'Print the service names, one per line.'),
        bool('volumes', 'Print the volume names, one per line.'),
        { names: ['hash'], kind: 'string', usage: 'Print the service config hash, one per line.' },
      ],
      noArguments,
    ),
    sub(
      'build',
      'Build or rebuild services',
      [
        { names: ['build-arg'], kind: 'stringArray', usage: 'Set build-time variables for services.' },
        bool('no-cache', 'Do not use cache when building the image.'),
        { names: ['progress'], kind: 'string', usage: 'Set type of progress output' },
        bool('ipfs', 'Allow pulling base images from IPFS during build'),
      ],
      noArguments,
    ),
    sub('push', 'Push service images', [], undefined, { argsUsage: '[SERVICE...]' }),
    sub('pull', 'Pull service images', [bool('quiet', 'Pull without printing progress information', 'q')], undefined, { argsUsage: '[SERVICE...]' }),
    sub(
      'down',
      'Remove containers and associated resources',
      [bool('volumes', 'Remove named volumes declared in the `volumes` section of the Compose file and anonymous volumes attached to containers.', 'v')],
      undefined,
      { args: { max: 0 } },
    ),
    sub('ps', 'List containers of services', []),
    sub('kill', 'Force stop service containers', [{ names: ['signal', 's'], kind: 'string', usage: 'SIGNAL to send to the container.', value: 'SIGKILL' }], undefined, {
      argsUsage: '[SERVICE...]',
    }),
  ],
};
