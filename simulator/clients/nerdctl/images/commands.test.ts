// rmi, tag, history, image inspect, save, load and image prune of nerdctl 0.22.2 (cmd/nerdctl/
// rmi.go, tag.go, history.go, image_inspect.go + pkg/inspecttypes/dockercompat, save.go,
// load.go, image_prune.go), on the image walker's rules (pkg/idutil/imagewalker): a name, its
// normalized form, or a prefix of the target digest.

import { describe, expect, it } from 'vitest';
import { NGINX_ALPINE_INDEX, nerdctlSession } from './test-support';

const ALPINE_INDEX = 'sha256:6325f0d24c8114361af14ae23a136eace50d64255d61eeaefef56de4f8153caa';
const ALPINE_DIFF = 'sha256:32d035be54c564ffe5ca40c52f66e2faa490b72d4a55e1449814bafd6d2f4542';

function fatal(err: string): string | undefined {
  return /level=fatal msg="((?:[^"\\]|\\.)*)"\n$/.exec(err)?.[1]?.replace(/\\"/g, '"');
}

describe('nerdctl rmi / image rm', () => {
  it('prints Untagged: <name>@<target> and Deleted: <diff id> per layer; by id prefix too', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    expect(await run('nerdctl rmi alpine:3.21')).toEqual({ out: `Untagged: docker.io/library/alpine:3.21@${ALPINE_INDEX}\nDeleted: ${ALPINE_DIFF}\n`, err: '', code: 0 });
    await run('nerdctl pull -q alpine:3.21');
    expect((await run('nerdctl image rm 6325f0')).out).toBe(`Untagged: docker.io/library/alpine:3.21@${ALPINE_INDEX}\nDeleted: ${ALPINE_DIFF}\n`);
  });

  it('a missing image ends the command; -f logs it and goes on; an ambiguous prefix and an image in use are refused', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    await run('nerdctl tag alpine:3.21 other:1');
    expect(fatal((await run('nerdctl rmi nosuch alpine:3.21')).err)).toBe('no such image nosuch');
    expect(fatal((await run('nerdctl rmi 6325')).err)).toBe('multiple IDs found with provided prefix: 6325');
    await run('ctr c create docker.io/library/alpine:3.21 c1');
    expect(fatal((await run('nerdctl rmi alpine:3.21')).err)).toBe('conflict: unable to remove repository reference "alpine:3.21" (must force)');
    const forced = await run('nerdctl rmi -f nosuch alpine:3.21');
    expect(forced.code).toBe(0);
    expect(forced.err).toBe('time="2026-12-04T22:00:00Z" level=error msg="no such image nosuch"\n');
    expect(forced.out).toBe(`Untagged: docker.io/library/alpine:3.21@${ALPINE_INDEX}\nDeleted: ${ALPINE_DIFF}\n`);
  });
});

describe('nerdctl tag', () => {
  it('names the source (by name or id) again under the normalized target; an existing target is replaced', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    await run('nerdctl pull -q nginx:alpine');
    expect(await run('nerdctl image tag alpine:3.21 harbor.mydomain.com/library/alpine:3.21')).toEqual({ out: '', err: '', code: 0 });
    expect(await run('nerdctl tag a49404 myimage')).toEqual({ out: '', err: '', code: 0 });
    await run('nerdctl tag alpine:3.21 myimage');
    expect((await run('nerdctl images --names')).out.split('\n').map((l) => l.split(/ {2,}/).slice(0, 2).join(' '))).toEqual([
      'NAME IMAGE ID',
      'docker.io/library/alpine:3.21 6325f0d24c81',
      'docker.io/library/myimage:latest 6325f0d24c81',
      `docker.io/library/nginx:alpine ${NGINX_ALPINE_INDEX.slice(7, 19)}`,
      'harbor.mydomain.com/library/alpine:3.21 6325f0d24c81',
      '',
    ]);
  });

  it('a missing source and a bad target name fail with the real texts; two arguments exactly', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    expect(fatal((await run('nerdctl tag nosuch foo')).err)).toBe('nosuch: not found');
    expect(fatal((await run('nerdctl tag alpine:3.21 Bad:Name')).err)).toBe('invalid reference format: repository name must be lowercase');
    expect((await run('nerdctl tag alpine:3.21')).err).toContain('accepts 2 arg(s), received 1');
  });
});

