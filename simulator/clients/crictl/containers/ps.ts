// `crictl ps` (cmd/crictl/container.go:437-551 and ListContainers 1003-1086 @v1.26.0): the
// state filter (running by default; -a none; -s a named state; -l/-n drop it), id, pod and
// label filters sent to the runtime, the name regex and the newest-first order applied here,
// --image compared by image id through ImageStatus, then JSON/YAML, ids (-q), verbose blocks
// (-v) or the 8-column table of 1.26 (no NAMESPACE column yet): CONTAINER IMAGE CREATED STATE
// NAME ATTEMPT POD ID POD, where POD is the io.kubernetes.pod.name label or `unknown`.

import { tabwriteRows } from '../../../cli/tabwriter';
import { plain } from '../../../errdefs/errdefs';
import type { Container, ContainerFilter, ContainerState, ImageService } from '../../../cri/index';
import { printProtobuf } from '../output/index';
import { imageServiceOf, rpcErrorText, runtimeServiceOf, type CrictlCommand, type CrictlContext } from '../crictl-env';
import { ago, compareInt64, goLogFatal, parseLabels, sortedKeys, stateWord, TABLE, truncatedId } from './shared';

const STATES: Record<string, ContainerState> = {
  created: 'CONTAINER_CREATED',
  running: 'CONTAINER_RUNNING',
  exited: 'CONTAINER_EXITED',
  unknown: 'CONTAINER_UNKNOWN',
};

/** types.KubernetesPodNameLabel. */
const POD_NAME_LABEL = 'io.kubernetes.pod.name';

/** matchesRegex (util.go:317-327): Go's regexp; a bad pattern matches nothing. */
export function matchesRegex(pattern: string, target: string): boolean {
  if (pattern === '') return true;
  try {
    return new RegExp(pattern).test(target);
  } catch {
    return false;
  }
}

/** ImageStatus(image).Image.Id, or undefined when the image is not there. */
async function imageIdOf(images: ImageService, image: string): Promise<string | undefined> {
  try {
    return (await images.imageStatus({ image: { image }, verbose: false })).image?.id;
  } catch (err) {
    throw plain(rpcErrorText(err));
  }
}

/** matchesImage (util.go:329-346). */
async function matchesImage(images: ImageService, image: string, containerImage: string): Promise<boolean> {
  if (image === '') return true;
  const a = await imageIdOf(images, image);
  const b = await imageIdOf(images, containerImage);
  return a !== undefined && b !== undefined && a === b;
}

/** getRepoImage (util.go:348-357). */
async function repoImage(images: ImageService, image: string): Promise<string> {
  let status;
  try {
    status = await images.imageStatus({ image: { image }, verbose: false });
  } catch (err) {
    throw plain(`failed to fetch repo image ${rpcErrorText(err)}`);
  }
  return status.image?.repoTags[0] ?? image;
}

/** getContainersList (container.go:1112-1140): name regex, newest first, -l / -n. */
function selectContainers(all: readonly Container[], name: string, latest: boolean, last: number): Container[] {
  const filtered = all.filter((c) => matchesRegex(name, c.metadata.name));
  filtered.sort((a, b) => compareInt64(b.createdAt, a.createdAt));
  let n = filtered.length;
  if (latest) n = 1;
  if (last > 0) n = last;
  return filtered.slice(0, Math.min(n, filtered.length));
}

function containerFilter(c: CrictlContext, labels: Record<string, string>): ContainerFilter {
  const filter: ContainerFilter = {};
  if (c.string('id') !== '') filter.id = c.string('id');
  if (c.string('pod') !== '') filter.podSandboxId = c.string('pod');
  const state = c.string('state');
  if (!c.bool('all') && state === '') filter.state = { state: 'CONTAINER_RUNNING' };
  if (state !== '') {
    const chosen = STATES[state.toLowerCase()];
    // log.Fatalf: the standard logger's line, exit 1, before any call.
    if (!chosen) throw new StateFlagError();
    filter.state = { state: chosen };
  }
  if (c.bool('latest') || c.int('last') > 0) delete filter.state;
  if (Object.keys(labels).length > 0 || c.isSet('label')) filter.labelSelector = labels;
  return filter;
}

/** log.Fatalf("--state should be one of created, running, exited or unknown"). */
class StateFlagError extends Error {
  constructor() {
    super('--state should be one of created, running, exited or unknown');
  }
}

