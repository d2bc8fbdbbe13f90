// `--change` instructions of `docker import` and `docker commit` (moby 20.10
// builder/dockerfile/builder.go BuildFromConfig): the lines are parsed as a Dockerfile, only
// the commit commands are allowed (validCommitCommands), and each is dispatched onto the
// image's config as a build would.

import { parseDockerfile } from '../../../buildkit/dockerfile/parser';
import { parseStages, type Instruction } from '../../../buildkit/dockerfile/instructions';
import type { DockerfileNode } from '../../../buildkit/dockerfile/parser';
import { invalidParameter } from '../../errors';
import { dispatchMetadata, type ContainerConfig } from './config-dispatch';

const VALID_COMMIT_COMMANDS = new Set(['cmd', 'entrypoint', 'healthcheck', 'env', 'expose', 'label', 'onbuild', 'user', 'volume', 'workdir']);

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/^dockerfile parse error on line \d+: /, '');
}

/** The change lines as instructions; DockerdError 400 for a command commit does not take. */
function parseChanges(changes: readonly string[]): Instruction[] {
  let nodes: DockerfileNode[];
  try {
    nodes = parseDockerfile(changes.join('\n')).nodes;
  } catch (err) {
    throw invalidParameter(message(err));
  }
  if (nodes.length === 0) throw invalidParameter('file with no instructions');
  for (const n of nodes) {
    if (!VALID_COMMIT_COMMANDS.has(n.command.toLowerCase())) throw invalidParameter(`${n.command.toLowerCase()} is not a valid change command`);
  }
  const from: DockerfileNode = { command: 'FROM', flags: [], args: ['scratch'], json: false, original: 'FROM scratch', startLine: 0, endLine: 0 };
  try {
    return parseStages([from, ...nodes], { runNetwork: false }).stages[0]?.commands ?? [];
  } catch (err) {
    throw invalidParameter(message(err));
  }
}

/** Applies the changes to a copy of `config` (container.Config JSON). */
export function applyChanges(config: ContainerConfig, changes: readonly string[]): ContainerConfig {
  if (changes.length === 0) return config;
  const state = { config: { ...config }, cmdSet: false, args: new Map<string, string>(), escapeToken: '\\' };
  for (const c of parseChanges(changes)) dispatchMetadata(state, c);
  return state.config;
}
