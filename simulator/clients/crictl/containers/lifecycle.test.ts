// `crictl create/start/stop/rm/update` against cmd/crictl/container.go@v1.26.0 and containerd
// 1.6.20's CRI plugin (tests/oracle/cri/fixtures/pod-lifecycle.json for the runtime's texts).

import { describe, expect, it } from 'vitest';
import { containersSession, createIn, POD_ID } from './test-support';

/** logrus's time field off a terminal. */
const untimed = (text: string) => text.replace(/time="[^"]*"/g, 'time="T"');

describe('crictl container life cycle', () => {
  it('create prints the id, start and stop print it back; ctr -n k8s.io sees the container and task', async () => {
    const { run } = await containersSession();
    const id = await createIn(run);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect((await run('ctr -n k8s.io c ls -q')).out).toContain(id);
    expect(await run(`crictl start ${id.slice(0, 6)}`)).toEqual({ out: `${id.slice(0, 6)}\n`, err: '', code: 0 });
    expect((await run('ctr -n k8s.io t ls')).out).toMatch(new RegExp(`${id}\\s+\\d+\\s+RUNNING`));
    expect(await run(`crictl stop -t 2 ${id}`)).toEqual({ out: `${id}\n`, err: '', code: 0 });
    expect((await run('ctr -n k8s.io t ls')).out).not.toContain(id);
    // busybox top in the pod's PID namespace is not PID 1: SIGTERM ends it (143), as the fixture's sleep.
    expect(JSON.parse((await run(`crictl inspect ${id}`)).out).status.exitCode).toBe(143);
  });

  it('start twice: the runtime refuses with the state in the message (fixture pod-lifecycle.json)', async () => {
    const { run } = await containersSession();
    const id = await createIn(run);
    await run(`crictl start ${id}`);
    const again = await run(`crictl start ${id}`);
    expect(again.code).toBe(1);
    expect(untimed(again.err)).toContain(
      `level=fatal msg="starting the container \\"${id}\\": rpc error: code = Unknown desc = failed to set starting state for container \\"${id}\\": container is in CONTAINER_RUNNING state"`,
    );
  });

  it('rm of a running container without -f is crictl own refusal; -f stops then removes', async () => {
    const { run } = await containersSession();
    const id = await createIn(run);
    await run(`crictl start ${id}`);
    const refused = await run(`crictl rm ${id}`);
    // container.go:375-378, then 390-392.
    expect(refused.code).toBe(1);
    expect(untimed(refused.err)).toBe(
      `time="T" level=error msg="container \\"${id}\\" is running, please stop it first"\ntime="T" level=fatal msg="unable to remove container(s)"\n`,
    );
    expect((await run('crictl ps -q')).out).toBe(`${id}\n`);
    // StopContainer and RemoveContainer each print the id.
    expect(await run(`crictl rm -f ${id}`)).toEqual({ out: `${id}\n${id}\n`, err: '', code: 0 });
    expect((await run('crictl ps -a -q')).out).toBe('');
    expect((await run('ctr -n k8s.io c ls -q')).out).not.toContain(id);
  });

  it('seed slip 20: crictl rm mynginx is an unknown id, not a name', async () => {
    const { run } = await containersSession();
    const r = await run('crictl rm mynginx');
    expect(r.code).toBe(1);
    expect(untimed(r.err)).toMatch(
      /level=error msg="rpc error: code = NotFound desc = an error occurred when try to find container \\"mynginx\\": not found"\ntime="T" level=fatal msg="unable to remove container\(s\)"\n$/,
    );
  });

  it('an ambiguous prefix is the truncindex error; an unknown one is not found', async () => {
    const { run } = await containersSession();
    // 17 ids share a first hex digit somewhere (pigeonhole).
    const ids: string[] = [];
    for (let i = 0; i < 17; i++) {
      await run(`sed 's/"name": "busybox"/"name": "c${i}"/' /root/container-config.json > /root/c${i}.json`);
      ids.push(await createIn(run, `/root/c${i}.json`));
    }
    const digit = ids.map((id) => id[0]).find((d, i, all) => all.indexOf(d) !== i) ?? '';
    const r = await run(`crictl inspect ${digit}`);
    expect(r.code).toBe(1);
    // truncindex ErrAmbiguousPrefix, not errdefs: code Unknown (container_status.go wraps it).
    expect(untimed(r.err)).toContain(
      `msg="getting the status of the container \\"${digit}\\": rpc error: code = Unknown desc = an error occurred when try to find container \\"${digit}\\": Multiple IDs found with provided prefix: ${digit}"`,
    );
    const none = await run('crictl inspect zz');
    expect(untimed(none.err)).toContain('rpc error: code = NotFound desc = an error occurred when try to find container \\"zz\\": not found');
  });

  it('create with a missing image, a missing pod and a missing file', async () => {
    const { run } = await containersSession();
    await run(`sed -i 's/"image": "busybox"/"image": "nothere"/' /root/container-config.json`);
    const noImage = await run(`crictl create ${POD_ID} /root/container-config.json /root/pod-config.json`);
    expect(noImage.code).toBe(1);
    expect(untimed(noImage.err)).toContain('level=fatal msg="creating container: rpc error: code = NotFound desc = failed to resolve image \\"nothere\\": not found"');
    const noPod = await run('crictl create f00dbeef /root/container-config.json /root/pod-config.json');
    expect(untimed(noPod.err)).toContain('creating container: rpc error: code = NotFound desc = failed to find sandbox id \\"f00dbeef\\": not found');
    const noFile = await run(`crictl create ${POD_ID} /root/nope.json /root/pod-config.json`);
    expect(untimed(noFile.err)).toContain('level=fatal msg="creating container: config at /root/nope.json not found"');
    expect((await run('crictl ps -a -q')).out).toBe('');
  });

  it('create --with-pull pulls the image first', async () => {
    const { run } = await containersSession();
    await run('ctr -n k8s.io i rm docker.io/library/busybox:latest');
    const id = (await run(`crictl create --with-pull ${POD_ID} /root/container-config.json /root/pod-config.json`)).out.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect((await run('crictl images -q')).out).not.toBe('');
  });

  it('a second create of the same name is refused with the name reservation text', async () => {
    const { run } = await containersSession();
    const id = await createIn(run);
    const r = await run(`crictl create ${POD_ID} /root/container-config.json /root/pod-config.json`);
    expect(untimed(r.err)).toContain(
      `rpc error: code = Unknown desc = failed to reserve container name \\"busybox_web_default_uid-web-1_0\\": name \\"busybox_web_default_uid-web-1_0\\" is reserved for \\"${id}\\"`,
    );
  });

  it('update sets the limits that inspect then shows', async () => {
    const { run } = await containersSession();
    const id = await createIn(run);
    await run(`crictl start ${id}`);
    expect((await run(`crictl update --cpu-share 512 --memory 67108864 ${id}`)).out).toBe(`${id}\n`);
    const resources = JSON.parse((await run(`crictl inspect ${id}`)).out).status.resources.linux;
    expect(resources).toMatchObject({ cpuShares: '512', memoryLimitInBytes: '67108864', memorySwapLimitInBytes: '67108864' });
  });

  it('start in a pod that is no longer ready fails and leaves the container EXITED 128 StartError (container_start.go:66-91 @v1.6.20)', async () => {
    const { run, node } = await containersSession();
    const id = await createIn(run);
    const pod = node.state.cri.sandboxes[POD_ID];
    if (pod) pod.state = 'SANDBOX_NOTREADY';
    const r = await run(`crictl start ${id}`);
    expect(untimed(r.err)).toContain(`rpc error: code = Unknown desc = sandbox container \\"${POD_ID}\\" is not running`);
    const status = JSON.parse((await run(`crictl inspect ${id}`)).out).status;
    expect(status).toMatchObject({ state: 'CONTAINER_EXITED', exitCode: 128, reason: 'StartError', message: `sandbox container "${POD_ID}" is not running` });
  });
});
