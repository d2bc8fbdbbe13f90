// What dockerd keeps about one of its containers (config.v2.json and hostconfig.json under
// /var/lib/docker/containers/<id>/ on a real node, moby 20.10 container/container.go), as plain
// saved data. While it runs, containerd (namespace moby) has a container and task of the same id.

import { anyObject, intIn, isoTime, pid, shape, v } from '../../schema/kit';

export const DockerContainerRecordSchema = shape({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The name without its leading slash (inspect's Name adds it): `b1`, `quirky_hopper`. */
  name: v.pipe(v.string(), v.regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/)),
  /** The image as given to `docker run` (Config.Image), and the id it resolved to then. */
  image: v.string(),
  imageId: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  created: isoTime,
  /** Path and Args: the command run, entrypoint first. */
  path: v.string(),
  args: v.array(v.string()),
  /** container.Config (Env, Cmd, Entrypoint, WorkingDir, Tty, OpenStdin, Labels, …), Go field names. */
  config: anyObject,
  /** container.HostConfig (AutoRemove, PortBindings, RestartPolicy, …), Go field names. */
  hostConfig: anyObject,
  state: shape({
    status: v.picklist(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']),
    pid,
    exitCode: intIn(-2147483648, 2147483647),
    startedAt: v.optional(isoTime),
    finishedAt: v.optional(isoTime),
  }),
  /** The address on docker0 while it runs ("" otherwise). */
  ipAddress: v.string(),
  restartCount: intIn(0, 2147483647),
  /**
   * Optional (lifecycle work of issue 11): the container's own overlay2 layer (layerdb/mounts/<id>/
   * mount-id), its cache id under /var/lib/docker/overlay2; absent for records made before.
   */
  mountId: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
  /** Optional: NetworkingConfig of the create request (EndpointsConfig by network). */
  networkingConfig: v.optional(anyObject),
  /** Optional: `docker stop`/`kill` said so — restart policies leave it stopped (HasBeenManuallyStopped). */
  manuallyStopped: v.optional(v.boolean()),
  /** Optional: it ran at least once (HasBeenStartedBefore): a later start keeps its rootfs as is. */
  startedBefore: v.optional(v.boolean()),
  /** Optional: the MountPoints inspect's Mounts shows (-v, --mount, the image's VOLUMEs). */
  mounts: v.optional(v.array(anyObject)),
  /** Optional: those mounts as OCI spec mounts, as the spec at start gets them. */
  specMounts: v.optional(v.array(anyObject)),
  /** Optional: State.Error, the start failure text a created container keeps. */
  error: v.optional(v.string()),
  /**
   * Optional: State.Health of a container with a health check (runtime/health.ts): the status,
   * the failing streak, the last five probes, and when the next probe is due (node clock, ms).
   */
  health: v.optional(
    shape({
      status: v.picklist(['starting', 'healthy', 'unhealthy']),
      failingStreak: intIn(0, 2147483647),
      log: v.array(shape({ start: isoTime, end: isoTime, exitCode: intIn(-2147483648, 2147483647), output: v.string() })),
      nextProbeMs: v.optional(v.number()),
    }),
  ),
});

export type DockerContainerRecord = v.InferOutput<typeof DockerContainerRecordSchema>;
