// A ContainerConfig as Go's encoding/json writes the generated runtime.v1 struct: the proto's
// snake_case json tags in field-number order, `omitempty` on every scalar, slice and map (an
// attempt of 0 or an empty list vanishes), set messages kept even when empty (`"linux":{}`),
// enums as their numbers and int64 as numbers. This is the `config` of ContainerStatus's
// verbose info and of the container's metadata extension on a real node.

type Json = unknown;

/** Message name → its fields in proto order: [jsonName, protobufJsonName, kind]. */
type Kind = 'scalar' | 'int64' | `msg:${string}` | `list:${string}` | 'map' | `enum:${string}`;
const MESSAGES: Record<string, Array<[string, string, Kind]>> = {
  ContainerConfig: [
    ['metadata', 'metadata', 'msg:ContainerMetadata'],
    ['image', 'image', 'msg:ImageSpec'],
    ['command', 'command', 'scalar'],
    ['args', 'args', 'scalar'],
    ['working_dir', 'workingDir', 'scalar'],
    ['envs', 'envs', 'list:KeyValue'],
    ['mounts', 'mounts', 'list:Mount'],
    ['devices', 'devices', 'list:Device'],
    ['labels', 'labels', 'map'],
    ['annotations', 'annotations', 'map'],
    ['log_path', 'logPath', 'scalar'],
    ['stdin', 'stdin', 'scalar'],
    ['stdin_once', 'stdinOnce', 'scalar'],
    ['tty', 'tty', 'scalar'],
    ['linux', 'linux', 'msg:LinuxContainerConfig'],
  ],
  ContainerMetadata: [
    ['name', 'name', 'scalar'],
    ['attempt', 'attempt', 'scalar'],
  ],
  ImageSpec: [
    ['image', 'image', 'scalar'],
    ['annotations', 'annotations', 'map'],
  ],
  KeyValue: [
    ['key', 'key', 'scalar'],
    ['value', 'value', 'scalar'],
  ],
  Mount: [
    ['container_path', 'containerPath', 'scalar'],
    ['host_path', 'hostPath', 'scalar'],
    ['readonly', 'readonly', 'scalar'],
    ['selinux_relabel', 'selinuxRelabel', 'scalar'],
    ['propagation', 'propagation', 'enum:MountPropagation'],
  ],
  Device: [
    ['container_path', 'containerPath', 'scalar'],
    ['host_path', 'hostPath', 'scalar'],
    ['permissions', 'permissions', 'scalar'],
  ],
  LinuxContainerConfig: [
    ['resources', 'resources', 'msg:LinuxContainerResources'],
    ['security_context', 'securityContext', 'msg:LinuxContainerSecurityContext'],
  ],
  LinuxContainerResources: [
    ['cpu_period', 'cpuPeriod', 'int64'],
    ['cpu_quota', 'cpuQuota', 'int64'],
    ['cpu_shares', 'cpuShares', 'int64'],
    ['memory_limit_in_bytes', 'memoryLimitInBytes', 'int64'],
    ['oom_score_adj', 'oomScoreAdj', 'int64'],
    ['cpuset_cpus', 'cpusetCpus', 'scalar'],
    ['cpuset_mems', 'cpusetMems', 'scalar'],
    ['hugepage_limits', 'hugepageLimits', 'list:HugepageLimit'],
    ['unified', 'unified', 'map'],
    ['memory_swap_limit_in_bytes', 'memorySwapLimitInBytes', 'int64'],
  ],
  HugepageLimit: [
    ['page_size', 'pageSize', 'scalar'],
    ['limit', 'limit', 'int64'],
  ],
  LinuxContainerSecurityContext: [
    ['capabilities', 'capabilities', 'msg:Capability'],
    ['privileged', 'privileged', 'scalar'],
    ['namespace_options', 'namespaceOptions', 'msg:NamespaceOption'],
    ['selinux_options', 'selinuxOptions', 'msg:SELinuxOption'],
    ['run_as_user', 'runAsUser', 'msg:Int64Value'],
    ['run_as_group', 'runAsGroup', 'msg:Int64Value'],
    ['run_as_username', 'runAsUsername', 'scalar'],
    ['readonly_rootfs', 'readonlyRootfs', 'scalar'],
    ['supplemental_groups', 'supplementalGroups', 'scalar'],
    ['no_new_privs', 'noNewPrivs', 'scalar'],
    ['masked_paths', 'maskedPaths', 'scalar'],
    ['readonly_paths', 'readonlyPaths', 'scalar'],
    ['seccomp', 'seccomp', 'msg:SecurityProfile'],
    ['apparmor', 'apparmor', 'msg:SecurityProfile'],
    ['apparmor_profile', 'apparmorProfile', 'scalar'],
    ['seccomp_profile_path', 'seccompProfilePath', 'scalar'],
  ],
  Capability: [
    ['add_capabilities', 'addCapabilities', 'scalar'],
    ['drop_capabilities', 'dropCapabilities', 'scalar'],
  ],
  NamespaceOption: [
    ['network', 'network', 'enum:NamespaceMode'],
    ['pid', 'pid', 'enum:NamespaceMode'],
    ['ipc', 'ipc', 'enum:NamespaceMode'],
    ['target_id', 'targetId', 'scalar'],
  ],
  SELinuxOption: [
    ['user', 'user', 'scalar'],
    ['role', 'role', 'scalar'],
    ['type', 'type', 'scalar'],
    ['level', 'level', 'scalar'],
  ],
  Int64Value: [['value', 'value', 'int64']],
  SecurityProfile: [
    ['profile_type', 'profileType', 'enum:ProfileType'],
    ['localhost_ref', 'localhostRef', 'scalar'],
  ],
};

const ENUMS: Record<string, string[]> = {
  MountPropagation: ['PROPAGATION_PRIVATE', 'PROPAGATION_HOST_TO_CONTAINER', 'PROPAGATION_BIDIRECTIONAL'],
  NamespaceMode: ['POD', 'CONTAINER', 'NODE', 'TARGET'],
  ProfileType: ['RuntimeDefault', 'Unconfined', 'Localhost'],
};

function isEmpty(value: Json): boolean {
  if (value === undefined || value === null || value === '' || value === 0 || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function encode(message: string, value: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [goName, pbName, kind] of MESSAGES[message] ?? []) {
    const v = value[pbName];
    if (v === undefined || v === null) continue;
    if (kind.startsWith('msg:')) {
      if (typeof v === 'object') out[goName] = encode(kind.slice(4), v as Record<string, Json>);
      continue;
    }
    if (kind.startsWith('list:')) {
      if (Array.isArray(v) && v.length > 0) out[goName] = v.map((item) => encode(kind.slice(5), item as Record<string, Json>));
      continue;
    }
    if (kind === 'map') {
      if (typeof v === 'object' && Object.keys(v as object).length > 0) out[goName] = sortedMap(v as Record<string, Json>);
      continue;
    }
    if (kind.startsWith('enum:')) {
      const n = typeof v === 'number' ? v : (ENUMS[kind.slice(5)] ?? []).indexOf(String(v));
      if (n > 0) out[goName] = n;
      continue;
    }
    const scalar = kind === 'int64' ? Number(v) : v;
    if (!isEmpty(scalar)) out[goName] = scalar;
  }
  return out;
}

function sortedMap(map: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** json.Marshal of a *runtime.ContainerConfig, as an object whose key order is Go's. */
export function containerConfigGoJson(config: Record<string, unknown>): Record<string, unknown> {
  return encode('ContainerConfig', config);
}
