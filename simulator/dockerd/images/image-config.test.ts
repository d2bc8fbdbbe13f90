// The v1 image JSON and ids `docker save` derives from a config, checked against a private real
// dockerd 20.10.24 (this machine's Debian docker.io): `docker import rootfs.tar bb:1` of a
// busybox-static rootfs, `docker build -t t1` of FROM/ARG/ENV/RUN/COPY/CMD on it, then
// `docker save -o s1.tar t1 bb:1`; the configs below are the archive's <id>.json bytes and the
// ids its layer directory names.

import { describe, expect, it } from 'vitest';
import { digestText } from '../../oci/digest';
import { lowerV1Image, marshalImageConfig, v1Id, v1Image, type HistoryEntry } from './image-config';
import { chainIds } from './remove';

const BB_CONFIG = "{\"architecture\":\"amd64\",\"comment\":\"Imported from -\",\"config\":{\"Hostname\":\"\",\"Domainname\":\"\",\"User\":\"\",\"AttachStdin\":false,\"AttachStdout\":false,\"AttachStderr\":false,\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":null,\"Cmd\":null,\"Image\":\"\",\"Volumes\":null,\"WorkingDir\":\"\",\"Entrypoint\":null,\"OnBuild\":null,\"Labels\":null},\"container_config\":{\"Hostname\":\"\",\"Domainname\":\"\",\"User\":\"\",\"AttachStdin\":false,\"AttachStdout\":false,\"AttachStderr\":false,\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":null,\"Cmd\":null,\"Image\":\"\",\"Volumes\":null,\"WorkingDir\":\"\",\"Entrypoint\":null,\"OnBuild\":null,\"Labels\":null},\"created\":\"2026-12-05T04:14:29.515656172Z\",\"docker_version\":\"20.10.24+dfsg1\",\"history\":[{\"created\":\"2026-12-05T04:14:29.515656172Z\",\"comment\":\"Imported from -\"}],\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:6fe07c20c5e245b648a8fc45badbf53adeb88c02d785cea6a44774ca17009833\"]}}";
const T1_CONFIG = "{\"architecture\":\"amd64\",\"config\":{\"Hostname\":\"\",\"Domainname\":\"\",\"User\":\"\",\"AttachStdin\":false,\"AttachStdout\":false,\"AttachStderr\":false,\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"A=b\"],\"Cmd\":[\"sh\"],\"Image\":\"sha256:fa5dedbc64aee1143ab59043a759b497095833511633fe3b588837b105e77dc3\",\"Volumes\":null,\"WorkingDir\":\"\",\"Entrypoint\":null,\"OnBuild\":null,\"Labels\":null},\"container\":\"b6a6ee8bc9488dd8b164d6802132e32001013208a8a81eef1de62b3c25770be6\",\"container_config\":{\"Hostname\":\"b6a6ee8bc948\",\"Domainname\":\"\",\"User\":\"\",\"AttachStdin\":false,\"AttachStdout\":false,\"AttachStderr\":false,\"Tty\":false,\"OpenStdin\":false,\"StdinOnce\":false,\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"A=b\"],\"Cmd\":[\"/bin/sh\",\"-c\",\"#(nop) \",\"CMD [\\\"sh\\\"]\"],\"Image\":\"sha256:fa5dedbc64aee1143ab59043a759b497095833511633fe3b588837b105e77dc3\",\"Volumes\":null,\"WorkingDir\":\"\",\"Entrypoint\":null,\"OnBuild\":null,\"Labels\":{}},\"created\":\"2026-12-05T04:14:33.521274837Z\",\"docker_version\":\"20.10.24+dfsg1\",\"history\":[{\"created\":\"2026-12-05T04:14:29.606003715Z\",\"comment\":\"my msg\"},{\"created\":\"2026-12-05T04:14:33.121661653Z\",\"created_by\":\"/bin/sh -c #(nop)  ARG X=1\",\"empty_layer\":true},{\"created\":\"2026-12-05T04:14:33.188056662Z\",\"created_by\":\"/bin/sh -c #(nop)  ENV A=b\",\"empty_layer\":true},{\"created\":\"2026-12-05T04:14:33.366538057Z\",\"created_by\":\"|1 X=1 /bin/sh -c echo hi \\u003e /f\"},{\"created\":\"2026-12-05T04:14:33.461634227Z\",\"created_by\":\"/bin/sh -c #(nop) COPY file:679c43c79a56cffbb3b002bda3050542c152a2f09757a0f1a9578871f7cda00d in /a.txt \"},{\"created\":\"2026-12-05T04:14:33.521274837Z\",\"created_by\":\"/bin/sh -c #(nop)  CMD [\\\"sh\\\"]\",\"empty_layer\":true}],\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:6fe07c20c5e245b648a8fc45badbf53adeb88c02d785cea6a44774ca17009833\",\"sha256:8aa0452a879e19c6214a08ff526a7d3c82f4a7a5160154b87dc9df67d8743d71\",\"sha256:3d19d5fee8bd1cdf1338dc00e50effe08a5de69dcf2d5912d92c63c4b052ad94\"]}}";

describe('v1 ids of docker save (image/v1/imagev1.go CreateID)', () => {
  it('a single-layer image: its top v1 id', () => {
    const config = JSON.parse(BB_CONFIG) as Record<string, unknown>;
    const diffIds = (config.rootfs as { diff_ids: string[] }).diff_ids;
    expect(v1Id(v1Image(config), chainIds(diffIds)[0] ?? '', undefined)).toBe('f19163fcdee56dd3fd3c049d2c9dbc5c2cecf62cc6d8b7b3cef5d2e18dd3d56c');
  });

  it('three layers: the lower ones from the zero V1Image, each naming its parent', () => {
    const config = JSON.parse(T1_CONFIG) as Record<string, unknown>;
    const chains = chainIds((config.rootfs as { diff_ids: string[] }).diff_ids);
    const first = v1Id(lowerV1Image(), chains[0] ?? '', undefined);
    const second = v1Id(lowerV1Image(), chains[1] ?? '', first);
    const top = v1Id(v1Image(config), chains[2] ?? '', second);
    expect([first, second, top]).toEqual([
      'c9c007ad44b041bb8f23d4ee348d95d07574cb56aeac5d48bb13095edd56d885',
      '7016b4df2d3cfe95273ba0d6d96d73fe275fce2bcea5ade1ffd5c40f9f8b8721',
      'ecbbbec701caa56d102374f1d63b792b8bd3fcff3bbddd785e34c05669b56289',
    ]);
  });
});

describe('image configs as dockerd marshals them (Image.MarshalJSON: sorted keys)', () => {
  it('rebuilds the real configs byte for byte, so their digests are the image ids', () => {
    for (const [text, id] of [
      [BB_CONFIG, '4e85f7316ec5034394112c6efabc34afa8364c3772b8ea2362b34e4519747569'],
      [T1_CONFIG, '4500bda215f947f15e658204a56343740577d33934ce4fed88b417609730c847'],
    ] as const) {
      const config = JSON.parse(text) as Record<string, unknown>;
      const again = marshalImageConfig(v1Image(config), config.history as HistoryEntry[], (config.rootfs as { diff_ids: string[] }).diff_ids);
      expect(again).toBe(text);
      expect(digestText(again)).toBe(`sha256:${id}`);
    }
  });
});
