// The spec-shaping flags checked against the real containerd 1.6.20 in session 9 (oracle script
// 90-learner-containers-tasks.sh): --cpu-shares as Go's IntFlag, AppArmor on a node without it,
// --env without `=`, and the containers store's doubly wrapped filter error.
import { describe, expect, it } from 'vitest';
import { addTestImage } from '../../../containerd/containers/test-image';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../ctr-test-support';

const BB = 'docker.io/library/busybox:latest';

function setup() {
  const node = makeTestNode();
  addTestImage(node, 'default', BB);
  return node;
}

const spec = async (node: ReturnType<typeof setup>, id: string) =>
  JSON.parse((await ctr(node, `c info --spec ${id}`)).stdout) as { process: Record<string, unknown>; linux: { resources?: { cpu?: unknown } } };

describe('ctr run and c create spec flags', () => {
  it('takes any integer for --cpu-shares and sets the spec only when it is positive (run_unix.go)', async () => {
    const node = setup();
    expect((await ctr(node, `run --cpu-shares -5 ${BB} n1 true`)).exit).toBe(0);
    expect((await ctr(node, `run --cpu-shares 0 ${BB} z1 true`)).exit).toBe(0);
    expect((await ctr(node, `run --cpu-shares 512 ${BB} p1 true`)).exit).toBe(0);
    expect((await spec(node, 'n1')).linux.resources?.cpu).toBeUndefined();
    expect((await spec(node, 'z1')).linux.resources?.cpu).toBeUndefined();
    expect((await spec(node, 'p1')).linux.resources?.cpu).toEqual({ shares: 512 });
    expect((await ctr(node, `run --cpu-shares x ${BB} x1 true`)).stderr).toContain('invalid value "x" for flag -cpu-shares');
  });

  it('keeps --apparmor-profile in the spec, which runc then cannot apply; the default profile is refused before any container', async () => {
    const node = setup();
    expect(await ctr(node, `c create --apparmor-profile prof ${BB} a1`)).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect((await spec(node, 'a1')).process.apparmorProfile).toBe('prof');
    expect((await ctr(node, 't start a1')).stderr).toBe(
      'ctr: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ' +
        'error during container init: unable to apply apparmor profile: apparmor failed to apply profile: ' +
        'write /proc/self/attr/exec: invalid argument: unknown\n',
    );
    expect((await ctr(node, `run --apparmor-default-profile d ${BB} a2 true`)).stderr).toBe(
      'ctr: open /sys/kernel/security/apparmor/profiles: no such file or directory\n',
    );
    expect((await ctr(node, `run --apparmor-default-profile d --apparmor-profile p ${BB} a3 true`)).stderr).toBe(
      'ctr: apparmor-profile conflicts with apparmor-default-profile\n',
    );
    expect((await ctr(node, 'c ls -q')).stdout).toBe('a1\n');
    expect((await ctr(node, 'snapshots ls')).stdout).not.toMatch(/^a2 /m);
  });

  it('unsets an --env given without `=` instead of adding it (replaceOrAppendEnvValues)', async () => {
    const node = setup();
    await ctr(node, `c create --env A=1 --env B --env PATH ${BB} e1`);
    expect((await spec(node, 'e1')).process.env).toEqual(['A=1']);
    // An appended override is not indexed, so a later `A` does not unset it (real node, 126-fresh-flag-values.sh).
    await ctr(node, `c create --env PATH --env PATH=/x --env A=1 --env A ${BB} e2`);
    expect((await spec(node, 'e2')).process.env).toEqual(['PATH=/x', 'A=1']);
  });

  it('wraps a malformed containers filter once more, as metadata/containers.go List does', async () => {
    const node = setup();
    expect((await ctr(node, 'c ls bogus==')).stderr).toBe(
      'ctr: filters: parse error: [bogus==]: expected value or quoted: invalid argument: invalid argument\n',
    );
    expect((await ctr(node, 'content ls bogus==')).stderr).toBe('ctr: filters: parse error: [bogus==]: expected value or quoted: invalid argument\n');
  });
});
