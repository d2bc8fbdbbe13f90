// The recorded node's hand-built images (shared/conformance/README.md), rebuilt as archives in
// /root so the transcripts can be replayed: busybox-oci.tar (an OCI layout whose index lists
// linux/amd64 and an absent linux/arm64/v8), busybox-oci-single.tar (the amd64 manifest alone,
// named busybox:1.36) and nginx-docker.tar (a `docker save` archive: the busybox layer plus a
// stand-in nginx layer). The busybox blobs are byte-for-byte those of the recording, so their
// digests match it, and so are the nginx manifest and config.
// The recorded node also had no registry access: writeConformanceFixtures marks the
// registries offline, so pulls fail with the same DNS error.

import type { Node } from '../node';
import type { Blob, LayerFile } from '../oci/blob';
import type { Descriptor } from '../oci/descriptor';
import { readImageArchive } from '../oci/archive/read-archive';
import { parseManifest } from '../oci/documents';
import { digestText } from '../oci/digest';
import { MEDIA_TYPE } from '../oci/media-types';
import { encodeLayer } from '../oci/archive/layer-payload';
import { writeTar, type TarEntry } from '../host/tar';
import { putEntry, textToBinary } from '../host/vfs';
import { TreeBuilder } from './catalogue/file-tree';
import { GROUP, PASSWD } from './catalogue/rootfs-busybox';

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const CREATED = '2023-11-14T22:13:20Z';
const BUSYBOX_DIFF = 'sha256:51389e34881cbae78c13029e5ae0094c144bc24dca14f2c1a10ac0bbbf39c044';
const NGINX_DIFF = 'sha256:1af547c0a962ffbee39bcc92baeca99456f81f8f1dffe4096b757c28ac06b273';
const ARM64_MANIFEST = 'sha256:9c34acf24098d0bd910db978d6de94f14747883fa9ef371d685cf74ca7a66ff5';

const FIXTURE_APPLETS = [
  'sh', 'ls', 'cat', 'echo', 'sleep', 'ps', 'top', 'env', 'hostname', 'id', 'mkdir', 'rm', 'cp', 'mv', 'ln',
  'printf', 'uname', 'wget', 'httpd', 'vi', 'grep', 'sed', 'date', 'head', 'tail', 'wc', 'true', 'false', 'kill', 'mount',
];

/**
 * busybox-static 1.35.0 as the recording's single layer: 46 entries (47 inodes with its root).
 * The recorded image had no `pwd` link (transcript 06 #17: `exec: "pwd": executable file not found`).
 */
function busyboxLayer(): Blob {
  const t = new TreeBuilder();
  t.dir('/tmp', 0o1777); // tests/oracle/build-images.ts chmods it so, as a base image has it
  for (const d of ['/dev', '/home', '/proc', '/root', '/sys', '/usr/bin', '/usr/sbin', '/var/www']) t.dir(d);
  t.binary('/bin/busybox', 2_003_072);
  for (const applet of FIXTURE_APPLETS) t.link(`/bin/${applet}`, 'busybox');
  t.file('/etc/passwd', PASSWD).file('/etc/group', GROUP);
  return {
    digest: 'sha256:7e654956148e270e997c538bf94bedce203a12593e8a076c2f144ab7d7433b1c',
    size: 1_028_562,
    mediaType: MEDIA_TYPE.ociLayerGzip,
    files: t.files,
    diffId: BUSYBOX_DIFF,
    unpackedSize: 2_088_960,
    uncompressedSize: 2_017_280,
  };
}

const STAND_IN_NGINX = `#!/bin/sh
# Stand-in for nginx in the recorded image: serves the html directory with busybox httpd.
echo "fake nginx: $*"
exec httpd -f -p 80 -h /usr/share/nginx/html
`;

