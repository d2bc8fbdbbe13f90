// Typed nils for docker's inspect templates: the API's JSON says null, but the CLI runs a
// template on its typed struct first, where a nil slice prints `[]`, a nil map `map[]` and a
// nil pointer `<nil>` (a nil interface would print `<no value>`).

import { goNil, withMarshalJSON } from '../go/json';

/**
 * The Go types of the fields that are nil when unset: null in JSON, but in a template a nil
 * slice prints `[]`, a nil map `map[]` and a nil pointer `<nil>` (`{{.ExecIDs}}` is `[]`). Container and image inspect share them (image
 * inspect's Config and ContainerConfig are the same container.Config).
 */
const NIL_TYPES: Record<string, string> = {
  ExecIDs: '[]string',
  Binds: '[]string',
  VolumesFrom: '[]string',
  CapAdd: '[]string',
  CapDrop: '[]string',
  ExtraHosts: '[]string',
  GroupAdd: '[]string',
  Links: '[]string',
  SecurityOpt: '[]string',
  DeviceCgroupRules: '[]string',
  DeviceRequests: '[]container.DeviceRequest',
  BlkioDeviceReadBps: '[]*blkiodev.ThrottleDevice',
  BlkioDeviceWriteBps: '[]*blkiodev.ThrottleDevice',
  BlkioDeviceReadIOps: '[]*blkiodev.ThrottleDevice',
  BlkioDeviceWriteIOps: '[]*blkiodev.ThrottleDevice',
  Ulimits: '[]*units.Ulimit',
  MemorySwappiness: '*int64',
  PidsLimit: '*int64',
  Env: '[]string',
  Cmd: '[]string',
  Entrypoint: '[]string',
  OnBuild: '[]string',
  Volumes: 'map[string]struct {}',
  Labels: 'map[string]string',
  SecondaryIPAddresses: '[]network.Address',
  SecondaryIPv6Addresses: '[]network.Address',
  IPAMConfig: '*network.EndpointIPAMConfig',
  Aliases: '[]string',
  DriverOpts: 'map[string]string',
  // GraphDriver.Data of an image without layers.
  Data: 'map[string]string',
};

/** Each null of a known field made a typed nil, through nested structs and maps. */
export function typedNils(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(obj)) {
    if (v === null && NIL_TYPES[key] !== undefined) obj[key] = goNil(NIL_TYPES[key]);
    else typedNils(v);
  }
  return obj;
}

/**
 * container.Config's omitempty fields, as a template sees them when the JSON leaves them out:
 * the struct still has them, at their zero values (`{{.Config.ExposedPorts}}` is `map[]`,
 * `{{.Config.StopTimeout}}` `<nil>`). The JSON is what it was.
 */
const CONFIG_OMITTED: Record<string, () => unknown> = {
  ExposedPorts: () => goNil('map[nat.Port]struct {}'),
  Healthcheck: () => goNil('*container.HealthConfig'),
  ArgsEscaped: () => false,
  NetworkDisabled: () => false,
  MacAddress: () => '',
  StopSignal: () => '',
  StopTimeout: () => goNil('*int'),
  Shell: () => goNil('[]string'),
};

/** `config` (a container.Config's JSON) with its omitted fields present for templates. */
export function typedContainerConfig(config: Record<string, unknown>): Record<string, unknown> {
  const missing = Object.keys(CONFIG_OMITTED).filter((key) => !Object.hasOwn(config, key));
  if (missing.length === 0) return config;
  const shown = { ...config };
  const typed: Record<string, unknown> = { ...config };
  for (const key of missing) typed[key] = CONFIG_OMITTED[key]?.();
  return withMarshalJSON(typed, () => shown);
}
