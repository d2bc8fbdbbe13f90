// docker-library's registry:2 binary (distribution v2.8.3, go1.20.8) as a program:
// `registry serve <config.yml>` logs its start-up in logrus's text format with the fields
// every line of it carries (go.version, instance.id, service, version; sorted, as logrus's
// TextFormatter prints them), listens on the configured port and answers the Distribution API
// from the storage in its own files (registry-api.ts, registry-storage.ts), logging
// `response completed` for each request (registry/handlers/app.go).

import { finished, stderr, stdout, type OutputChunk, type Program, type ProgramContext } from '../program';
import { readRegistryConfig } from './registry-config';
import { registryApi } from './registry-api';
import { RegistryStorage } from './registry-storage';

const VERSION = '2.8.3';
const GO_VERSION = 'go1.20.8';

/** A v4 UUID made from `seed` (the instance id is random; ctrlab's is reproducible). */
function uuid(seed: number): string {
  let h = seed >>> 0 || 1;
  const hex = Array.from({ length: 32 }, () => {
    h = (Math.imul(h ^ (h >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return (h >>> 28).toString(16);
  }).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Number.parseInt(hex[16] ?? '0', 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function logTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_, frac: string) => `.${frac}${String(ms % 997).padStart(6, '0')}Z`);
}

/** One logrus text line with the instance's fields after the message's own, all sorted. */
function logLine(ms: number, level: string, msg: string, instance: string, fields: Record<string, string> = {}): string {
  const all: Record<string, string> = { 'go.version': GO_VERSION, 'instance.id': instance, service: 'registry', version: VERSION, ...fields };
  const rest = Object.keys(all).sort().map((k) => `${k}=${all[k]}`).join(' ');
  return `time="${logTime(ms)}" level=${level} msg=${JSON.stringify(msg)} ${rest}\n`;
}

const USAGE = '`registry`\n\nUsage:\n  registry [flags]\n  registry [command]\n\nAvailable Commands:\n  garbage-collect `garbage-collect` deletes layers not referenced by any manifests\n  help            Help about any command\n  serve           `serve` stores and distributes Docker images\n\nFlags:\n  -h, --help=false: help for registry\n  -v, --version=false: show the version and exit\n\n\nUse "registry help [command]" for more information about a command.\n';

function instanceOf(ctx: Pick<ProgramContext, 'argv'> & { pid?: number }, startedMs: number): string {
  return uuid(Math.floor(startedMs / 1000) ^ (ctx.pid ?? 1));
}

export const registryServerProgram: Program = {
  name: 'registry',
  run(ctx) {
    const [command, configPath] = ctx.argv.slice(1);
    if (command === '--version' || command === '-v') return finished([stdout(`registry github.com/docker/distribution v${VERSION}\n`)]);
    if (command !== 'serve') {
      if (command === 'garbage-collect') return finished([stderr('registry garbage-collect: not simulated here\n')], 1);
      return finished([stdout(USAGE)], command === undefined || command === 'help' ? 0 : 1);
    }
    if (!configPath) return finished([stderr('configuration path unspecified\n')], 1);
    const config = readRegistryConfig(ctx.fs, ctx.cwd, configPath, ctx.env);
    if ('error' in config) return finished([stderr(`${config.error}\n`), stdout(USAGE.replace('`registry`\n\nUsage:\n  registry [flags]\n  registry [command]', '`serve` stores and distributes Docker images\n\nUsage:\n  registry serve <config> [flags]'))], 1);
    const t = ctx.nowMs;
    const id = uuid(Math.floor(t / 1000) ^ ctx.pid);
    const purgeIn = (Math.floor(t / 1000) + ctx.pid) % 60;
    const out: OutputChunk[] = [
      stderr(logLine(t, 'warning', 'No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.', id)),
      stderr(logLine(t, 'info', 'redis not configured', id)),
      stderr(logLine(t, 'info', `Starting upload purge in ${purgeIn}m0s`, id)),
      stderr(logLine(t, 'info', 'using inmemory blob descriptor cache', id)),
      stderr(logLine(t, 'info', `listening on [::]:${config.port}`, id)),
    ];
    return { out, listens: [config.port], server: 'registry', serverArgs: ctx.argv, title: ctx.argv };
  },
  serve(ctx, path, request) {
    const config = readRegistryConfig(ctx.fs, '/', ctx.argv[2] ?? '/etc/docker/registry/config.yml', ctx.env ?? []);
    const root = 'error' in config ? '/var/lib/registry' : config.root;
    return registryApi(new RegistryStorage(ctx.fs, root, ctx.nowMs ?? 0), path, request);
  },
  accessLog(request) {
    const id = instanceOf({ argv: [] }, request.atMs);
    const fields: Record<string, string> = {
      'http.request.method': request.method ?? 'GET',
      'http.request.remoteaddr': JSON.stringify(`${request.clientIp ?? '127.0.0.1'}:${40000 + (request.atMs % 20000)}`),
      'http.request.uri': JSON.stringify(request.path),
      'http.request.useragent': JSON.stringify(request.userAgent),
      'http.response.status': String(request.status),
      'http.response.written': String(request.bytes),
    };
    return stderr(logLine(request.atMs, 'info', 'response completed', id, fields));
  },
};