/** The stand-in nginx layer: 9 entries, an uncompressed tar of 10240 bytes. */
function nginxLayer(): Blob {
  const files: Record<string, LayerFile> = new TreeBuilder()
    // Both files exactly as the recording printed them (06 #22 and #26).
    .file('/etc/os-release', 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.18.4\n')
    .file('/usr/sbin/nginx', STAND_IN_NGINX, 0o755)
    .file('/usr/share/nginx/html/index.html', '<h1>Welcome to nginx!</h1>\n').files;
  return { digest: NGINX_DIFF, size: 10_240, mediaType: MEDIA_TYPE.dockerLayer, files, diffId: NGINX_DIFF };
}

const BUSYBOX_CONFIG =
  `{"architecture":"amd64","config":{"Env":["${PATH_ENV}"],"Cmd":["sh"]},"created":"${CREATED}",` +
  `"history":[{"created":"${CREATED}","created_by":"hand-built for simulator reference"}],"os":"linux",` +
  `"rootfs":{"type":"layers","diff_ids":["${BUSYBOX_DIFF}"]}}`;

/** The recording's nginx config, byte for byte (so its digest is the recorded one). */
function nginxConfig(): string {
  return (
    `{"architecture":"amd64","config":{"Env":["${PATH_ENV}","NGINX_VERSION=1.25.3"],"Cmd":["nginx","-g","daemon off;"],` +
    `"ExposedPorts":{"80/tcp":{}},"StopSignal":"SIGQUIT"},"created":"${CREATED}",` +
    `"history":[{"created":"${CREATED}","created_by":"hand-built for simulator reference"}],` +
    `"os":"linux","rootfs":{"type":"layers","diff_ids":["${BUSYBOX_DIFF}","${NGINX_DIFF}"]}}`
  );
}

function descriptor(mediaType: string, text: string): string {
  return `{"mediaType":"${mediaType}","digest":"${digestText(text)}","size":${text.length}`;
}

const MANIFEST =
  `{"schemaVersion":2,"mediaType":"${MEDIA_TYPE.ociManifest}","config":${descriptor(MEDIA_TYPE.ociConfig, BUSYBOX_CONFIG)}},` +
  `"layers":[{"mediaType":"${MEDIA_TYPE.ociLayerGzip}","digest":"${busyboxLayer().digest}","size":1028562}]}`;

const INDEX =
  `{"schemaVersion":2,"mediaType":"${MEDIA_TYPE.ociIndex}","manifests":[${descriptor(MEDIA_TYPE.ociManifest, MANIFEST)},` +
  `"platform":{"architecture":"amd64","os":"linux"}},{"mediaType":"${MEDIA_TYPE.ociManifest}","digest":"${ARM64_MANIFEST}",` +
  `"size":92,"platform":{"architecture":"arm64","os":"linux","variant":"v8"}}]}`;

function blobEntry(digest: string, content: string): TarEntry {
  return { name: `blobs/sha256/${digest.slice(7)}`, kind: 'file', mode: 0o444, content };
}

function ociArchive(blobs: Array<[string, string]>, indexJson: string): string {
  const entries: TarEntry[] = [
    { name: 'blobs/', kind: 'dir', mode: 0o755 },
    { name: 'blobs/sha256/', kind: 'dir', mode: 0o755 },
    ...[...blobs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, c]) => blobEntry(d, c)),
    { name: 'index.json', kind: 'file', mode: 0o644, content: indexJson },
    { name: 'oci-layout', kind: 'file', mode: 0o444, content: '{"imageLayoutVersion":"1.0.0"}' },
  ];
  return writeTar(entries);
}

function named(mediaType: string, text: string, name: string, tag: string): string {
  return `{"schemaVersion":2,"manifests":[${descriptor(mediaType, text)},"annotations":{"io.containerd.image.name":"${name}","org.opencontainers.image.ref.name":"${tag}"}}]}`;
}