function verboseBlock(c: Container, created: string): string {
  let out = `ID: ${c.id}\nPodID: ${c.podSandboxId}\n`;
  if (c.metadata.name !== '') out += `Name: ${c.metadata.name}\n`;
  out += `Attempt: ${c.metadata.attempt}\n`;
  out += `State: ${stateWord(c.state)}\n`;
  out += `Image: ${c.image.image}\n`;
  out += `Created: ${created}\n`;
  // A map that came empty over gRPC is nil in Go: no heading then.
  if (Object.keys(c.labels).length > 0) out += 'Labels:\n';
  for (const k of sortedKeys(c.labels)) out += `\t${k} -> ${c.labels[k]}\n`;
  if (Object.keys(c.annotations).length > 0) out += 'Annotations:\n';
  for (const k of sortedKeys(c.annotations)) out += `\t${k} -> ${c.annotations[k]}\n`;
  return `${out}\n`;
}

export const psCommand: CrictlCommand = {
  name: 'ps',
  usage: 'List containers',
  shortOptionHandling: true,
  flags: [
    { names: ['verbose', 'v'], kind: 'bool', usage: 'Show verbose information for containers' },
    { names: ['id'], kind: 'string', usage: 'Filter by container id', value: '' },
    { names: ['name'], kind: 'string', usage: 'filter by container name regular expression pattern', value: '' },
    { names: ['pod', 'p'], kind: 'string', usage: 'Filter by pod id', value: '' },
    { names: ['image'], kind: 'string', usage: 'Filter by container image', value: '' },
    { names: ['state', 's'], kind: 'string', usage: 'Filter by container state', value: '' },
    { names: ['label'], kind: 'stringSlice', usage: 'Filter by key=value label' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display container IDs' },
    { names: ['output', 'o'], kind: 'string', usage: 'Output format, One of: json|yaml|table', value: 'table' },
    { names: ['all', 'a'], kind: 'bool', usage: 'Show all containers' },
    { names: ['latest', 'l'], kind: 'bool', usage: 'Show the most recently created container (includes all states)' },
    { names: ['last', 'n'], kind: 'int', usage: 'Show last n recently created containers (includes all states). Set 0 for unlimited.', value: 0 },
    { names: ['no-trunc'], kind: 'bool', usage: 'Show output without truncating the ID' },
    { names: ['resolve-image-path', 'r'], kind: 'bool', usage: 'Show image path instead of image id' },
  ],
  action: async (c) => {
    const runtime = await runtimeServiceOf(c, 0);
    const images = await imageServiceOf(c);
    const labels = parseLabels(c.stringSlice('label'));
    let filter: ContainerFilter;
    try {
      filter = containerFilter(c, labels);
    } catch (err) {
      if (!(err instanceof StateFlagError)) throw err;
      return goLogFatal(c, err.message);
    }
    let containers: Container[];
    try {
      ({ containers } = await runtime.listContainers({ filter }));
    } catch (err) {
      throw plain(`listing containers: ${rpcErrorText(err)}`);
    }
    containers = selectContainers(containers, c.string('name'), c.bool('latest'), c.int('last'));
    const output = c.string('output');
    if (output === 'json' || output === 'yaml') {
      printProtobuf(c.io, 'ListContainersResponse', { containers }, output);
      return;
    }
    if (output !== 'table') throw plain(`listing containers: unsupported output format ${JSON.stringify(output)}`);
    const verbose = c.bool('verbose');
    const quiet = c.bool('quiet');
    const rows: string[][] = [];
    if (!verbose && !quiet) rows.push(['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD']);
    const nowMs = c.env.node.nowMs();
    const imageFilter = c.string('image');
    const noTrunc = c.bool('no-trunc');
    const resolveImagePath = c.bool('resolve-image-path');
    for (const ctr of containers) {
      let match: boolean;
      try {
        match = imageFilter === '' || (await matchesImage(images, imageFilter, ctr.image.image));
      } catch (err) {
        throw plain(`listing containers: check image match: ${(err as Error).message}`);
      }
      if (!match) continue;
      if (quiet) {
        c.io.stdout(`${ctr.id}\n`);
        continue;
      }
      const created = ago(nowMs, ctr.createdAt);
      if (verbose) {
        c.io.stdout(verboseBlock(ctr, created));
        continue;
      }
      let id = ctr.id;
      let image = ctr.image.image;
      let podId = ctr.podSandboxId;
      if (!noTrunc) {
        id = truncatedId(id);
        podId = truncatedId(podId);
        // kubelet passes the image id as the container's image: shown cut like an id.
        if (/^sha256:[0-9a-f]{64}$/.test(image)) image = truncatedId(image, 'sha256:');
      }
      if (resolveImagePath) {
        try {
          image = await repoImage(images, image);
        } catch (err) {
          throw plain(`listing containers: ${(err as Error).message}`);
        }
      }
      const podName = Object.hasOwn(ctr.labels, POD_NAME_LABEL) ? (ctr.labels[POD_NAME_LABEL] ?? '') : 'unknown';
      rows.push([id, image, created, stateWord(ctr.state), ctr.metadata.name, String(ctr.metadata.attempt), podId, podName]);
    }
    if (rows.length > 0) c.io.stdout(tabwriteRows(rows, TABLE));
  },
};