describe('nerdctl image inspect', () => {
  it("prints Docker's image JSON: the config digest as Id, the familiar RepoTags/RepoDigests, Config with omitempty", async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    expect((await run('nerdctl image inspect alpine:3.21')).out).toBe(`[
    {
        "Id": "sha256:9080005ab53faffe5893184f264dd487eeea25437f84f9549237fc44c18c947f",
        "RepoTags": [
            "alpine:3.21"
        ],
        "RepoDigests": [
            "alpine@${ALPINE_INDEX}"
        ],
        "Comment": "buildkit.dockerfile.v0",
        "Created": "2025-02-14T03:28:36Z",
        "Author": "",
        "Config": {
            "AttachStdin": false,
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
            "Cmd": [
                "/bin/sh"
            ]
        },
        "Architecture": "amd64",
        "Os": "linux",
        "RootFS": {
            "Type": "layers",
            "Layers": [
                "${ALPINE_DIFF}"
            ]
        },
        "Metadata": {
            "LastTagTime": "0001-01-01T00:00:00Z"
        }
    }
]
`);
  });

  it('ExposedPorts as a set; every request that matches nothing is counted', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q nginx:alpine');
    expect((await run('nerdctl image inspect nginx:alpine')).out).toContain('"ExposedPorts": {\n                "80/tcp": {}\n            },');
    expect(fatal((await run('nerdctl image inspect nosuch nginx:alpine other')).err)).toBe('2 errors: [no such object: nosuch no such object: other]');
  });
});

describe('--format on inspect and history', () => {
  it('image inspect executes the template on the Docker image; history per row, an unknown field a warning per row', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q nginx:alpine');
    expect((await run("nerdctl image inspect -f '{{.Id}} {{.Os}} {{json .RepoTags}}' nginx:alpine")).out).toBe(
      'sha256:63e87c0ea12a13ea62976913fae38a82eb5e6c942c0843b46abf3cf0f693a11b linux ["nginx:alpine"]\n',
    );
    expect((await run("nerdctl image inspect -f '{{range $k, $v := .Config.ExposedPorts}}{{$k}}{{end}}' nginx:alpine")).out).toBe('80/tcp\n');
    expect(fatal((await run("nerdctl image inspect -f '{{.Nope}}' nginx:alpine")).err)).toBe(
      'template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"',
    );
    const sizes = (await run("nerdctl history --format '{{.Size}}' nginx:alpine")).out;
    expect(sizes.split('\n').slice(0, 2)).toEqual(['40.2 MiB', '12.0 KiB']);
    const warned = await run("nerdctl history --format '{{.X}}' nginx:alpine");
    expect(warned.out).toBe('');
    expect(warned.err.split('\n')[0]).toBe('time="2026-12-04T22:00:00Z" level=warning msg="template: :1:2: executing \\"\\" at <.X>: can\'t evaluate field X in type main.historyPrintable"');
  });
});

describe('image inspect --mode=native', () => {
  it("prints containerd's objects (images.Image, the index, the platform's manifest, the config) with Go's field names for templates", async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    const json = JSON.parse((await run('nerdctl image inspect --mode=native alpine:3.21')).out) as Array<Record<string, Record<string, unknown>>>;
    const n = json[0] ?? {};
    expect(Object.keys(n)).toEqual(['Image', 'IndexDesc', 'Index', 'ManifestDesc', 'Manifest', 'ImageConfigDesc', 'ImageConfig']);
    expect(n.Image).toEqual({
      Name: 'docker.io/library/alpine:3.21',
      Labels: null,
      Target: { mediaType: 'application/vnd.oci.image.index.v1+json', digest: ALPINE_INDEX, size: 1746 },
      CreatedAt: expect.stringMatching(/^2026-12-04T22:00:00\.\d{9}Z$/),
      UpdatedAt: expect.stringMatching(/^2026-12-04T22:00:00\.\d{9}Z$/),
    });
    expect(n.ManifestDesc).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: 'sha256:5ae6caf255ea7cd32c74dbe821ca94ece0a8d5c07041da2019f2306500b52560',
      size: 405,
      platform: { architecture: 'amd64', os: 'linux' },
    });
    expect(Object.keys(n.ImageConfig ?? {})).toEqual(['created', 'architecture', 'os', 'config', 'rootfs', 'history']);
    expect((await run("nerdctl image inspect --mode native -f '{{.ImageConfigDesc.Digest}} {{.Manifest.Config.Size}} {{.ImageConfig.OS}}' alpine:3.21")).out).toBe(
      'sha256:9080005ab53faffe5893184f264dd487eeea25437f84f9549237fc44c18c947f 564 linux\n',
    );
    expect((await run("nerdctl image inspect -f '{{.ID}}' alpine:3.21")).out).toBe('sha256:9080005ab53faffe5893184f264dd487eeea25437f84f9549237fc44c18c947f\n');
    expect(fatal((await run('nerdctl image inspect --mode=foo alpine:3.21')).err)).toBe('unknown mode "foo"');
  });
});

