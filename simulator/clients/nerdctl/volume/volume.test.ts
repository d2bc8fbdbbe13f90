// `nerdctl volume` as released in 0.22.2 (cmd/nerdctl/volume_*.go and
// pkg/mountutil/volumestore/volumestore.go@v0.22.2): the store's files, ls's table, inspect's
// native.Volume, rm refusing a volume a container mounts, prune's prompt.

import { describe, expect, it } from 'vitest';
import * as vfs from '../../../host/vfs';
import { captureIO } from '../../../cli/test-support';
import { ctr } from '../../ctr/ctr-test-support';
import { runCtr } from '../../ctr/ctr';
import { freshNode, nerdctl } from '../nerdctl-test-support';
import { MOUNTS_LABEL } from './used-volumes';
import { createVolume, getVolume, listVolumes } from './volume-store';

const STORE = '/var/lib/nerdctl/1935db59';
const DIR = `${STORE}/volumes/default`;
const fatal = (msg: string) => `time="2026-05-28T20:26:40Z" level=fatal msg="${msg.replace(/"/g, '\\"')}"\n`;

describe('nerdctl volume', () => {
  it('creates the store files where the real tool writes them', async () => {
    const node = freshNode();
    expect(await nerdctl(node, 'volume create myvol --label b=2 --label a --label a')).toEqual({ stdout: 'myvol\n', stderr: '', exit: 0 });
    const files = node.state.host.files;
    expect(vfs.stat(files, `${DIR}/myvol`).mode & 0o777).toBe(0o700);
    expect(vfs.stat(files, `${DIR}/myvol/_data`).mode & 0o777).toBe(0o755);
    expect(vfs.readFile(files, `${DIR}/myvol/volume.json`)).toBe('{\n    "labels": {\n        "a": "",\n        "b": "2"\n    }\n}');
    createVolume(node, STORE, 'default', 'plain');
    expect(vfs.readFile(files, `${DIR}/plain/volume.json`)).toBe('{\n    "labels": {}\n}');
  });

  it('lists with tabwriter (4, 8, 4) and -q', async () => {
    const node = freshNode();
    await nerdctl(node, 'volume create web');
    await nerdctl(node, 'volume create a-much-longer-name');
    expect((await nerdctl(node, 'volume ls')).stdout).toBe(
      'VOLUME NAME           DIRECTORY\n' +
        `a-much-longer-name    ${DIR}/a-much-longer-name/_data\n` +
        `web                   ${DIR}/web/_data\n`,
    );
    expect((await nerdctl(node, 'volume list -q')).stdout).toBe('a-much-longer-name\nweb\n');
    expect((await nerdctl(node, '-n other volume ls')).stdout).toBe('VOLUME NAME    DIRECTORY\n');
    expect(await nerdctl(node, 'volume ls --format raw')).toEqual({ stdout: '', stderr: fatal('unsupported format: "raw"'), exit: 1 });
    expect((await nerdctl(node, ['volume', 'ls', '-q', '--format', '{{.Name}}'])).stderr).toBe(fatal('format and quiet must not be specified together'));
  });

  it('inspects as native.Volume; --size counts the bytes under _data', async () => {
    const node = freshNode();
    await nerdctl(node, 'volume create data');
    vfs.writeFile(node.state.host.files, `${DIR}/data/_data/f`, 'x'.repeat(1028));
    expect((await nerdctl(node, 'volume inspect data')).stdout).toBe(
      `[\n    {\n        "Name": "data",\n        "Mountpoint": "${DIR}/data/_data",\n        "Labels": {}\n    }\n]\n`,
    );
    expect((await nerdctl(node, 'volume inspect -s data')).stdout).toContain('"Labels": {},\n        "Size": 1028\n');
  });

  it('fails as the store does: a duplicate, a malformed name, a missing volume', async () => {
    const node = freshNode();
    await nerdctl(node, 'volume create v');
    expect((await nerdctl(node, 'volume create v')).stderr).toBe(fatal(`mkdir ${DIR}/v: file exists`));
    expect((await nerdctl(node, ['volume', 'create', 'bad name'])).stderr).toBe(
      fatal('malformed name bad name: identifier "bad name" must match ^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$: invalid argument'),
    );
    expect(await nerdctl(node, 'volume inspect nope')).toEqual({ stdout: '', stderr: fatal('volume "nope" not found: not found'), exit: 1 });
    expect((await nerdctl(node, 'volume create')).stderr).toContain('accepts 1 arg(s), received 0');
  });

  it('rm checks every name first: a missing or mounted volume leaves all of them', async () => {
    const node = freshNode();
    await nerdctl(node, 'volume create a');
    await nerdctl(node, 'volume create b');
    expect((await nerdctl(node, 'volume rm a nope')).stderr).toBe(fatal('volume "nope" not found: not found'));
    expect(listVolumes(node, STORE, 'default').map((v) => v.Name)).toEqual(['a', 'b']);
    // A container mounting b, labelled as `nerdctl run -v b:/data` labels it (pkg/labels Mounts).
    await ctr(node, 'images pull docker.io/library/busybox:latest');
    const label = `${MOUNTS_LABEL}=${JSON.stringify([{ Type: 'volume', Name: 'b', Source: `${DIR}/b/_data`, Destination: '/data' }])}`;
    expect(await runCtr(node, ['c', 'create', '--label', label, 'docker.io/library/busybox:latest', 'c1'], captureIO().io)).toBe(0);
    expect(await nerdctl(node, 'volume rm a b')).toEqual({ stdout: '', stderr: fatal('volume "b" is in use'), exit: 1 });
    expect(await nerdctl(node, 'volume prune -f')).toEqual({ stdout: 'Deleted Volumes:\na\n\n', stderr: '', exit: 0 });
    await ctr(node, 'c rm c1');
    await nerdctl(node, 'volume create a');
    expect(await nerdctl(node, 'volume rm a b')).toEqual({ stdout: 'a\nb\n', stderr: '', exit: 0 });
    expect(() => getVolume(node, STORE, 'default', 'a')).toThrow('volume "a" not found');
  });

  it('prune asks first; only y goes on, and removes what no container mounts', async () => {
    const node = freshNode();
    await nerdctl(node, 'volume create a');
    const prompt = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ';
    expect(await nerdctl(node, 'volume prune', { stdin: 'n\n' })).toEqual({ stdout: prompt, stderr: '', exit: 0 });
    expect(listVolumes(node, STORE, 'default')).toHaveLength(1);
    expect(await nerdctl(node, 'volume prune', { stdin: 'y\n' })).toEqual({ stdout: `${prompt}Deleted Volumes:\na\n\n`, stderr: '', exit: 0 });
    expect(await nerdctl(node, 'volume prune -f')).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
});
