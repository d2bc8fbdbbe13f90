// The ActionContext every dialect hands to an action: flag values looked up from the innermost
// command outwards (urfave's lineage, cobra's inherited persistent flags), read through an
// index built once per parsed level so that an action reading flags in a loop stays cheap.

import { canonical, type FlagValue, parseGoDuration } from './flags';
import type { ActionContext, CommandIO, FlagSpec } from './spec';

/** One parsed level of a command line: which flags it knows and what they hold. */
export interface FlagFrame {
  /** Every name and alias of the level's flags → its flag. */
  readonly index: ReadonlyMap<string, FlagSpec>;
  /** Canonical name → value (given, from the environment, or the default). */
  readonly values: ReadonlyMap<string, FlagValue>;
  /** Canonical names given on the command line or through their environment variable. */
  readonly set: ReadonlySet<string>;
}

function lookup(frames: readonly FlagFrame[], name: string): { frame: FlagFrame; key: string } | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    const flag = frame?.index.get(name);
    if (frame && flag) return { frame, key: canonical(flag) };
  }
  return undefined;
}

export interface ContextInput<E> {
  frames: readonly FlagFrame[];
  args: readonly string[];
  /** The command path, e.g. ["ctr", "images", "pull"]. */
  path: readonly string[];
  io: CommandIO;
  env: E;
  helpText: () => string;
}

export function makeActionContext<E>({ frames, args, path, io, env, helpText }: ContextInput<E>): ActionContext<E> {
  const value = (name: string): FlagValue | undefined => {
    const hit = lookup(frames, name);
    return hit ? hit.frame.values.get(hit.key) : undefined;
  };
  return {
    args,
    io,
    env,
    path,
    helpText,
    bool: (name) => value(name) === true,
    string: (name) => {
      const v = value(name);
      if (Array.isArray(v)) return v.join(',');
      return v === undefined || typeof v === 'boolean' ? '' : String(v);
    },
    stringSlice: (name) => {
      const v = value(name);
      if (Array.isArray(v)) return [...v];
      return typeof v === 'string' && v !== '' ? [v] : [];
    },
    int: (name) => {
      const v = value(name);
      return typeof v === 'number' ? Math.trunc(v) : 0;
    },
    float: (name) => {
      const v = value(name);
      return typeof v === 'number' ? v : 0;
    },
    duration: (name) => {
      const v = value(name);
      return typeof v === 'string' ? (parseGoDuration(v) ?? 0) : 0;
    },
    isSet: (name) => {
      const hit = lookup(frames, name);
      return hit ? hit.frame.set.has(hit.key) : false;
    },
  };
}
