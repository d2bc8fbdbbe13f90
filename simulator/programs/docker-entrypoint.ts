// The nginx image's /docker-entrypoint.sh: when asked to start nginx it runs the
// configuration scripts in /docker-entrypoint.d/ (printing what it does on stdout), then
// execs the command, which keeps PID 1. Anything else is exec'd unchanged.

import { resolveExecutable, runResolved } from './launch';
import { finished, stderr, stdout, type Program } from './program';

const START_UP = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

/** When the start-up lines are written, after the process started. */
const ENTRYPOINT_MS = 20;

export const dockerEntrypointProgram: Program = {
  name: 'docker-entrypoint.sh',
  run(ctx) {
    const argv = ctx.argv.slice(1);
    const name = argv[0];
    if (!name) return finished([]);
    const resolved = resolveExecutable(ctx, name);
    if (resolved.kind !== 'found') return finished([stderr(`/docker-entrypoint.sh: exec: line 47: ${name}: not found\n`)], 127);
    const run = runResolved({ ...ctx, argv }, resolved.program, resolved);
    if (name !== 'nginx' && name !== 'nginx-debug') return run;
    // The script forks find, sort and each configuration script: its lines come some ms after
    // the start, so a detached ctr (gone once the task started) prints none of them.
    return { ...run, out: [{ ...stdout(START_UP.map((l) => `${l}\n`).join('')), atMs: ENTRYPOINT_MS }, ...run.out] };
  },
};
