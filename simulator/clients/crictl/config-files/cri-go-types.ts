// The Go structs crictl 1.26.0 decodes config files into (k8s.io/cri-api v0.26.0,
// pkg/apis/runtime/v1/api.pb.go, gogo-generated): each field's json tag (snake_case, the name
// a config file must use), its Go type (named in Go's errors), and the protobuf-JSON name the
// simulator's runtime-v1.ts messages use. Enums are plain int32 types without UnmarshalJSON,
// so a file must give them as numbers.

export type GoType =
  | { kind: 'string' }
  | { kind: 'bool' }
  | { kind: 'int'; name: string; bits: 32 | 64; unsigned: boolean; enumNames?: readonly string[] }
  | { kind: 'map' }
  | { kind: 'slice'; elem: GoType; pointer: boolean }
  | { kind: 'struct'; name: string; fields: readonly GoField[] };

export interface GoField {
  /** The json tag: what a config file's key must match (case-insensitively). */
  tag: string;
  /** The protobuf-JSON name in runtime-v1.ts. */
  name: string;
  type: GoType;
}

const str: GoType = { kind: 'string' };
const bool: GoType = { kind: 'bool' };
const map: GoType = { kind: 'map' };
const int32: GoType = { kind: 'int', name: 'int32', bits: 32, unsigned: false };
const uint32: GoType = { kind: 'int', name: 'uint32', bits: 32, unsigned: true };
const int64: GoType = { kind: 'int', name: 'int64', bits: 64, unsigned: false };
const uint64: GoType = { kind: 'int', name: 'uint64', bits: 64, unsigned: true };
const strings: GoType = { kind: 'slice', elem: str, pointer: false };
const enumOf = (name: string, names: readonly string[]): GoType => ({ kind: 'int', name: `v1.${name}`, bits: 32, unsigned: false, enumNames: names });

/** snake_case tag → lowerCamelCase protobuf-JSON name. */
const camel = (tag: string) => tag.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function struct(name: string, fields: Array<[string, GoType]>): GoType {
  return { kind: 'struct', name, fields: fields.map(([tag, type]) => ({ tag, name: camel(tag), type })) };
}
const ptrSlice = (elem: GoType): GoType => ({ kind: 'slice', elem, pointer: true });

const namespaceMode = enumOf('NamespaceMode', ['POD', 'CONTAINER', 'NODE', 'TARGET']);
const idMapping = struct('IDMapping', [['host_id', uint32], ['container_id', uint32], ['length', uint32]]);
const userNamespace = struct('UserNamespace', [['mode', namespaceMode], ['uids', ptrSlice(idMapping)], ['gids', ptrSlice(idMapping)]]);
const namespaceOption = struct('NamespaceOption', [
  ['network', namespaceMode],
  ['pid', namespaceMode],
  ['ipc', namespaceMode],
  ['target_id', str],
  ['userns_options', userNamespace],
]);
const selinuxOption = struct('SELinuxOption', [['user', str], ['role', str], ['type', str], ['level', str]]);
const int64Value = struct('Int64Value', [['value', int64]]);
const securityProfile = struct('SecurityProfile', [
  ['profile_type', enumOf('SecurityProfile_ProfileType', ['RuntimeDefault', 'Unconfined', 'Localhost'])],
  ['localhost_ref', str],
]);
const hugepageLimit = struct('HugepageLimit', [['page_size', str], ['limit', uint64]]);
const linuxResources = struct('LinuxContainerResources', [
  ['cpu_period', int64],
  ['cpu_quota', int64],
  ['cpu_shares', int64],
  ['memory_limit_in_bytes', int64],
  ['oom_score_adj', int64],
  ['cpuset_cpus', str],
  ['cpuset_mems', str],
  ['hugepage_limits', ptrSlice(hugepageLimit)],
  ['unified', map],
  ['memory_swap_limit_in_bytes', int64],
]);
const int64s: GoType = { kind: 'slice', elem: int64, pointer: false };

const sandboxSecurity = struct('LinuxSandboxSecurityContext', [
  ['namespace_options', namespaceOption],
  ['selinux_options', selinuxOption],
  ['run_as_user', int64Value],
  ['run_as_group', int64Value],
  ['readonly_rootfs', bool],
  ['supplemental_groups', int64s],
  ['privileged', bool],
  ['seccomp', securityProfile],
  ['apparmor', securityProfile],
  ['seccomp_profile_path', str],
]);
const windowsNamespaceOption = struct('WindowsNamespaceOption', [['network', namespaceMode]]);
const windowsSandbox = struct('WindowsPodSandboxConfig', [
  [
    'security_context',
    struct('WindowsSandboxSecurityContext', [
      ['run_as_username', str],
      ['credential_spec', str],
      ['host_process', bool],
      ['namespace_options', windowsNamespaceOption],
    ]),
  ],
]);

