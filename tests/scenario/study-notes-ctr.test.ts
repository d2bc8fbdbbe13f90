// Every ctr command of the study notes, in the notes' order, on one simulated node: each gets
// the real tool's answer (some of them are errors on a real node too, e.g. the short name
// `nginx:alpine` that ctr does not normalise), never an internal fault or a "not simulated".

import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/index';

/** [expected exit code, line]: the codes a real containerd 1.6.20 node gives in this order. */
const WALK_THROUGH: ReadonlyArray<readonly [number, string]> = [
  [0, 'ctr --version'],
  [0, 'ctr namespace create k8s.io'],
  [0, 'ctr namespace ls'],
  [0, 'ctr -n k8s.io image ls'],
  [0, 'ctr namespace rm k8s.io'],
  [1, 'ctr i pull nginx:alpine'],
  [0, 'ctr i pull docker.io/library/nginx:alpine'],
  [1, 'ctr images pull --user admin:Harbor12345 harbor.mydomain.com/k8s/pause:1.25.1'],
  [0, 'ctr images pull --user admin:Harbor12345 --tlscacert=/etc/containerd/harbor.mydomain.com/ca.crt harbor.mydomain.com/k8s/pause:1.25.1'],
  [1, 'ctr --namespace=k8s.io images push harbor.mydomain.com/k8s/pause:1.25.1 --skip-verify --user admin:Harbor12345'],
  [0, 'ctr i tag harbor.mydomain.com/k8s/pause:1.25.1 harbor.mydomain.com/k8s/pause:copy'],
  [0, 'ctr images push --skip-verify --user admin:Harbor12345 harbor.mydomain.com/k8s/pause:copy'],
  [0, 'ctr i check'],
  [0, 'ctr i export nginx.tar.gz docker.io/library/nginx:alpine'],
  [0, 'ctr i import nginx.tar.gz'],
  [0, 'ctr i list'],
  [0, 'ctr i ls -q'],
  [0, 'mkdir -p /tmp/nginx'],
  [0, 'ctr i mount docker.io/library/nginx:alpine /tmp/nginx'],
  [0, 'ls /tmp/nginx'],
  [0, 'ctr i unmount /tmp/nginx'],
  [0, 'ctr i tag docker.io/library/nginx:alpine my-nginx:v1'],
  [1, 'ctr -n k8s.io i tag my-nginx:v1 harbor.mydomain.com/my-nginx:v1'],
  [0, 'ctr i convert --oci docker.io/library/nginx:alpine nginx:alpine-oci'],
  [0, 'ctr i convert docker.io/library/nginx:alpine nginx:alpine-docker'],
  [0, 'ctr c create docker.io/library/nginx:alpine my-nginx'],
  [0, 'ctr c info my-nginx | head -5'],
  [0, 'ctr c list'],
  [0, 'ctr c label my-nginx mylabel=nginx'],
  [0, 'ctr c checkpoint my-nginx mycheckpoint'],
  [1, 'ctr c restore my-nginx mycheckpoint'],
  [0, 'ctr t start -d my-nginx'],
  [0, 'ctr t list'],
  [0, 'ctr t ps my-nginx'],
  [0, 'ctr t exec --exec-id 997 my-nginx ls /'],
  [2, 'ctr t exec --exec-id 998 -t my-nginx /bin/sh'],
  [0, 'ctr t pause my-nginx'],
  [0, 'ctr t resume my-nginx'],
  [1, 'ctr t kill --exec-id 999 -s SIGTERM my-nginx'],
  [0, 'ctr t metric my-nginx'],
  [0, 'ctr t kill my-nginx'],
  [0, 'ctr t ls'],
  [0, 'ctr t rm my-nginx'],
  [1, 'ctr t delete my-nginx'],
  [0, 'ctr c delete my-nginx'],
  [0, 'ctr c create docker.io/library/nginx:alpine my-nginx'],
  [0, 'ctr c del my-nginx'],
  [0, 'ctr i remove nginx:alpine'],
  [0, 'ctr i rm docker.io/library/nginx:alpine'],
];

describe('the study notes, ctr walk-through', () => {
  const session = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) });
  for (const [code, line] of WALK_THROUGH) {
    it(`$ ${line}`, async () => {
      const r = await session.run(line);
      const all = r.stdout + r.stderr;
      expect(all).not.toMatch(/internal simulator error|not simulated here/);
      expect(r.exitCode, all).toBe(code);
    });
  }

  it('leaves the state the notes describe', async () => {
    expect((await session.run('ctr i ls -q')).stdout).toBe(
      'harbor.mydomain.com/k8s/pause:1.25.1\nharbor.mydomain.com/k8s/pause:copy\nmy-nginx:v1\nmycheckpoint\nnginx:alpine-docker\nnginx:alpine-oci\n',
    );
    expect((await session.run('ctr c ls -q')).stdout).toBe('');
    expect((await session.run('ctr t ls -q')).stdout).toBe('');
  });
});