/** The three archives, as binary strings keyed by path. */
export function conformanceArchives(): Record<string, string> {
  const layer = busyboxLayer();
  const layerBytes = encodeLayer(layer);
  const busyboxBlobs: Array<[string, string]> = [
    [digestText(INDEX), INDEX],
    [digestText(MANIFEST), MANIFEST],
    [digestText(BUSYBOX_CONFIG), BUSYBOX_CONFIG],
    [layer.digest, layerBytes],
  ];
  const config = nginxConfig();
  const configHex = digestText(config).slice(7);
  const docker: TarEntry[] = [
    { name: `${configHex}.json`, kind: 'file', mode: 0o644, content: config },
    { name: 'busybox/', kind: 'dir', mode: 0o755 },
    { name: 'busybox/layer.tar', kind: 'file', mode: 0o644, content: layerBytes },
    { name: 'nginx/', kind: 'dir', mode: 0o755 },
    { name: 'nginx/layer.tar', kind: 'file', mode: 0o644, content: encodeLayer(nginxLayer()) },
    {
      name: 'manifest.json',
      kind: 'file',
      mode: 0o644,
      content: `[{"Config":"${configHex}.json","RepoTags":["nginx:alpine"],"Layers":["busybox/layer.tar","nginx/layer.tar"]}]`,
    },
    { name: 'repositories', kind: 'file', mode: 0o644, content: '{"nginx":{"alpine":"nginx"}}' },
  ];
  return {
    '/root/busybox-oci.tar': ociArchive(busyboxBlobs, named(MEDIA_TYPE.ociIndex, INDEX, 'docker.io/library/busybox:latest', 'latest')),
    '/root/busybox-oci-single.tar': ociArchive(busyboxBlobs.filter(([d]) => d !== digestText(INDEX)), named(MEDIA_TYPE.ociManifest, MANIFEST, 'docker.io/library/busybox:1.36', '1.36')),
    '/root/nginx-docker.tar': writeTar(docker),
  };
}

/**
 * Prepares a node like the recorded one: the archives in /root and no registry access.
 * (/etc/hostname, which transcript 03 imports to get `unexpected EOF`, is a stock node file.)
 */
export function writeConformanceFixtures(node: Node): void {
  const files = node.state.host.files;
  const now = node.nowMs();
  for (const [path, content] of Object.entries(conformanceArchives())) {
    putEntry(files, path, { kind: 'file', content, mode: 0o644, mtimeMs: now });
  }
  if (!files['/etc/hostname']) putEntry(files, '/etc/hostname', { kind: 'file', content: textToBinary('node1\n'), mode: 0o644, mtimeMs: now });
  node.state.registries.offline = true;
}

/**
 * The local registry of the unrecorded transcript 08, still running for transcript 10:
 * localhost:5000 listening, holding library/busybox:1.36 (the amd64 manifest) and
 * library/nginx:alpine (the docker-save image), blobs byte for byte as recorded.
 */
export function startRecordedLocalRegistry(node: Node): void {
  const archives = conformanceArchives();
  const host = 'localhost:5000';
  (node.state.registries.listening ??= {})[host] = true;
  const push = (archive: string, repository: string, tag: string): void => {
    // The recorded push came from a node that had unpacked busybox first, so the docker
    // import there used busybox's gzip blob for the shared layer.
    const gzipBusybox = busyboxLayer();
    const parsed = readImageArchive(archive, { reuse: (d) => (d === BUSYBOX_DIFF ? gzipBusybox : undefined) });
    const top = parsed.manifests[0];
    if (!top) return;
    const seen = new Set<string>();
    const visit = (desc: Descriptor): void => {
      if (seen.has(desc.digest)) return;
      seen.add(desc.digest);
      const blob = parsed.blob(desc);
      if (!blob) return;
      node.state.registries.blobs[blob.digest] ??= blob;
      if (desc.mediaType === MEDIA_TYPE.ociManifest || desc.mediaType === MEDIA_TYPE.dockerManifest) {
        const m = parseManifest(blob.data ?? '');
        [m.config, ...m.layers].forEach(visit);
      }
    };
    visit(top);
    const repos = (node.state.registries.pushed[host] ??= {});
    (repos[repository] ??= {})[tag] = { mediaType: top.mediaType, digest: top.digest, size: top.size };
  };
  push(archives['/root/busybox-oci-single.tar'] ?? '', 'library/busybox', '1.36');
  push(archives['/root/nginx-docker.tar'] ?? '', 'library/nginx', 'alpine');
}
