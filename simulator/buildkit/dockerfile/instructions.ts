// Typed instructions and build stages from the parser's nodes (moby/buildkit@v0.10.4
// frontend/dockerfile/instructions/parse.go): each command's argument checks with their
// errors, `dockerfile parse error on line N: …` around them, the suggestion for an unknown
// instruction, ARGs before the first FROM kept as meta args.

import { parseBuilderFlags } from './bflags';
import { DockerfileError } from './errors';
import { parseRunMount } from './run-mount';
import type { DockerfileNode } from './parser';
import { withSuggestion } from './suggest';

interface KeyValue {
  key: string;
  value: string;
}

interface Located {
  /** The instruction as written (`RUN echo hi`), for history and progress names. */
  original: string;
  startLine: number;
  endLine: number;
}

export type Instruction = Located &
  (
    | {
        kind: 'run';
        cmd: string[];
        prependShell: boolean;
        flagsUsed: string[];
        /** --mount values as written (parsed again with the stage's variables when converted: run-mount.ts). */
        mounts: string[];
        /** --network: default, none or host. */
        network: string;
      }
    | { kind: 'cmd' | 'entrypoint'; cmd: string[] | undefined; prependShell: boolean }
    | { kind: 'copy' | 'add'; sources: string[]; dest: string; from: string; chown: string; chmod: string }
    | { kind: 'workdir' | 'user' | 'stopsignal' | 'maintainer'; value: string }
    | { kind: 'env' | 'label'; pairs: KeyValue[]; /** `--label` of docker build: taken as written (NewLabelCommand's NoExp). */ noExpand?: boolean }
    | { kind: 'arg'; args: Array<{ key: string; value?: string }> }
    | { kind: 'expose'; ports: string[] }
    | { kind: 'volume'; volumes: string[] }
    | { kind: 'shell'; shell: string[] }
    | { kind: 'healthcheck'; test: string[]; interval: number; timeout: number; startPeriod: number; retries: number }
    | { kind: 'onbuild'; expression: string }
  );

export interface Stage extends Located {
  /** FROM's image (before ARG expansion). */
  baseName: string;
  /** `AS name`, lower-cased; "" when unnamed. */
  name: string;
  platform: string;
  commands: Instruction[];
}

/** What differs between the frontends that share this parser. */
export interface ParseOptions {
  /**
   * RUN --network: built into the 1.4 frontend of buildkit 0.10.4; the 1.2 frontend dockerd
   * 20.10 vendors (buildkit 0.8) knows only --mount (`Unknown flag: network`).
   */
  runNetwork?: boolean;
}

export interface ParsedStages {
  stages: Stage[];
  metaArgs: Array<{ key: string; value?: string }>;
  /** Each ARG instruction before the first FROM as written (the classic builder prints a step for each). */
  metaArgLines: string[];
}

/** command.Commands, in a fixed order (Go ranges over the map at random). */
const INSTRUCTION_NAMES = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK',
  'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

const atLeastOne = (c: string) => new Error(`${c} requires at least one argument`);
const exactlyOne = (c: string) => new Error(`${c} requires exactly one argument`);
const noDestination = (c: string) => new Error(`${c} requires at least two arguments, but only one was provided. Destination could not be determined.`);

/** handleJSONArgs: the exec form as is, the shell form as one string. */
function cmdLine(node: DockerfileNode): string[] {
  return node.json ? node.args : node.args.length > 0 ? [node.args.join(' ')] : [];
}

function kvps(args: readonly string[], name: string): KeyValue[] {
  if (args.length === 0) throw atLeastOne(name);
  if (args.length % 2 !== 0) throw new Error(`Bad input to ${name}, too many arguments`);
  const out: KeyValue[] = [];
  for (let i = 0; i < args.length; i += 2) {
    if ((args[i] ?? '') === '') throw new Error(`${name} names can not be blank`);
    out.push({ key: args[i] ?? '', value: args[i + 1] ?? '' });
  }
  return out;
}

/** time.ParseDuration for the simple forms HEALTHCHECK flags take (30s, 1m30s, 500ms). */
function duration(flag: string, value: string): number {
  if (value === '') return 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  const unit: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  let total = 0;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(value)) !== null) {
    total += Number(m[1]) * (unit[m[2] ?? 's'] ?? 1);
    consumed = re.lastIndex;
  }
  if (consumed !== value.length || value === '') throw new Error(`time: invalid duration ${JSON.stringify(value)}`);
  if (total < 1e6) throw new Error(`Interval ${JSON.stringify(flag)} cannot be less than 1ms`);
  return Math.round(total);
}

