// What the metadata instructions do to an image's container.Config in moby 20.10's classic
// builder (builder/dockerfile/dispatchers.go), shared by `docker build`, `docker import -c` and
// `docker commit -c` (builder/dockerfile/builder.go BuildFromConfig): each returns the history
// comment the builder commits (`ENV X=1`, `CMD ["sh"]`, …). Words are expanded with the
// build's environment where the real instruction supports it. Dockerfiles are read with
// buildkit's parser, as moby vendors it.

import type { Instruction } from '../../../buildkit/dockerfile/instructions';
import { processWord, processWords, type Env } from '../../../buildkit/dockerfile/shell-lex';
import { normalizePath } from '../../../host/vfs';
import { parsePortSpecs } from '../../../go/nat-port-spec';

/** An instruction's own refusal, which fails its step (the builder prints it as it is). */
export class DispatchError extends Error {}

export type ContainerConfig = Record<string, unknown>;

/** The shell of shell-form commands: SHELL's, else /bin/sh -c (getShell). */
export function shellOf(config: ContainerConfig): string[] {
  const shell = config.Shell;
  return Array.isArray(shell) && shell.length > 0 ? (shell as string[]) : ['/bin/sh', '-c'];
}

function envMap(config: ContainerConfig, extra: ReadonlyMap<string, string> = new Map()): Env {
  const m = new Map<string, string>(extra);
  for (const kv of (config.Env as string[] | null | undefined) ?? []) {
    const eq = kv.indexOf('=');
    m.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
  }
  return m;
}

function addEnv(env: readonly string[], key: string, value: string): string[] {
  const out = [...env];
  const at = out.findIndex((kv) => kv === key || kv.startsWith(`${key}=`));
  if (at >= 0) out[at] = `${key}=${value}`;
  else out.push(`${key}=${value}`);
  return out;
}

/** Go's %q of a []string: `["a" "b"]`. */
function goQuoteSlice(list: readonly string[]): string {
  return `[${list.map((s) => JSON.stringify(s)).join(' ')}]`;
}

/** A Go duration as %q prints it in HEALTHCHECK's comment (`"5s"`, `"0s"`, `"1m30s"`). */
function goDurationText(ns: number): string {
  if (ns === 0) return '0s';
  const s = ns / 1e9;
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return `${m}m${s - m * 60}s`;
}

export interface DispatchState {
  config: ContainerConfig;
  /** MAINTAINER's author (image-level). */
  author?: string;
  /** CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSet: boolean;
  /** Build args in scope (ARG), for word expansion. */
  args: Map<string, string>;
  escapeToken: string;
}

/**
 * Applies a metadata instruction; returns its commit comment, or undefined when the
 * instruction is not a metadata one (RUN, COPY, ADD, ARG are the builder's).
 */
export function dispatchMetadata(d: DispatchState, c: Instruction): string | undefined {
  const cfg = d.config;
  const env = envMap(cfg, d.args);
  const word = (w: string) => processWord(w, env, d.escapeToken);
  switch (c.kind) {
    case 'env': {
      const parts: string[] = [];
      for (const p of c.pairs) {
        const key = word(p.key);
        const value = word(p.value);
        parts.push(`${key}=${value}`);
        cfg.Env = addEnv((cfg.Env as string[] | null) ?? [], key, value);
      }
      return `ENV ${parts.join(' ')}`;
    }
    case 'label': {
      const labels = { ...((cfg.Labels as Record<string, string> | null) ?? {}) };
      const parts: string[] = [];
      for (const p of c.pairs) {
        const key = c.noExpand ? p.key : word(p.key);
        const value = c.noExpand ? p.value : word(p.value);
        labels[key] = value;
        parts.push(`${key}=${value}`);
      }
      cfg.Labels = labels;
      return `LABEL ${parts.join(' ')}`;
    }
    case 'maintainer':
      d.author = c.value;
      return `MAINTAINER ${c.value}`;
    case 'workdir': {
      const dir = word(c.value);
      const base = typeof cfg.WorkingDir === 'string' && cfg.WorkingDir !== '' ? cfg.WorkingDir : '/';
      cfg.WorkingDir = normalizePath(dir.startsWith('/') ? dir : `${base}/${dir}`);
      return `WORKDIR ${cfg.WorkingDir as string}`;
    }
    case 'user':
      cfg.User = word(c.value);
      return `USER ${cfg.User as string}`;
    case 'expose': {
      const ports = { ...((cfg.ExposedPorts as Record<string, object> | null) ?? {}) };
      // dispatchExpose: nat.ParsePortSpecs over the words, whose error fails the step
      // (`Invalid containerPort: notaport`); a range exposes each of its ports.
      let specs: ReturnType<typeof parsePortSpecs>;
      try {
        specs = parsePortSpecs(c.ports.flatMap((x) => processWords(x, env, d.escapeToken)));
      } catch (err) {
        throw new DispatchError(err instanceof Error ? err.message : String(err));
      }
      for (const p of Object.keys(specs.exposed)) ports[p] = {};
      cfg.ExposedPorts = ports;
      return `EXPOSE ${Object.keys(ports).sort().join(' ')}`;
    }
    case 'volume': {
      const volumes = { ...((cfg.Volumes as Record<string, object> | null) ?? {}) };
      const added = c.volumes.map(word);
      for (const v of added) volumes[v] = {};
      cfg.Volumes = volumes;
      return `VOLUME [${added.join(' ')}]`;
    }
    case 'stopsignal':
      cfg.StopSignal = word(c.value);
      return `STOPSIGNAL ${cfg.StopSignal as string}`;
    case 'onbuild':
      cfg.OnBuild = [...((cfg.OnBuild as string[] | null) ?? []), c.expression];
      return `ONBUILD ${c.expression}`;
    case 'shell':
      cfg.Shell = [...c.shell];
      return `SHELL [${c.shell.join(' ')}]`;
    case 'cmd': {
      const cmd = c.prependShell ? [...shellOf(cfg), ...(c.cmd ?? [])] : [...(c.cmd ?? [])];
      cfg.Cmd = cmd;
      d.cmdSet = true;
      return `CMD ${goQuoteSlice(cmd)}`;
    }
    case 'entrypoint': {
      const cmd = c.cmd === undefined ? null : c.prependShell ? [...shellOf(cfg), ...c.cmd] : [...c.cmd];
      cfg.Entrypoint = cmd;
      if (!d.cmdSet) cfg.Cmd = null;
      return `ENTRYPOINT ${goQuoteSlice(cmd ?? [])}`;
    }
    case 'healthcheck': {
      const hc: Record<string, unknown> = { Test: [...c.test] };
      if (c.interval) hc.Interval = c.interval;
      if (c.timeout) hc.Timeout = c.timeout;
      if (c.startPeriod) hc.StartPeriod = c.startPeriod;
      if (c.retries) hc.Retries = c.retries;
      cfg.Healthcheck = hc;
      if (c.test[0] === 'NONE') return 'HEALTHCHECK &{["NONE"] "0s" "0s" "0s" \'\\x00\'}';
      const retries = c.retries === 0 ? "'\\x00'" : `'\\x${c.retries.toString(16).padStart(2, '0')}'`;
      return `HEALTHCHECK &{${goQuoteSlice(c.test)} "${goDurationText(c.interval)}" "${goDurationText(c.timeout)}" "${goDurationText(c.startPeriod)}" ${retries}}`;
    }
    default:
      return undefined;
  }
}
