// What nerdctl runs outside a command line on a real node — its OCI hook (`nerdctl [global
// flags] internal oci-hook …`, run by runc) — reads its global options from the arguments and
// environment recorded in the container's spec (withNerdctlOCIHook, run.go:822-841@v0.22.2).
// This builds the same view for the code that models it here (the restart monitor's starts):
// a NerdctlContext whose flags are the hook's `--name=value` arguments, else its environment's
// variables, else the root flags' defaults.

import type { ActionContext, CommandIO } from '../../../cli/spec';
import type { Container } from '../../../containerd/client/index';
import type { Node } from '../../../node';
import { rootFlags } from '../global-flags';
import { nerdctlLog } from '../nerdctl-log';
import type { NerdctlCommand, NerdctlContext, NerdctlEnv } from '../nerdctl-env';

const SILENT_IO: CommandIO = {
  stdout: () => undefined,
  stdoutBytes: () => undefined,
  stderr: () => undefined,
  stdin: '',
  isTTY: false,
  environ: {},
  cwd: '/',
  pace: async () => undefined,
  time: { realTime: false },
};

export function hookContext(node: Node, container: Container): NerdctlContext {
  const hooks = (container.info().spec as { hooks?: { createRuntime?: Array<{ args?: string[]; env?: string[] }> } }).hooks;
  const hook = hooks?.createRuntime?.[0];
  const args = new Map<string, string>();
  for (const a of hook?.args ?? []) {
    const m = /^--([a-z-]+)=(.*)$/.exec(a);
    if (m) args.set(m[1] ?? '', m[2] ?? '');
  }
  const environ = Object.fromEntries((hook?.env ?? []).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const flags = rootFlags(node);
  const raw = (name: string): string | string[] | boolean | undefined => {
    if (args.has(name)) return args.get(name);
    const spec = flags.find((f) => f.names[0] === name);
    if (spec?.envVar && environ[spec.envVar] !== undefined) return environ[spec.envVar];
    const v = spec?.value;
    return Array.isArray(v) ? [...(v as string[])] : (v as string | boolean | undefined);
  };
  const io = { ...SILENT_IO, environ };
  const env: NerdctlEnv = { node, log: nerdctlLog(node, io), exePath: hook?.args?.[0] ?? '/usr/local/bin/nerdctl', app: { name: 'nerdctl', usage: '' } as NerdctlCommand };
  const c: ActionContext<NerdctlEnv> = {
    args: [],
    bool: (name) => {
      const v = raw(name);
      return v === true || v === 'true';
    },
    string: (name) => {
      const v = raw(name);
      return typeof v === 'string' ? v : '';
    },
    stringSlice: (name) => {
      const v = raw(name);
      if (Array.isArray(v)) return v;
      return typeof v === 'string' && v !== '' ? v.replace(/^\[|\]$/g, '').split(',') : [];
    },
    int: () => 0,
    float: () => 0,
    duration: () => 0,
    isSet: (name) => args.has(name),
    path: ['nerdctl', 'internal', 'oci-hook'],
    helpText: () => '',
    io,
    env,
  };
  return c;
}
