// docker save and docker load against dockerd's own store. Formats as a private real dockerd
// 20.10.24 printed them (this machine's docker.io, images made with `docker import` of a
// busybox-static rootfs and `docker build`; transcript lines quoted in each test): the archive's
// layout, the load lines, and the errors of a missing file, a bad tar, an OCI layout and a terminal.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const NOW = Date.UTC(2026, 11, 5, 4, 14, 0);

function session() {
  const s = createSession({ seed: 11, now: () => NOW });
  return async (line: string, tty = false) => {
    const r = await s.run(line, { tty });
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

describe('docker save', () => {
  it('writes the docker-archive layout of 20.10: <id>.json, <v1 id>/{VERSION,json,layer.tar}, manifest.json, repositories', async () => {
    const run = session();
    await run('docker pull -q busybox');
    expect((await run('docker save -o /root/bb.tar busybox')).exitCode).toBe(0);
    const names = (await run('tar tf /root/bb.tar')).stdout.split('\n').filter(Boolean);
    expect(names.map((n) => n.replace(/[0-9a-f]{64}/g, 'H'))).toEqual(['H.json', 'H/', 'H/VERSION', 'H/json', 'H/layer.tar', 'manifest.json', 'repositories']);
    const id = (await run('docker images -q --no-trunc')).stdout.trim().replace('sha256:', '');
    const v1 = names[1]?.slice(0, 64) ?? '';
    expect((await run('tar xOf /root/bb.tar manifest.json')).stdout).toBe(`[{"Config":"${id}.json","RepoTags":["busybox:latest"],"Layers":["${v1}/layer.tar"]}]\n`);
    expect((await run('tar xOf /root/bb.tar repositories')).stdout).toBe(`{"busybox":{"latest":"${v1}"}}\n`);
    expect((await run(`tar xOf /root/bb.tar ${v1}/VERSION`)).stdout).toBe('1.0');
    // CopyToFile writes a temp file (0600) and renames it: `-rw------- … s1.tar` on the real node.
    expect((await run('ls -l /root/bb.tar')).stdout).toMatch(/^-rw------- /);
  });

  it('an image saved by id has RepoTags null and no repositories file', async () => {
    const run = session();
    await run('docker pull -q busybox');
    const id = (await run('docker images -q')).stdout.trim();
    await run(`docker save ${id} -o /root/id.tar`);
    expect((await run('tar xOf /root/id.tar manifest.json')).stdout).toMatch(/^\[\{"Config":"[0-9a-f]{64}\.json","RepoTags":null,"Layers":\["[0-9a-f]{64}\/layer\.tar"\]\}\]\n$/);
    expect((await run('tar tf /root/id.tar repositories')).exitCode).not.toBe(0);
  });

  it('a shared layer is written once; the second image links to it', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker import /dev/null empty:1');
    const r = await run('docker save busybox empty:1 | tar tvf -');
    expect(r.stdout.split('\n').filter((l) => l.includes('layer.tar')).length).toBe(2);
  });

  it('refuses a terminal, a missing directory and an unknown image with the real messages', async () => {
    const run = session();
    await run('docker pull -q busybox');
    expect(await run('docker save busybox', true)).toEqual({ stdout: '', stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n', exitCode: 1 });
    expect(await run('docker save -o /nonexist/x.tar busybox')).toEqual({ stdout: '', stderr: 'failed to save image: invalid output path: directory "/nonexist" does not exist\n', exitCode: 1 });
    expect(await run('docker save nosuch -o /root/x.tar')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nosuch\n', exitCode: 1 });
    const usage = await run('docker save');
    expect([usage.stderr.split('\n')[0], usage.exitCode]).toEqual(['"docker save" requires at least 1 argument.', 1]);
  });
});

describe('docker load', () => {
  it('prints Loaded image per tag; -q and stdin the same off a terminal', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker tag busybox t1');
    await run('docker save -o /root/s1.tar t1 busybox');
    await run('docker rmi t1 busybox');
    expect(await run('docker load -i /root/s1.tar')).toEqual({ stdout: 'Loaded image: t1:latest\nLoaded image: busybox:latest\n', stderr: '', exitCode: 0 });
    expect((await run('docker load -q < /root/s1.tar')).stdout).toBe('Loaded image: t1:latest\nLoaded image: busybox:latest\n');
  });

  it('an untagged image: Loaded image ID', async () => {
    const run = session();
    await run('docker pull -q busybox');
    const id = (await run('docker images -q --no-trunc')).stdout.trim();
    await run('docker save -o /root/id.tar busybox:latest');
    await run(`docker save -o /root/byid.tar ${id.slice(7, 19)}`);
    await run('docker rmi busybox');
    expect((await run('docker load -i /root/byid.tar')).stdout).toBe(`Loaded image ID: ${id}\n`);
  });

  it('a tag that named another image: the renaming line of load.go', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker save -o /root/bb.tar busybox');
    await run('docker import /dev/null busybox:latest');
    const old = (await run('docker images -q --no-trunc busybox:latest')).stdout.trim();
    expect((await run('docker load -i /root/bb.tar')).stdout).toBe(`The image busybox:latest already exists, renaming the old one with ID ${old} to empty string\nLoaded image: busybox:latest\n`);
  });

  it('on a terminal: a Loading layer line per new layer, redrawn in place', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker save -o /root/bb.tar busybox');
    await run('docker rmi busybox');
    const r = await run('docker load -i /root/bb.tar', true);
    expect(r.stdout).toMatch(/^\n\x1b\[1A\x1b\[2K\r[0-9a-f]{12}: Loading layer .*\r\x1b\[1B.*Loaded image: busybox:latest\n$/s);
  });

  it('bad input: a missing file, a bad tar, an OCI layout, an empty terminal stdin', async () => {
    const run = session();
    expect(await run('docker load -i nosuch.tar')).toEqual({ stdout: '', stderr: 'open nosuch.tar: no such file or directory\n', exitCode: 1 });
    await run('echo garbage > /root/bad.tar');
    expect(await run('docker load -i /root/bad.tar')).toEqual({ stdout: '', stderr: 'Error processing tar file(exit status 1): unexpected EOF\n', exitCode: 1 });
    // 20.10 reads only docker archives: without manifest.json the legacy loader wants `repositories`.
    await run('mkdir -p /root/oci && echo \'{"imageLayoutVersion":"1.0.0"}\' > /root/oci/oci-layout && echo \'{"schemaVersion":2,"manifests":[]}\' > /root/oci/index.json && tar -C /root/oci -cf /root/oci.tar .');
    const oci = await run('docker load -i /root/oci.tar');
    expect([oci.stderr.replace(/\d+\//, 'N/'), oci.exitCode]).toEqual(['open /var/lib/docker/tmp/docker-import-N/repositories: no such file or directory\n', 1]);
    expect(await run('docker load', true)).toEqual({ stdout: '', stderr: 'requested load from stdin, but stdin is empty\n', exitCode: 1 });
    expect((await run('docker images -q')).stdout).toBe('');
  });

  it('what docker loads stays out of containerd: ctr -n moby and crictl list nothing', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker save -o /root/bb.tar busybox');
    await run('docker rmi busybox');
    await run('docker load -i /root/bb.tar');
    expect((await run('ctr -n moby i ls -q; ctr -n moby content ls -q; ctr i ls -q')).stdout).toBe('');
    expect((await run('crictl images -q')).stdout).toBe('');
  });
});

describe('save → rmi → load round trip', () => {
  it('gives back the same image ids and tags, whatever the tags', async () => {
    const tag = fc.constantFrom('a:1', 'b/c:2', 'localhost:5000/d:3', 'harbor.mydomain.com/library/e:4', 'f:latest');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(tag, { minLength: 1, maxLength: 3 }), fc.boolean(), async (tags, withImport) => {
        const run = session();
        await run('docker pull -q busybox');
        if (withImport) await run('docker import /dev/null imported:1');
        for (const t of tags) await run(`docker tag ${withImport ? 'imported:1' : 'busybox'} ${t}`);
        const before = (await run('docker images --format "{{.Repository}}:{{.Tag}} {{.ID}}"')).stdout;
        const names = ['busybox', ...tags, ...(withImport ? ['imported:1'] : [])];
        expect((await run(`docker save -o /root/all.tar ${names.join(' ')}`)).exitCode).toBe(0);
        await run(`docker rmi ${names.join(' ')}`);
        expect((await run('docker images -q')).stdout).toBe('');
        expect((await run('docker load -i /root/all.tar')).exitCode).toBe(0);
        const after = (await run('docker images --format "{{.Repository}}:{{.Tag}} {{.ID}}"')).stdout;
        expect(after.split('\n').sort()).toEqual(before.split('\n').sort());
      }),
      { numRuns: 12 },
    );
  });
});
