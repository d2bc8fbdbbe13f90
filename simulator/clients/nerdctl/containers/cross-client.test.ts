// One node, several clients: a nerdctl container is a containerd container with nerdctl's
// labels (pkg/labels@v0.22.2), as `ctr c ls` / `ctr c info` show it; `nerdctl -n k8s.io ps -a`
// lists what the CRI plugin made, named `k8s://<ns>/<pod>[/<container>]` (ps.go:263-281).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';
import { CONTAINER_CONFIG, CRICTL_YAML, POD_CONFIG } from '../../../../tests/scenario/notes-crictl-files';
import { nerdctlSession } from '../images/test-support';

describe('nerdctl containers seen by other clients', () => {
  it('ctr c ls and ctr c info show the container with its nerdctl labels', async () => {
    const run = nerdctlSession();
    const id = (await run('nerdctl run -d --name mynginx -p 80:80 --label app=web nginx:alpine')).out.trim();
    expect((await run('ctr c ls')).out).toBe(
      'CONTAINER                                                           IMAGE                             RUNTIME                  \n' +
        `${id}    docker.io/library/nginx:alpine    io.containerd.runc.v2    \n`,
    );
    const info = JSON.parse((await run(`ctr c info ${id}`)).out) as { Labels: Record<string, string>; Spec: { hostname: string; annotations: Record<string, string>; hooks: Record<string, unknown> } };
    expect(info.Labels).toMatchObject({
      app: 'web',
      'nerdctl/name': 'mynginx',
      'nerdctl/namespace': 'default',
      'nerdctl/hostname': id.slice(0, 12),
      'nerdctl/networks': '["bridge"]',
      'nerdctl/ports': '[{"HostPort":80,"ContainerPort":80,"Protocol":"tcp","HostIP":"0.0.0.0"}]',
      'nerdctl/platform': 'linux/amd64',
      'nerdctl/state-dir': `/var/lib/nerdctl/1935db59/containers/default/${id}`,
      'io.containerd.image.config.stop-signal': 'SIGQUIT',
    });
    expect(info.Spec.hostname).toBe(id.slice(0, 12));
    expect(info.Spec.annotations['nerdctl/name']).toBe('mynginx');
    expect(Object.keys(info.Spec.hooks)).toEqual(['createRuntime', 'poststop']);
    expect((await run('ctr t ls')).out).toMatch(new RegExp(`^TASK +PID +STATUS +\\n${id} +\\d+ +RUNNING\\n$`));
  });

  it('a container ctr made has no nerdctl name: ps shows an empty NAMES cell', async () => {
    const run = nerdctlSession();
    await run('ctr i pull docker.io/library/alpine:latest');
    await run('ctr c create docker.io/library/alpine:latest plain');
    expect((await run('nerdctl ps -a')).out).toBe(
      'CONTAINER ID    IMAGE                              COMMAND      CREATED                   STATUS     PORTS    NAMES\n' +
        'plain           docker.io/library/alpine:latest    "/bin/sh"    Less than a second ago    Created             \n',
    );
  });

  it("nerdctl -n k8s.io ps -a names CRI's objects by the kubelet's labels (k8s://ns/pod[/container])", async () => {
    const s = createSession({ seed: 5, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) });
    // The kubelet puts these labels in its CRI requests; crictl sends what the config has.
    const labels = (extra: string) => `"labels": {"io.kubernetes.pod.namespace": "default", "io.kubernetes.pod.name": "web-0"${extra}},`;
    await s.run(CRICTL_YAML);
    await s.run(POD_CONFIG.replace('"log_directory"', `${labels('')}\n"log_directory"`));
    await s.run(CONTAINER_CONFIG.replace('"image":{', `${labels(', "io.kubernetes.container.name": "busybox"')}\n"image":{`));
    const pod = (await s.run('crictl runp pod-config.json')).stdout.trim();
    await s.run('crictl pull busybox');
    const ctr = (await s.run(`crictl create ${pod} container-config.json pod-config.json`)).stdout.trim();
    await s.run(`crictl start ${ctr}`);
    const out = (await s.run('nerdctl -n k8s.io ps -a --format "{{.ID}} {{.Names}} {{.Status}}"')).stdout;
    const expected = [`${pod.slice(0, 12)} k8s://default/web-0 Up`, `${ctr.slice(0, 12)} k8s://default/web-0/busybox Up`].sort();
    expect(out.trim().split('\n').sort()).toEqual(expected);
    // Nothing of it in nerdctl's default namespace.
    expect((await s.run('nerdctl ps -a')).stdout).toBe('CONTAINER ID    IMAGE    COMMAND    CREATED    STATUS    PORTS    NAMES\n');
    // A k8s:// name is not a request nerdctl takes.
    expect((await s.run('nerdctl -n k8s.io stop k8s://default/web-0')).stderr).toContain('specifying \\"k8s://...\\" form is not supported (Hint: specify ID instead)');
  });
});