describe('nerdctl history', () => {
  it('shows an instruction that made no layer (empty_layer: CMD) as <missing> with 0.0 B', async () => {
    // history.go@v0.22.2 pairs non-empty history entries with the rootfs diff ids; alpine's
    // config has ADD (a layer) then CMD (empty_layer), as buildkit writes it.
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    const rows = (await run('nerdctl history alpine:3.21')).out.split('\n');
    expect(rows[1]).toMatch(/^<missing> +\d+ months ago    CMD \["\/bin\/sh"\] +0\.0 B      buildkit\.dockerfile\.v0$/);
    expect(rows[2]).toMatch(/^sha256:32d035be54c5\w+ +\d+ months ago    ADD alpine-minirootfs-3\.21\.3-x86_64\.tar\.gz \/… +8\.1 MiB    buildkit\.dockerfile\.v0$/);
  });

  it('lists the config history newest first with each layer snapshot, its size and CREATED BY cut at 44 characters', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q nginx:alpine');
    const rows = (await run('nerdctl history nginx:alpine')).out.split('\n');
    expect(rows[0]).toBe('SNAPSHOT                                                                   CREATED          CREATED BY                                       SIZE        COMMENT');
    expect(rows[1]).toBe('sha256:94b4be731ce80189ac0cc3f7fc212124bfbea516f5067235e9ede9b1a5311178    22 months ago    RUN /bin/sh -c set -x && apk add nginx-modul…    40.2 MiB    buildkit.dockerfile.v0');
    expect(rows.at(-2)).toBe('sha256:adf1ff41c04a493cdacc098134e6897f11b300dbd03f755d4165820127df0ac6    22 months ago    ADD alpine-minirootfs-3.21.3-x86_64.tar.gz /…    8.1 MiB     buildkit.dockerfile.v0');
    const quiet = (await run('nerdctl history -q nginx:alpine')).out.split('\n');
    expect(quiet[0]).toBe('sha256:94b4be731ce80189ac0cc3f7fc212124bfbea516f5067235e9ede9b1a5311178');
    expect((await run('nerdctl history --no-trunc nginx:alpine')).out).toContain('    ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit                 8.1 MiB     ');
    expect(fatal((await run('nerdctl history nosuch')).err)).toBe('1 errors: [no such object: nosuch]');
    expect(fatal((await run('nerdctl history --format raw nginx:alpine')).err)).toBe('1 errors: [failed printHistory: unsupported format: "raw"]');
  });
});

describe('nerdctl save / load', () => {
  it('refuses a terminal; saves to a redirect or -o; loads the archive back (gzip too) and unpacks it', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    expect((await run('nerdctl save alpine:3.21 > /tmp/a.tar')).code).toBe(0);
    expect((await run('nerdctl save -o /tmp/b.tar alpine:3.21')).code).toBe(0);
    const sums = (await run('sha256sum /tmp/a.tar /tmp/b.tar')).out.split('\n').map((l) => l.split(' ')[0]);
    expect(sums[0]).toBe(sums[1]);
    expect(fatal((await run('nerdctl save -o /nodir/x.tar alpine:3.21')).err)).toBe('open /nodir/x.tar: no such file or directory');
    expect(fatal((await run('nerdctl save nosuch')).err)).toBe('image "docker.io/library/nosuch:latest": not found');
    await run('nerdctl rmi alpine:3.21');
    expect(await run('nerdctl load -i /tmp/b.tar')).toEqual({ out: `unpacking docker.io/library/alpine:3.21 (${ALPINE_INDEX})...done\n`, err: '', code: 0 });
    await run('nerdctl rmi alpine:3.21');
    await run('gzip /tmp/a.tar');
    expect((await run('nerdctl load < /tmp/a.tar.gz')).out).toBe(`unpacking docker.io/library/alpine:3.21 (${ALPINE_INDEX})...done\n`);
    expect((await run('nerdctl images')).out).toContain('alpine        3.21    6325f0d24c81');
    expect(fatal((await run('nerdctl load')).err)).toBe('stdin is empty and input flag is not specified');
    expect(fatal((await run('nerdctl load -i /nope.tar')).err)).toBe('open /nope.tar: no such file or directory');
  });
});

describe('nerdctl image prune', () => {
  it('warns without -a; asks unless -f (anything but y keeps the images); removes the images no container uses', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine:3.21');
    await run('nerdctl pull -q nginx:alpine');
    await run('ctr c create docker.io/library/nginx:alpine web');
    expect((await run('nerdctl image prune')).err).toBe('time="2026-12-04T22:00:00Z" level=warning msg="Currently, `nerdctl image prune` requires --all to be specified. Skip pruning."\n');
    const prompt = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ';
    expect(await run('echo n | nerdctl image prune -a')).toEqual({ out: prompt, err: '', code: 0 });
    expect((await run('echo y | nerdctl image prune -a')).out).toBe(`${prompt}Deleted Images:\nUntagged: docker.io/library/alpine:3.21\ndeleted: ${ALPINE_DIFF}\n\n`);
    expect((await run('nerdctl image prune -a -f')).out).toBe('');
    expect((await run('nerdctl images -q')).out).toBe('a49404dd790d\n');
  });
});

describe('image convert, encrypt, decrypt', () => {
  it('refuse honestly', async () => {
    const run = nerdctlSession();
    const r = await run('nerdctl image encrypt --recipient=jwe:x a b');
    expect(r.code).toBe(1);
    expect(fatal(r.err)).toBe('nerdctl image encrypt is not simulated here; see https://github.com/containerd/nerdctl/blob/v0.22.2/docs/ocicrypt.md');
  });
});
