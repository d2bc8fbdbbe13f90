// GET /images/{name}/json (moby 20.10 daemon/images/image_inspect.go LookupImage): the
// types.ImageInspect of an image, its fields in the Go struct's order. The image config's own
// `config` and `container_config` are given as the registry served them.

import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import { DockerdError, isDockerdError } from '../errors';
import { familiarName } from './familiar-name';
import { findLayer } from './layers';
import { imageTags } from './list';
import { findImage } from './lookup';
import { goMap, goStruct, withMarshalJSON } from '../../go/json';
import { typedContainerConfig, typedNils } from '../typed-nils';

/**
 * types.ImageMetadata as the CLI decodes it: LastTagTime is a time.Time, so a template prints
 * Time.String() (`0001-01-01 00:00:00 +0000 UTC`, the fraction without trailing zeros) while
 * JSON keeps RFC 3339.
 */
function imageMetadata(lastTagTime: string): Record<string, unknown> {
  const text = lastTagTime.replace('T', ' ').replace(/(?:\.(\d*?)0*)?Z$/, (_m, digits: string | undefined) => `${digits ? `.${digits}` : ''} +0000 UTC`);
  return withMarshalJSON(goStruct({ LastTagTime: text }, 'types.ImageMetadata'), () => ({ LastTagTime: lastTagTime }));
}

/**
 * container.Config as Go marshals it (api/types/container/config.go): every field in struct
 * order, zero values included, the omitempty ones only when set.
 */
export function goContainerConfig(raw: unknown): Record<string, unknown> {
  const c = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {
    Hostname: c.Hostname ?? '',
    Domainname: c.Domainname ?? '',
    User: c.User ?? '',
    AttachStdin: c.AttachStdin ?? false,
    AttachStdout: c.AttachStdout ?? false,
    AttachStderr: c.AttachStderr ?? false,
  };
  if (c.ExposedPorts !== undefined) out.ExposedPorts = c.ExposedPorts;
  Object.assign(out, { Tty: c.Tty ?? false, OpenStdin: c.OpenStdin ?? false, StdinOnce: c.StdinOnce ?? false, Env: c.Env ?? null, Cmd: c.Cmd ?? null });
  if (c.Healthcheck !== undefined) out.Healthcheck = c.Healthcheck;
  if (c.ArgsEscaped) out.ArgsEscaped = c.ArgsEscaped;
  Object.assign(out, { Image: c.Image ?? '', Volumes: c.Volumes ?? null, WorkingDir: c.WorkingDir ?? '', Entrypoint: c.Entrypoint ?? null });
  if (c.NetworkDisabled) out.NetworkDisabled = c.NetworkDisabled;
  if (c.MacAddress) out.MacAddress = c.MacAddress;
  Object.assign(out, { OnBuild: c.OnBuild ?? null, Labels: c.Labels ?? null });
  if (c.StopSignal) out.StopSignal = c.StopSignal;
  if (c.StopTimeout !== undefined) out.StopTimeout = c.StopTimeout;
  if (c.Shell !== undefined) out.Shell = c.Shell;
  return out;
}

/**
 * The top layer's overlay2 GetMetadata (moby 20.10 daemon/graphdriver/overlay2/overlay.go): its
 * dirs under the random cache id the layer store gave it, and LowerDir, the diff dirs of the
 * layers below, nearest first (the `lower` file's order); keys sorted as Go marshals a map.
 * An image without layers has none (null).
 */
function overlay2Metadata(node: Node, diffIds: readonly string[]): Record<string, string> | null {
  const dir = (diffId: string) => `${DOCKER_ROOT}/overlay2/${findLayer(node, diffId)?.cacheId ?? diffId.replace(/^sha256:/, '')}`;
  const top = diffIds[diffIds.length - 1];
  if (top === undefined) return null;
  const lower = diffIds.slice(0, -1).reverse().map((d) => `${dir(d)}/diff`);
  return {
    ...(lower.length > 0 ? { LowerDir: lower.join(':') } : {}),
    MergedDir: `${dir(top)}/merged`,
    UpperDir: `${dir(top)}/diff`,
    WorkDir: `${dir(top)}/work`,
  };
}

/**
 * The Go maps of container.Config as a template sees them (`{{.Config.Labels}}` is
 * `map[a:b]`, `{{.Config.ExposedPorts}}` `map[80/tcp:{}]`): the stored JSON's objects are maps, of
 * their Go types (`index .Config.ExposedPorts "80/tcp"` fails on nat.Port keys and the CLI's raw
 * fallback prints `map[]`).
 */
function configMaps(config: Record<string, unknown>): Record<string, unknown> {
  const types: Record<string, readonly [string, string?]> = { ExposedPorts: ['nat.PortSet', 'map[nat.Port]struct {}'], Volumes: ['map[string]struct {}'], Labels: ['map[string]string'] };
  for (const [key, type] of Object.entries(types)) {
    const value = config[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) config[key] = goMap({ ...(value as Record<string, unknown>) }, ...type);
  }
  return config;
}

/** GraphDriver.Data, a map[string]string (null when the image has no layers: typed-nils.ts). */
function graphDriverData(data: Record<string, string> | null): Record<string, string> | null {
  return data === null ? null : goMap(data, 'map[string]string');
}

/** LookupImage: GetImage's failure keeps its status, its text wrapped (`no such image: Bad: invalid reference format: …`). */
function lookupImage(node: Node, typed: string): string {
  try {
    return findImage(node, typed).id;
  } catch (err) {
    if (isDockerdError(err)) throw new DockerdError(err.status, `no such image: ${typed}: ${err.message}`);
    throw err;
  }
}

export function inspectImage(node: Node, typed: string): Record<string, unknown> {
  const id = lookupImage(node, typed);
  const image = node.state.dockerd.images[id];
  if (!image) throw new Error(`image ${id} vanished`);
  const c = image.config as Record<string, unknown>;
  const str = (k: string) => (typeof c[k] === 'string' ? (c[k] as string) : '');
  return typedNils({
    Id: `sha256:${id}`,
    RepoTags: imageTags(node, id),
    RepoDigests: image.repoDigests.map(familiarName),
    Parent: image.parent === undefined ? '' : `sha256:${image.parent}`,
    Comment: str('comment'),
    Created: image.created,
    Container: str('container'),
    ContainerConfig: typedContainerConfig(configMaps(goContainerConfig(c.container_config))),
    DockerVersion: str('docker_version'),
    Author: str('author'),
    Config: typedContainerConfig(configMaps(goContainerConfig(c.config))),
    Architecture: str('architecture'),
    Os: str('os'),
    Size: image.size,
    VirtualSize: image.size,
    GraphDriver: { Data: graphDriverData(overlay2Metadata(node, image.diffIds)), Name: 'overlay2' },
    RootFS: { Type: 'layers', Layers: [...image.diffIds] },
    Metadata: imageMetadata(image.lastTagTime ?? '0001-01-01T00:00:00Z'),
  }) as Record<string, unknown>;
}
