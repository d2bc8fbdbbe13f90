// nginx as the nginx:alpine image runs it: `nginx -g "daemon off;"` stays in the foreground
// as PID 1 with one worker per CPU, logs its start-up notices to stderr, serves
// /usr/share/nginx/html on port 80, and shuts down on SIGQUIT (graceful, the image's stop
// signal), SIGTERM or SIGINT (fast). Without `daemon off;` the master forks into the
// background and the process ctr started exits at once, which ends the container.

import { KERNEL_RELEASE } from '../host/kernel';
import { nginxReply } from './nginx-http';
import { envValue, stderr, stdout, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from './program';

/** CPUs of the simulated node (cpuacct.usage_percpu has two entries). */
const NODE_CPUS = 2;

function logTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)} ${iso.slice(11, 19)}`;
}

const WELCOME_PAGE =
  '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n' +
  '<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n' +
  '<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nginx's $time_local in UTC: 04/Dec/2026:15:40:01 +0000. */
function accessTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}`;
  return `${date}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

function notice(ctx: ProgramContext, text: string, ms = ctx.nowMs): OutputChunk {
  return stderr(`${logTime(ms)} [notice] ${ctx.pid}#${ctx.pid}: ${text}\n`);
}

/** What `nginx -s NAME` sends its master (ngx_signal_process: the names of ngx_signals). */
const SIGNAL_NAMES: Record<string, number> = { stop: 15, quit: 3, reopen: 10, reload: 1 };

/**
 * nginx -s: the master's PID from its pid file (in these images PID 1, the master, runs as the
 * container's init), then kill(2) with the signal the name stands for; the sending nginx says
 * so on stderr with its own PID.
 */
function signalMaster(ctx: Parameters<Program['run']>[0], name: string | undefined): ProgramRun {
  if (name === undefined) return { out: [stderr('nginx: option "-s" requires parameter\n')], exit: { afterMs: 0, code: 1 } };
  const signal = SIGNAL_NAMES[name];
  if (signal === undefined) return { out: [stderr(`nginx: invalid option: "-s ${name}"\n`)], exit: { afterMs: 0, code: 1 } };
  const master = ctx.processes().find((p) => p.args[0] === 'nginx: master process' || (p.pid !== ctx.pid && /(^|\/)nginx$/.test(p.args[0] ?? '')));
  if (!master) {
    return {
      out: [stderr(`${logTime(ctx.nowMs)} [error] ${ctx.pid}#${ctx.pid}: open() "/var/run/nginx.pid" failed (2: No such file or directory)\nnginx: [error] open() "/var/run/nginx.pid" failed (2: No such file or directory)\n`)],
      exit: { afterMs: 0, code: 1 },
    };
  }
  return { out: [notice(ctx, 'signal process started')], exit: { afterMs: 0, code: 0 }, signals: [{ pid: master.pid, signal }] };
}

export const nginxProgram: Program = {
  name: 'nginx',
  run(ctx): ProgramRun {
    const args = ctx.argv.slice(1);
    const version = envValue(ctx.env, 'NGINX_VERSION') ?? '1.25.3';
    if (args.includes('-v')) return { out: [stderr(`nginx version: nginx/${version}\n`)], exit: { afterMs: 0, code: 0 } };
    if (args.includes('-t')) {
      return {
        out: [
          stderr('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n'),
          stderr('nginx: configuration file /etc/nginx/nginx.conf test is successful\n'),
        ],
        exit: { afterMs: 0, code: 0 },
      };
    }
    const signalArg = args.indexOf('-s');
    if (signalArg >= 0) return signalMaster(ctx, args[signalArg + 1]);
    const directives = args.filter((_, i) => args[i - 1] === '-g').join(' ');
    const foreground = /daemon\s+off\s*;/.test(directives);
    const out: OutputChunk[] = [
      notice(ctx, 'using the "epoll" event method'),
      notice(ctx, `nginx/${version}`),
      notice(ctx, 'built by gcc 12.2.1 20220924 (Alpine 12.2.1_git20220924-r10) '),
      notice(ctx, `OS: Linux ${KERNEL_RELEASE}`),
      notice(ctx, 'getrlimit(RLIMIT_NOFILE): 1024:1024'),
      notice(ctx, 'start worker processes'),
    ];
    for (let i = 1; i <= NODE_CPUS; i++) out.push(notice(ctx, `start worker process ${ctx.pid + 28 + i}`));
    if (!foreground) return { out: [], exit: { afterMs: 0, code: 0 } };
    const workers = Array.from({ length: NODE_CPUS }, (_, i) => ctx.pid + 29 + i);
    const shutdown = (signal: string, number: number, graceful: boolean): OutputChunk[] => [
      notice(ctx, `signal ${number} (${signal}) received from 0, ${graceful ? 'shutting down' : 'exiting'}`),
      ...workers.flatMap((w) => [
        stderr(`${logTime(ctx.nowMs)} [notice] ${w}#${w}: ${graceful ? 'gracefully shutting down' : 'exiting'}\n`),
        stderr(`${logTime(ctx.nowMs)} [notice] ${w}#${w}: exit\n`),
      ]),
      ...workers.map((w) => notice(ctx, `signal 17 (SIGCHLD) received from ${w}`)),
      ...workers.map((w) => notice(ctx, `worker process ${w} exited with code 0`)),
      notice(ctx, 'exit'),
    ];
    return {
      out,
      listens: [80],
      server: 'nginx',
      serverArgs: ctx.argv,
      title: ['nginx: master process', ...ctx.argv],
      helpers: workers.map(() => ['nginx: worker process']),
      handles: {
        SIGQUIT: { exitCode: 0, out: shutdown('SIGQUIT', 3, true) },
        SIGTERM: { exitCode: 0, out: shutdown('SIGTERM', 15, false) },
        SIGINT: { exitCode: 0, out: shutdown('SIGINT', 2, false) },
        SIGHUP: { out: [notice(ctx, 'signal 1 (SIGHUP) received from 0, reconfiguring'), notice(ctx, 'reconfiguring')] },
      },
    };
  },
  // The image's nginx.conf logs every request in its `main` format to /dev/stdout.
  accessLog(request) {
    const method = request.method ?? 'GET';
    return stdout(
      `${request.clientIp ?? '127.0.0.1'} - - [${accessTime(request.atMs)}] "${method} ${request.path} HTTP/1.1" ${request.status} ${request.bytes} "-" "${request.userAgent}" "-"\n`,
    );
  },
  serve(ctx, path) {
    return nginxReply(ctx.fs, '/usr/share/nginx/html', path, envValue(ctx.env ?? [], 'NGINX_VERSION') ?? '1.25.3', ctx.nowMs ?? 0, WELCOME_PAGE);
  },
};