function healthcheck(node: DockerfileNode, loc: Located): Instruction {
  if (node.args.length === 0) throw atLeastOne('HEALTHCHECK');
  const typ = (node.args[0] ?? '').toUpperCase();
  const rest = node.args.slice(1);
  if (typ === 'NONE') {
    if (rest.length !== 0) throw new Error('HEALTHCHECK NONE takes no arguments');
    return { ...loc, kind: 'healthcheck', test: ['NONE'], interval: 0, timeout: 0, startPeriod: 0, retries: 0 };
  }
  const f = parseBuilderFlags(node.flags, ['interval', 'timeout', 'start-period', 'retries']);
  if (typ !== 'CMD') throw new Error(`Unknown type ${JSON.stringify(typ)} in HEALTHCHECK (try CMD)`);
  const cmd = node.json ? rest : rest.length > 0 ? [rest.join(' ')] : [];
  if (cmd.length === 0) throw new Error('Missing command after HEALTHCHECK CMD');
  let retries = 0;
  const r = f.strings.retries ?? '';
  if (r !== '') {
    if (!/^[+-]?\d+$/.test(r)) throw new Error(`strconv.ParseInt: parsing ${JSON.stringify(r)}: invalid syntax`);
    retries = Number(r);
    if (retries < 1) throw new Error(`--retries must be at least 1 (not ${retries})`);
  }
  return {
    ...loc,
    kind: 'healthcheck',
    test: [node.json ? 'CMD' : 'CMD-SHELL', ...cmd],
    interval: duration('interval', f.strings.interval ?? ''),
    timeout: duration('timeout', f.strings.timeout ?? ''),
    startPeriod: duration('start-period', f.strings['start-period'] ?? ''),
    retries,
  };
}

function stageName(args: readonly string[]): string {
  if (args.length === 3 && (args[1] ?? '').toLowerCase() === 'as') {
    const name = (args[2] ?? '').toLowerCase();
    if (!/^[a-z][a-z0-9-_.]*$/.test(name)) {
      throw new Error(`invalid name for build stage: ${JSON.stringify(args[2])}, name can't start with a number or contain symbols`);
    }
    return name;
  }
  if (args.length !== 1) throw new Error('FROM requires either one or three arguments');
  return '';
}

