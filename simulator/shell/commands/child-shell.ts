// `sh -c …`, `dash -c …` and `bash -c …` start a new process: nothing the child does reaches the
// shell that started it, and the child inherits only the environment (checked with /usr/bin/dash
// 0.5.12 and bash 5.2.15 on bookworm: after `sh -c 'readonly x=1'`, `x=2` works; after
// `sh -c 'export -n E'` or `bash -c 'export -n E'`, E is still in `env`; an exported readonly
// variable is plain in the child: `readonly x=1; export x; sh -c 'x=2; echo $x'` prints 2).
//
// The shell library runs a nested script through the same shell instance, whose lists of
// readonly and exported names (and shopt settings) are shared by every run rather than copied
// (variables, functions, `set` options and cwd are copied, so those never leaked). The child
// here starts with the lists a fresh shell has, and the parent's come back when it ends.

/** The parts of the library's shell state that a nested run shares with its caller. */
export interface SharedShellState {
  readonlyVars?: Set<string>;
  exportedVars?: Set<string>;
  shoptOptions?: Record<string, boolean>;
}

/** The readonly names a fresh library shell starts with (its own, not the user's). */
const SHELL_READONLY = ['SHELLOPTS', 'BASHOPTS'];

function refill(set: Set<string> | undefined, names: Iterable<string>): void {
  if (!set) return;
  set.clear();
  for (const name of names) set.add(name);
}

/**
 * Runs `run` (a child shell's script) as a separate process would: it sees the exported names
 * `exported` and no readonly variable of the caller, and the caller's lists are as they were
 * afterwards, whatever the child did.
 */
export async function asChildProcess<T>(state: SharedShellState | undefined, exported: Iterable<string>, run: () => Promise<T>): Promise<T> {
  if (!state) return run();
  const readonly = [...(state.readonlyVars ?? [])];
  const exportedBefore = [...(state.exportedVars ?? [])];
  const shopt = state.shoptOptions ? { ...state.shoptOptions } : undefined;
  refill(state.readonlyVars, SHELL_READONLY.filter((name) => state.readonlyVars?.has(name)));
  refill(state.exportedVars, exported);
  try {
    return await run();
  } finally {
    refill(state.readonlyVars, readonly);
    refill(state.exportedVars, exportedBefore);
    if (state.shoptOptions && shopt) {
      for (const key of Object.keys(state.shoptOptions)) delete state.shoptOptions[key];
      Object.assign(state.shoptOptions, shopt);
    }
  }
}

/** The library shell's state (a private field of its Bash class), if it still has that shape. */
export function sharedStateOf(shell: object): SharedShellState | undefined {
  const state: unknown = Reflect.get(shell, 'state');
  if (typeof state !== 'object' || state === null) return undefined;
  const readonlyVars: unknown = Reflect.get(state, 'readonlyVars');
  const exportedVars: unknown = Reflect.get(state, 'exportedVars');
  const shoptOptions: unknown = Reflect.get(state, 'shoptOptions');
  return {
    readonlyVars: readonlyVars instanceof Set ? (readonlyVars as Set<string>) : undefined,
    exportedVars: exportedVars instanceof Set ? (exportedVars as Set<string>) : undefined,
    shoptOptions: typeof shoptOptions === 'object' && shoptOptions !== null ? (shoptOptions as Record<string, boolean>) : undefined,
  };
}