export const POD_SANDBOX_CONFIG: GoType = struct('PodSandboxConfig', [
  ['metadata', struct('PodSandboxMetadata', [['name', str], ['uid', str], ['namespace', str], ['attempt', uint32]])],
  ['hostname', str],
  ['log_directory', str],
  ['dns_config', struct('DNSConfig', [['servers', strings], ['searches', strings], ['options', strings]])],
  [
    'port_mappings',
    ptrSlice(
      struct('PortMapping', [
        ['protocol', enumOf('Protocol', ['TCP', 'UDP', 'SCTP'])],
        ['container_port', int32],
        ['host_port', int32],
        ['host_ip', str],
      ]),
    ),
  ],
  ['labels', map],
  ['annotations', map],
  [
    'linux',
    struct('LinuxPodSandboxConfig', [
      ['cgroup_parent', str],
      ['security_context', sandboxSecurity],
      ['sysctls', map],
      ['overhead', linuxResources],
      ['resources', linuxResources],
    ]),
  ],
  ['windows', windowsSandbox],
]);

const containerSecurity = struct('LinuxContainerSecurityContext', [
  ['capabilities', struct('Capability', [['add_capabilities', strings], ['drop_capabilities', strings], ['add_ambient_capabilities', strings]])],
  ['privileged', bool],
  ['namespace_options', namespaceOption],
  ['selinux_options', selinuxOption],
  ['run_as_user', int64Value],
  ['run_as_group', int64Value],
  ['run_as_username', str],
  ['readonly_rootfs', bool],
  ['supplemental_groups', int64s],
  ['no_new_privs', bool],
  ['masked_paths', strings],
  ['readonly_paths', strings],
  ['seccomp', securityProfile],
  ['apparmor', securityProfile],
  ['apparmor_profile', str],
  ['seccomp_profile_path', str],
]);
const windowsContainer = struct('WindowsContainerConfig', [
  [
    'resources',
    struct('WindowsContainerResources', [
      ['cpu_shares', int64],
      ['cpu_count', int64],
      ['cpu_maximum', int64],
      ['memory_limit_in_bytes', int64],
      ['rootfs_size_in_bytes', int64],
    ]),
  ],
  ['security_context', struct('WindowsContainerSecurityContext', [['run_as_username', str], ['credential_spec', str], ['host_process', bool]])],
]);

export const CONTAINER_CONFIG: GoType = struct('ContainerConfig', [
  ['metadata', struct('ContainerMetadata', [['name', str], ['attempt', uint32]])],
  ['image', struct('ImageSpec', [['image', str], ['annotations', map]])],
  ['command', strings],
  ['args', strings],
  ['working_dir', str],
  ['envs', ptrSlice(struct('KeyValue', [['key', str], ['value', str]]))],
  [
    'mounts',
    ptrSlice(
      struct('Mount', [
        ['container_path', str],
        ['host_path', str],
        ['readonly', bool],
        ['selinux_relabel', bool],
        ['propagation', enumOf('MountPropagation', ['PROPAGATION_PRIVATE', 'PROPAGATION_HOST_TO_CONTAINER', 'PROPAGATION_BIDIRECTIONAL'])],
      ]),
    ),
  ],
  ['devices', ptrSlice(struct('Device', [['container_path', str], ['host_path', str], ['permissions', str]]))],
  ['labels', map],
  ['annotations', map],
  ['log_path', str],
  ['stdin', bool],
  ['stdin_once', bool],
  ['tty', bool],
  ['linux', struct('LinuxContainerConfig', [['resources', linuxResources], ['security_context', containerSecurity]])],
  ['windows', windowsContainer],
]);

/** How Go names a type in an UnmarshalTypeError. */
export function goTypeName(t: GoType): string {
  switch (t.kind) {
    case 'string':
      return 'string';
    case 'bool':
      return 'bool';
    case 'int':
      return t.name;
    case 'map':
      return 'map[string]string';
    case 'struct':
      return `v1.${t.name}`;
    case 'slice':
      return `[]${t.pointer ? '*' : ''}${goTypeName(t.elem)}`;
  }
}

/** encoding/json's field lookup: the exact tag first, else the first that folds equal. */
export function findField(fields: readonly GoField[], key: string): GoField | undefined {
  const exact = fields.find((f) => f.tag === key);
  if (exact) return exact;
  const folded = foldKey(key);
  return fields.find((f) => f.tag === folded);
}

/**
 * Go's equalFold for ASCII tags: ASCII letters fold, and the Kelvin sign (U+212A) and the long
 * s (U+017F) fold to k and s as Unicode says; nothing else matches an ASCII tag.
 */
function foldKey(key: string): string {
  let out = '';
  for (const ch of key) {
    if (ch === '\u212a') out += 'k';
    else if (ch === '\u017f') out += 's';
    else if (ch >= 'A' && ch <= 'Z') out += ch.toLowerCase();
    else out += ch;
  }
  return out;
}
