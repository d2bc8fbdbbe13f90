// `crictl inspect` against cmd/crictl/container.go@v1.26.0: marshalContainerStatus (849-877:
// createdAt/startedAt/finishedAt as RFC 3339, Go's zero time where the state has none), the
// status fields in declaration order then `info` (util.go:214-258), and the table form
// (916-953: Labels/Annotations only when there are some, Exit Code once exited).

import { describe, expect, it } from 'vitest';
import { rfc3339NanoOf } from './inspect';
import { containersSession, createIn, TEST_NOW_MS } from './test-support';

describe('crictl inspect', () => {
  it('json: status keys in ContainerStatus order, then info; a created container has zero start/finish times', async () => {
    const { run } = await containersSession();
    const id = await createIn(run);
    const out = (await run(`crictl inspect ${id}`)).out;
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['status', 'info']);
    expect(Object.keys(parsed.status)).toEqual([
      'id', 'metadata', 'state', 'createdAt', 'startedAt', 'finishedAt', 'exitCode', 'image', 'imageRef',
      'reason', 'message', 'labels', 'annotations', 'mounts', 'logPath', 'resources',
    ]);
    expect(parsed.status.startedAt).toBe('0001-01-01T00:00:00Z');
    expect(parsed.status.finishedAt).toBe('0001-01-01T00:00:00Z');
    expect(parsed.status.createdAt).toMatch(/^2026-12-04T22:00:00(\.\d+)?Z$/);
    // Nested maps are re-marshalled by encoding/json: keys sorted.
    expect(out).toContain('"image": {\n      "annotations": {},\n      "image": "docker.io/library/busybox:latest"\n    },');
    expect(Object.keys(parsed.info)).toEqual(['sandboxID', 'pid', 'removing', 'snapshotKey', 'snapshotter', 'runtimeType', 'runtimeOptions', 'config', 'runtimeSpec']);
    expect(parsed.info.config).toEqual({ metadata: { name: 'busybox' }, image: { image: 'busybox' }, command: ['top'], log_path: 'busybox.0.log', linux: {} });
  });

  it('-q drops the info; table and go-template forms; a bad -o', async () => {
    const { run } = await containersSession();
    const id = await createIn(run);
    await run(`crictl start ${id}`);
    await run(`crictl stop ${id}`);
    expect(Object.keys(JSON.parse((await run(`crictl inspect -q ${id}`)).out))).toEqual(['status']);
    await run('sleep 65');
    expect((await run(`crictl inspect -q -o table ${id}`)).out).toBe(
      `ID: ${id}\nName: busybox\nState: CONTAINER_EXITED\nCreated: About a minute ago\nStarted: About a minute ago\nFinished: About a minute ago\nExit Code: 137\n`,
    );
    expect((await run(`crictl inspect -o go-template --template '{{.status.exitCode}} {{.info.pid}}' ${id}`)).out).toBe('137 0\n');
    const bad = await run(`crictl inspect -o wide ${id}`);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`level=fatal msg="getting the status of the container \\"${id}\\": output option cannot be wide"`);
  });

  it('RFC 3339 times as Go prints them: trailing zeros dropped, none for whole seconds', () => {
    expect(rfc3339NanoOf(`${BigInt(TEST_NOW_MS) * 1_000_000n + 120_000_000n}`)).toBe('2026-12-04T22:00:00.12Z');
    expect(rfc3339NanoOf(`${BigInt(TEST_NOW_MS) * 1_000_000n}`)).toBe('2026-12-04T22:00:00Z');
    expect(rfc3339NanoOf('1')).toBe('1970-01-01T00:00:00.000000001Z');
  });
});
