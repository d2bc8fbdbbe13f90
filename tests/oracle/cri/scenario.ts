// A CRI oracle scenario: CRI calls (JSON-able requests in protobuf-JSON, lowerCamelCase) mixed
// with ctr command lines and file reads, run in order on the real daemon and on the simulator.
// Ids the daemon makes up are bound to names (`as`) and written `$name` in later requests and
// ctr lines; in results they come back as `<name>`, so both sides' outcomes compare equal.

/** The RPCs of runtime.v1's ImageService; every other RPC name belongs to RuntimeService. */
const IMAGE_RPCS = new Set(['ListImages', 'ImageStatus', 'PullImage', 'RemoveImage', 'ImageFsInfo']);

export type Step =
  /**
   * One CRI call; `as` binds the id in its answer (podSandboxId or containerId) to a name — or,
   * when the call fails, the first id its error names (a sandbox whose setup failed half-way).
   */
  | { rpc: string; req?: Record<string, unknown>; as?: string }
  /**
   * A command line in bash (the simulator's login shell there): ctr with CONTAINERD_ADDRESS set
   * to the node's socket, or a plain command on the node's files (mv, touch).
   */
  | { ctr: string }
  /**
   * Polls ContainerStatus (or PodSandboxStatus for a SANDBOX_ state) until the object has this
   * state: a sync point for what happens in the background, such as a task killed through ctr.
   */
  | { waitFor: string; state: 'CONTAINER_RUNNING' | 'CONTAINER_EXITED' | 'SANDBOX_NOTREADY' }
  /** The content of a file the node wrote (a container log), or that it is absent. */
  | { readFile: string };

export interface Scenario {
  name: string;
  /** What the scenario shows, for the fixture's readers. */
  about: string;
  /** Pods get a bridge network from Debian's CNI plugins (cni-bridge.ts) instead of none. */
  cni?: boolean;
  /**
   * Edits to the node's stock config.toml, as a learner makes them with sed before
   * `systemctl restart containerd`: each pair replaces the one stock line equal to its first
   * string (both nodes start with the file so edited).
   */
  configEdits?: Array<[string, string]>;
  steps: Step[];
}

/** What a step gave, after normalisation. */
export type StepResult =
  | { response: Record<string, unknown> }
  | { error: { code: string; message: string } }
  | { stdout: string; stderr: string; exit: number }
  | { file: string | null }
  | { waited: string };

export interface RecordedStep {
  step: Step;
  result: StepResult;
}

export interface Fixture {
  scenario: string;
  about: string;
  recordedWith: { containerd: string; runc: string; criApi: string };
  /** Wall time of the whole scenario on the real node, in milliseconds. */
  ms: number;
  steps: RecordedStep[];
}

/** Length of the id prefixes `$name[13]` stands for (crictl's short ids). */
export const PREFIX_LENGTH = 13;

/**
 * Replaces `$name` by the bound id in every string of a request or ctr line, and `$name[13]` by
 * its first 13 characters (the plugin resolves unique id prefixes itself).
 */
export function substitute<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(/\$([A-Za-z][A-Za-z0-9]*)(\[13\])?/g, (whole, name: string, prefix?: string) => {
      const id = ids.get(name);
      if (id === undefined) return whole;
      return prefix ? id.slice(0, PREFIX_LENGTH) : id;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, ids)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, ids)])) as T;
  }
  return value;
}

export function serviceOf(rpc: string): 'RuntimeService' | 'ImageService' {
  return IMAGE_RPCS.has(rpc) ? 'ImageService' : 'RuntimeService';
}
