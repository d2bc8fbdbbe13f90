// The CRI's runtime.v1 configs as Go's encoding/json writes the generated structs: the proto's
// snake_case json tags in field-number order, `omitempty` on every scalar, slice and map (an
// attempt of 0 or an empty list vanishes), set messages kept even when empty (`"linux":{}`),
// enums as their numbers, int64 as numbers and map keys sorted. ContainerConfig is the `config`
// of ContainerStatus's verbose info and of the container's metadata extension on a real node,
// PodSandboxConfig the same for PodSandboxStatus and the sandbox's extension. The two share
// their nested messages (namespace options, resources, security profiles), hence one table.

/** Message name → its fields in proto order: [jsonName, protobufJsonName, kind]. */
type Kind = 'scalar' | 'int64' | 'map' | `msg:${string}` | `list:${string}` | `enum:${string}`;

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
  PodSandboxConfig: [
    ['metadata', 'metadata', 'msg:PodSandboxMetadata'],
    ['hostname', 'hostname', 'scalar'],
    ['log_directory', 'logDirectory', 'scalar'],
    ['dns_config', 'dnsConfig', 'msg:DNSConfig'],
    ['port_mappings', 'portMappings', 'list:PortMapping'],
    ['labels', 'labels', 'map'],
    ['annotations', 'annotations', 'map'],
    ['linux', 'linux', 'msg:LinuxPodSandboxConfig'],
  ],
  PodSandboxMetadata: [
    ['name', 'name', 'scalar'],
    ['uid', 'uid', 'scalar'],
    ['namespace', 'namespace', 'scalar'],
    ['attempt', 'attempt', 'scalar'],
  ],
  DNSConfig: [
    ['servers', 'servers', 'scalar'],
    ['searches', 'searches', 'scalar'],
    ['options', 'options', 'scalar'],
  ],
  PortMapping: [
    ['protocol', 'protocol', 'enum:Protocol'],
    ['container_port', 'containerPort', 'scalar'],
    ['host_port', 'hostPort', 'scalar'],
    ['host_ip', 'hostIp', 'scalar'],
  ],
  LinuxPodSandboxConfig: [
    ['cgroup_parent', 'cgroupParent', 'scalar'],
    ['security_context', 'securityContext', 'msg:LinuxSandboxSecurityContext'],
    ['sysctls', 'sysctls', 'map'],
    ['overhead', 'overhead', 'msg:LinuxContainerResources'],
    ['resources', 'resources', 'msg:LinuxContainerResources'],
  ],
  LinuxSandboxSecurityContext: [
    ['namespace_options', 'namespaceOptions', 'msg:NamespaceOption'],
    ['selinux_options', 'selinuxOptions', 'msg:SELinuxOption'],
    ['run_as_user', 'runAsUser', 'msg:Int64Value'],
    ['run_as_group', 'runAsGroup', 'msg:Int64Value'],
    ['readonly_rootfs', 'readonlyRootfs', 'scalar'],
    ['supplemental_groups', 'supplementalGroups', 'int64'],
    ['privileged', 'privileged', 'scalar'],
    ['seccomp', 'seccomp', 'msg:SecurityProfile'],
    ['apparmor', 'apparmor', 'msg:SecurityProfile'],
    ['seccomp_profile_path', 'seccompProfilePath', 'scalar'],
  ],
};

const ENUMS: Record<string, readonly string[]> = {
  MountPropagation: ['PROPAGATION_PRIVATE', 'PROPAGATION_HOST_TO_CONTAINER', 'PROPAGATION_BIDIRECTIONAL'],
  Protocol: ['TCP', 'UDP', 'SCTP'],
  NamespaceMode: ['POD', 'CONTAINER', 'NODE', 'TARGET'],
  ProfileType: ['RuntimeDefault', 'Unconfined', 'Localhost'],
};

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || v === 0 || v === false || (Array.isArray(v) && v.length === 0);

function encode(message: string, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [goName, pbName, kind] of MESSAGES[message] ?? []) {
    const v = value[pbName];
    if (v === undefined || v === null) continue;
    if (kind.startsWith('msg:')) {
      if (typeof v === 'object') out[goName] = encode(kind.slice(4), v as Record<string, unknown>);
    } else if (kind.startsWith('list:')) {
      if (Array.isArray(v) && v.length > 0) out[goName] = v.map((item) => encode(kind.slice(5), (item ?? {}) as Record<string, unknown>));
    } else if (kind === 'map') {
      const entries = typeof v === 'object' ? Object.entries(v as Record<string, unknown>) : [];
      if (entries.length > 0) out[goName] = Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    } else if (kind.startsWith('enum:')) {
      const n = typeof v === 'number' ? v : (ENUMS[kind.slice(5)] ?? []).indexOf(String(v));
      if (n > 0) out[goName] = n;
    } else if (kind === 'int64') {
      // A repeated int64 (the sandbox's supplemental_groups) stays a list of numbers.
      const n = Array.isArray(v) ? v.map(Number) : Number(v);
      if (!isEmpty(n)) out[goName] = n;
    } else if (!isEmpty(v)) {
      out[goName] = v;
    }
  }
  return out;
}

/** json.Marshal of a *runtime.ContainerConfig, as an object whose key order is Go's. */
export function containerConfigGoJson(config: Record<string, unknown>): Record<string, unknown> {
  return encode('ContainerConfig', config);
}

/** json.Marshal of a *runtime.PodSandboxConfig, as an object whose key order is Go's. */
export function sandboxConfigGoJson(config: Record<string, unknown>): Record<string, unknown> {
  return encode('PodSandboxConfig', config);
}
