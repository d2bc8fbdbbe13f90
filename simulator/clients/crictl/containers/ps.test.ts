// `crictl ps` against cmd/crictl/container.go@v1.26.0 (ListContainers 1003-1086: the 8-column
// table, state filter, `unknown` POD without the pod-name label).

import { describe, expect, it } from 'vitest';
import { containersSession, createIn, POD_ID } from './test-support';

describe('crictl ps', () => {
  it('shows running containers only; -a adds the others, in the 8 columns of 1.26', async () => {
    const { run } = await containersSession();
    const a = await createIn(run);
    expect((await run('crictl ps')).out).toBe(
      'CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD\n',
    );
    await run(`crictl start ${a}`);
    await run('sleep 3');
    const ps = await run('crictl ps');
    // container.go:1045-1051: id and pod id cut to 13, the config's image as written, POD `unknown`.
    expect(ps.out).toBe(
      'CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD\n' +
        `${a.slice(0, 13)}       busybox             3 seconds ago       Running             busybox             0                   ${POD_ID.slice(0, 13)}       unknown\n`,
    );
    expect((await run('crictl ps -q')).out).toBe(`${a}\n`);
  });

  it('-s exited, --name, -l and a bad --state', async () => {
    const { run } = await containersSession();
    const a = await createIn(run);
    await run(`crictl start ${a}`);
    await run(`crictl stop ${a}`);
    expect((await run('crictl ps -q')).out).toBe('');
    expect((await run('crictl ps -q -s exited')).out).toBe(`${a}\n`);
    expect((await run('crictl ps -q -a --name ^busy')).out).toBe(`${a}\n`);
    expect((await run('crictl ps -q -a --name nomatch')).out).toBe('');
    expect((await run('crictl ps -q -l')).out).toBe(`${a}\n`);
    // container.go:1030: log.Fatalf of the standard logger, exit 1.
    const bad = await run('crictl ps -s stopped');
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d --state should be one of created, running, exited or unknown\n$/);
  });

  it('-o json prints the ListContainersResponse with int64 as strings', async () => {
    const { run } = await containersSession();
    const a = await createIn(run);
    const json = JSON.parse((await run('crictl ps -a -o json')).out);
    expect(json.containers[0]).toMatchObject({ id: a, podSandboxId: POD_ID, state: 'CONTAINER_CREATED', metadata: { name: 'busybox', attempt: 0 } });
    expect(typeof json.containers[0].createdAt).toBe('string');
  });

  it('shows a ctr -n k8s.io t kill -s 9 of the container as Exited', async () => {
    const { run } = await containersSession();
    const a = await createIn(run);
    await run(`crictl start ${a}`);
    await run(`ctr -n k8s.io t kill -s 9 ${a}`);
    expect((await run('crictl ps -a')).out).toContain(`${a.slice(0, 13)}       busybox             Less than a second ago   Exited`);
    const status = JSON.parse((await run(`crictl inspect ${a}`)).out).status;
    expect(status).toMatchObject({ state: 'CONTAINER_EXITED', exitCode: 137, reason: 'Error' });
  });

  it('--image matches by image id; an image given by id shows 13 hex chars, and -r its first tag', async () => {
    const { run } = await containersSession();
    const imageId = (await run('crictl images -q')).out.trim().split('\n')[0] ?? '';
    expect(imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    await run(`sed 's/"image": "busybox"/"image": "${imageId}"/' /root/container-config.json > /root/by-id.json`);
    const id = await createIn(run, '/root/by-id.json');
    // container.go:1052-1055: kubelet passes the image id, cut like an id.
    expect((await run('crictl ps -a')).out.split('\n')[1]).toContain(`${id.slice(0, 13)}       ${imageId.slice(7, 20)}       `);
    // container.go:1057-1063: -r asks ImageStatus for the first tag.
    expect((await run('crictl ps -a -r')).out.split('\n')[1]).toContain(' docker.io/library/busybox:latest ');
    // util.go:329-346: both sides resolved to image ids.
    expect((await run('crictl ps -a -q --image busybox')).out).toBe(`${id}\n`);
    expect((await run('crictl ps -a -q --image nothere')).out).toBe('');
  });
});
