// docker system df, docker image prune and docker system prune, with the texts a private real
// dockerd 20.10.24 printed (this machine's docker.io): the empty `system df -v` below is its
// output byte for byte after `docker system prune -a -f --volumes`; the prompts are its
// PromptForConfirmation questions (told no, image prune still prints the total, system prune
// nothing), and `deleted: sha256:e3b0…` is the empty layer of `docker import /dev/null`.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const NOW = Date.UTC(2026, 11, 5, 5, 0, 0);

function session() {
  const s = createSession({ seed: 4, now: () => NOW });
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

const EMPTY_VERBOSE =
  'Images space usage:\n\nREPOSITORY   TAG       IMAGE ID   CREATED   SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS\n\n' +
  'Containers space usage:\n\nCONTAINER ID   IMAGE     COMMAND   LOCAL VOLUMES   SIZE      CREATED   STATUS    NAMES\n\n' +
  'Local Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\n\n' +
  'Build cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n';

const EMPTY_SUMMARY =
  'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\nImages          0         0         0B        0B\nContainers      0         0         0B        0B\nLocal Volumes   0         0         0B        0B\nBuild Cache     0         0         0B        0B\n';

describe('docker system df', () => {
  it('an empty daemon, summary and -v', async () => {
    const run = session();
    expect((await run('docker system df')).stdout).toBe(EMPTY_SUMMARY);
    expect((await run('docker system df -v')).stdout).toBe(EMPTY_VERBOSE);
  });

  it('shared layers count once; an image a container uses is not reclaimable', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker tag busybox b2');
    await run('docker create --name c1 busybox');
    const rows = (await run('docker system df')).stdout.split('\n');
    expect(rows[1]).toMatch(/^Images {10}1 {9}1 {9}\S+ +0B \(0%\)$/);
    expect(rows[2]).toMatch(/^Containers {6}1 {9}0 {9}0B +0B$/);
    const verbose = (await run('docker system df -v')).stdout;
    expect(verbose).toMatch(/\nb2 +latest +[0-9a-f]{12} +2 years ago +\S+ +0B +\S+ +1\n/);
    expect(verbose).toMatch(/\n[0-9a-f]{12} +busybox +"sh" +0 +0B +Less than a second ago +Created +c1\n/);
  });
});

describe('docker image prune', () => {
  it('asks; told no it still prints the total', async () => {
    const run = session();
    await run('docker import /dev/null');
    expect(await run('echo n | docker image prune')).toEqual({
      stdout: 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker images -q')).stdout).not.toBe('');
  });

  it('-f removes dangling images with their layers; tagged ones stay', async () => {
    const run = session();
    await run('docker pull -q busybox');
    const id = (await run('docker import /dev/null')).stdout.trim();
    expect((await run('docker image prune -f')).stdout).toBe(
      `Deleted Images:\ndeleted: ${id}\ndeleted: sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n\nTotal reclaimed space: 0B\n`,
    );
    expect((await run('docker images --format "{{.Repository}}"')).stdout).toBe('busybox\n');
    expect((await run('docker image prune -f')).stdout).toBe('Total reclaimed space: 0B\n');
  });

  it('-a untags and deletes every image no container uses, digests included', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker pull -q alpine');
    await run('docker create --name keep alpine');
    const r = await run('echo y | docker image prune -a');
    expect(r.stdout).toMatch(
      /^WARNING! This will remove all images without at least one container associated to them\.\nAre you sure you want to continue\? \[y\/N\] Deleted Images:\nuntagged: busybox:latest\nuntagged: busybox@sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: \d+(\.\d+)?[kM]B\n$/,
    );
    expect((await run('docker images --format "{{.Repository}}"')).stdout).toBe('alpine\n');
  });
});

describe('docker system prune', () => {
  it('lists what it removes; told no, nothing more', async () => {
    const run = session();
    expect((await run('echo n | docker system prune')).stdout).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - all dangling build cache\n\nAre you sure you want to continue? [y/N] ',
    );
    expect((await run('echo n | docker system prune -a --volumes')).stdout).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all volumes not used by at least one container\n  - all images without at least one container associated to them\n  - all build cache\n\nAre you sure you want to continue? [y/N] ',
    );
  });

  it('-f: stopped containers, then images; the total', async () => {
    const run = session();
    await run('docker pull -q busybox');
    const id = (await run('docker create busybox')).stdout.trim();
    const r = await run('docker system prune -a -f');
    expect(r.stdout).toMatch(new RegExp(`^Deleted Containers:\\n${id}\\n\\nDeleted Images:\\nuntagged: busybox:latest\\n(untagged|deleted): .*\\n\\nTotal reclaimed space: .+\\n$`, 's'));
    expect((await run('docker ps -aq; docker images -q')).stdout).toBe('');
    expect((await run('docker system prune -f')).stdout).toBe('Total reclaimed space: 0B\n');
  });
});

describe('docker container prune', () => {
  it('-f: the stopped containers go (recorded: `Deleted Containers:` / id / blank / `Total reclaimed space: 0B`)', async () => {
    const run = session();
    await run('docker pull -q busybox');
    const stopped = (await run('docker create busybox')).stdout.trim();
    await run('docker run -d --name up busybox sleep 3600');
    expect(await run('docker container prune -f')).toEqual({ stdout: `Deleted Containers:\n${stopped}\n\nTotal reclaimed space: 0B\n`, stderr: '', exitCode: 0 });
    expect((await run('docker ps -aq')).stdout.trim().split('\n').length).toBe(1);
    expect((await run('echo n | docker container prune')).stdout).toBe('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] Total reclaimed space: 0B\n');
  });
});