/** ParseInstruction: a stage for FROM, an Instruction otherwise. Throws Error (message only). */
function parseInstruction(node: DockerfileNode, options: ParseOptions): Stage | Instruction {
  const loc: Located = { original: node.original.trim(), startLine: node.startLine, endLine: node.endLine };
  const a = node.args;
  const noFlags = () => parseBuilderFlags(node.flags, []);
  switch (node.command.toLowerCase()) {
    case 'env':
      noFlags();
      return { ...loc, kind: 'env', pairs: kvps(a, 'ENV') };
    case 'maintainer':
      if (a.length !== 1) throw exactlyOne('MAINTAINER');
      noFlags();
      return { ...loc, kind: 'maintainer', value: a[0] ?? '' };
    case 'label':
      noFlags();
      return { ...loc, kind: 'label', pairs: kvps(a, 'LABEL') };
    case 'add':
    case 'copy': {
      const name = node.command.toUpperCase();
      if (a.length < 2) throw noDestination(name);
      const isCopy = name === 'COPY';
      const f = parseBuilderFlags(node.flags, isCopy ? ['chown', 'from', 'chmod'] : ['chown', 'chmod'], ['link']);
      return {
        ...loc,
        kind: isCopy ? 'copy' : 'add',
        sources: a.slice(0, -1),
        dest: a[a.length - 1] ?? '',
        from: f.strings.from ?? '',
        chown: f.strings.chown ?? '',
        chmod: f.strings.chmod ?? '',
      };
    }
    case 'from': {
      const name = stageName(a);
      const f = parseBuilderFlags(node.flags, ['platform']);
      return { ...loc, baseName: a[0] ?? '', name, platform: f.strings.platform ?? '', commands: [] };
    }
    case 'onbuild': {
      if (a.length === 0) throw atLeastOne('ONBUILD');
      noFlags();
      const trigger = (a[0] ?? '').trim().toUpperCase();
      if (trigger === 'ONBUILD') throw new Error('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');
      if (trigger === 'MAINTAINER' || trigger === 'FROM') throw new Error(`${trigger} isn't allowed as an ONBUILD trigger`);
      return { ...loc, kind: 'onbuild', expression: node.original.replace(/^\s*ONBUILD\s*/i, '') };
    }
    case 'workdir':
      if (a.length !== 1) throw exactlyOne('WORKDIR');
      noFlags();
      return { ...loc, kind: 'workdir', value: a[0] ?? '' };
    case 'run': {
      // --security is a labs-channel flag (dfrunsecurity build tag): the stable 1.4 frontend does not know it.
      const f = parseBuilderFlags(node.flags, options.runNetwork === false ? [] : ['network'], [], ['mount']);
      const mounts = f.lists.mount ?? [];
      for (const m of mounts) parseRunMount(m);
      const network = f.strings.network || 'default';
      if (!['default', 'none', 'host'].includes(network)) throw new Error(`invalid network mode ${JSON.stringify(network)}`);
      return { ...loc, kind: 'run', cmd: cmdLine(node), prependShell: !node.json, flagsUsed: f.used, mounts, network };
    }
    case 'cmd':
      noFlags();
      return { ...loc, kind: 'cmd', cmd: cmdLine(node), prependShell: !node.json };
    case 'entrypoint': {
      noFlags();
      const cmd = cmdLine(node);
      return { ...loc, kind: 'entrypoint', cmd: cmd.length === 0 ? undefined : cmd, prependShell: !node.json };
    }
    case 'healthcheck':
      return healthcheck(node, loc);
    case 'expose':
      if (a.length === 0) throw atLeastOne('EXPOSE');
      noFlags();
      return { ...loc, kind: 'expose', ports: [...a].sort() };
    case 'user':
      if (a.length !== 1) throw exactlyOne('USER');
      noFlags();
      return { ...loc, kind: 'user', value: a[0] ?? '' };
    case 'volume': {
      if (a.length === 0) throw atLeastOne('VOLUME');
      noFlags();
      const volumes = a.map((v) => v.trim());
      if (volumes.includes('')) throw new Error('VOLUME specified can not be an empty string');
      return { ...loc, kind: 'volume', volumes };
    }
    case 'stopsignal':
      if (a.length !== 1) throw exactlyOne('STOPSIGNAL');
      return { ...loc, kind: 'stopsignal', value: a[0] ?? '' };
    case 'arg': {
      if (a.length < 1) throw atLeastOne('ARG');
      const args = a.map((arg) => {
        const eq = arg.indexOf('=');
        if (eq === -1) return { key: arg };
        if (eq === 0) throw new Error('ARG names can not be blank');
        return { key: arg.slice(0, eq), value: arg.slice(eq + 1) };
      });
      return { ...loc, kind: 'arg', args };
    }
    case 'shell': {
      noFlags();
      const shell = cmdLine(node);
      if (shell.length === 0) throw atLeastOne('SHELL');
      if (!node.json) throw new Error(`SHELL requires the arguments to be in JSON form`);
      return { ...loc, kind: 'shell', shell };
    }
    default:
      throw new Error(withSuggestion(`unknown instruction: ${node.command}`, node.command, INSTRUCTION_NAMES, false));
  }
}

/**
 * instructions.Parse: stages in order, each with its commands. Throws DockerfileError:
 * `dockerfile parse error on line N: …` for a bad instruction, `no build stage in current
 * context` for one before the first FROM.
 */
export function parseStages(nodes: readonly DockerfileNode[], options: ParseOptions = {}): ParsedStages {
  const stages: Stage[] = [];
  const metaArgs: ParsedStages['metaArgs'] = [];
  const metaArgLines: string[] = [];
  for (const node of nodes) {
    let parsed: Stage | Instruction;
    try {
      parsed = parseInstruction(node, options);
    } catch (err) {
      throw new DockerfileError(`dockerfile parse error on line ${node.startLine}: ${(err as Error).message}`, node.startLine, node.endLine);
    }
    if ('baseName' in parsed) {
      stages.push(parsed);
      continue;
    }
    if (stages.length === 0 && parsed.kind === 'arg') {
      metaArgs.push(...parsed.args);
      metaArgLines.push(parsed.original);
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) throw new DockerfileError('no build stage in current context', node.startLine, node.endLine);
    stage.commands.push(parsed);
  }
  return { stages, metaArgs, metaArgLines };
}

/**
 * instructions.ParseCommand: one parsed line as a command (an ONBUILD trigger the classic
 * builder runs at FROM). Throws DockerfileError as parseStages words it.
 */
export function parseCommand(node: DockerfileNode): Instruction {
  let parsed: Stage | Instruction;
  try {
    parsed = parseInstruction(node, {});
  } catch (err) {
    throw new DockerfileError(`dockerfile parse error on line ${node.startLine}: ${(err as Error).message}`, node.startLine, node.endLine);
  }
  if ('baseName' in parsed) throw new DockerfileError('*instructions.Stage is not a command type', node.startLine, node.endLine);
  return parsed;
}
