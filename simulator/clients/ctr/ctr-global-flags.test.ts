import { describe, expect, it } from 'vitest';
import { importFixture, makeImagesNode } from '../../containerd/images/test-support';
import { ctr } from './ctr-test-support';

const NOT_SIMULATED = /^ctr: a command outlasting its --timeout \(.*\) is not simulated here; see /;

// What the real ctr 1.6.20 does was checked on a real node: `--timeout 1ns` fails every
// command, `1ms` lets a listing through, `-1s` means no deadline.
describe('ctr global deadlines and --debug', () => {
  it('runs commands that finish within --timeout unchanged', async () => {
    const node = makeImagesNode();
    const plain = await ctr(node, 'images ls');
    expect(await ctr(node, '--timeout 1ms images ls')).toEqual(plain);
    expect(await ctr(node, '--timeout -1s images ls')).toEqual(plain);
  });

  it('never lets a command succeed past a deadline the real one would miss', async () => {
    const node = makeImagesNode({ online: true });
    const tiny = await ctr(node, '--timeout 1ns images ls');
    expect(tiny.stderr).toMatch(NOT_SIMULATED);
    expect(tiny.exit).toBe(1);
    expect((await ctr(node, '--timeout 1ns version')).exit).toBe(1);
    const pull = await ctr(node, '--timeout 1ms images pull docker.io/library/busybox:latest');
    expect(pull.stderr).toMatch(/ctr: a command outlasting its --timeout \(1ms\) is not simulated here/);
    expect(pull.exit).toBe(1);
  });

  it('fails to dial within a sub-millisecond --connect-timeout, as the real ctr does', async () => {
    const node = makeImagesNode();
    expect(await ctr(node, '--connect-timeout 1ns images ls')).toEqual({
      stdout: '',
      stderr: 'ctr: failed to dial "/run/containerd/containerd.sock": context deadline exceeded\n',
      exit: 1,
    });
  });

  it('prints the debug line import logs, and refuses the registry chatter of a pull', async () => {
    const node = makeImagesNode({ online: true });
    const r = await ctr(node, '--debug images import /root/busybox-oci.tar');
    expect(r.stderr).toMatch(/^time="[^"]+" level=debug msg="unpacking 1 images"\n$/);
    expect((await ctr(node, '--debug images import --no-unpack /root/nginx-docker.tar')).stderr).toBe('');
    expect((await ctr(node, '--debug namespaces ls')).stderr).toBe('');
    importFixture(node, '/root/nginx-docker.tar');
    const pull = await ctr(node, '--debug images pull docker.io/library/busybox:latest');
    expect(pull.stderr).toMatch(/is not simulated here/);
    expect(pull.exit).toBe(1);
  });
});
