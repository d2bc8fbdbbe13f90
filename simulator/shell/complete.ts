// Tab completion like bash with bash-completion installed: command names first, then for a
// tool (tools/registry.ts) its subcommands and flags (read from the same specs that parse and
// print help), for systemctl its verbs and installed units, and file paths everywhere else.

import { completionsFor } from '../cli/run-cli';
import { installedUnitNames } from '../host/systemd';
import * as vfs from '../host/vfs';
import type { Node } from '../node';
import type { ToolCode, ToolEntry } from '../tools/tool';
import { SYSTEMCTL_VERBS } from './commands/systemctl';

export interface CompletionSources {
  node: Node;
  cwd: string;
  /** Every command the shell knows (ours, just-bash's, builtins). */
  commandNames: readonly string[];
  /** The node's tools: after one's name, its spec's subcommands and flags are offered. */
  tools: readonly ToolEntry[];
}

function unique(list: string[]): string[] {
  return [...new Set(list)].sort();
}

function completePath(sources: CompletionSources, word: string): string[] {
  const files = sources.node.state.host.files;
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const prefix = word.slice(slash + 1);
  const expanded = dirPart.startsWith('~') ? `/root${dirPart.slice(1)}` : dirPart;
  const dir = vfs.normalizePath(expanded || '.', sources.cwd);
  let names: string[];
  try {
    names = vfs.readdir(files, dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && (prefix.startsWith('.') || !n.startsWith('.')))
    .map((n) => {
      const full = dir === '/' ? `/${n}` : `${dir}/${n}`;
      const isDir = (() => {
        try {
          return vfs.stat(files, full).kind === 'dir';
        } catch {
          return false;
        }
      })();
      return `${dirPart}${n}${isDir ? '/' : ''}`;
    });
}

async function completeTool(tool: ToolEntry, args: readonly string[], word: string): Promise<string[]> {
  let spec: ToolCode['spec'];
  try {
    spec = (await tool.load()).spec;
  } catch {
    return [];
  }
  const data = completionsFor(spec, args, tool.dialect);
  const offered = word.startsWith('-') ? [...data.flags.flatMap((f) => f.spellings), '--help'] : data.commands;
  return offered.filter((n) => n.startsWith(word));
}

/** Candidates for the word under the cursor, each the whole replacement word. */
export async function complete(sources: CompletionSources, lineBeforeCursor: string): Promise<string[]> {
  // The current simple command starts after the last |, ;, && or ||.
  const segment = lineBeforeCursor.split(/\|\||&&|[|;]/).pop() ?? '';
  const words = segment.trimStart().split(/\s+/);
  const word = words.pop() ?? '';
  if (words.length === 0) {
    if (word.includes('/')) return completePath(sources, word);
    return unique(sources.commandNames.filter((n) => n.startsWith(word)));
  }
  const [program, ...args] = words;
  const tool = sources.tools.find((t) => t.name === program);
  if (tool) {
    const found = await completeTool(tool, args, word);
    if (found.length > 0 || word.startsWith('-')) return unique(found);
  }
  if (program === 'systemctl') {
    const pool = args.length === 0 ? SYSTEMCTL_VERBS : installedUnitNames(sources.node);
    return unique(pool.filter((v) => v.startsWith(word)));
  }
  return completePath(sources, word);
}
