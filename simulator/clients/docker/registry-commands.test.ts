// docker login, logout and push against the node's registries: a learner's registry:2 on
// localhost:5000 (started with nerdctl) and the private harbor.mydomain.com. Lines as a
// private real dockerd 20.10.24 printed them against a real registry:2 (distribution v2.8.1
// built from source, on a loopback port): `docker push localhost:5917/t1` gave
//   Using default tag: latest / The push refers to repository [localhost:5917/t1] /
//   <layer>: Preparing (top first) / <layer>: Pushed / latest: digest: sha256:… size: 942
// and again `Layer already exists`; login printed the two warnings and `Login Succeeded`,
// config.json got {"auths": {"localhost:5917": {"auth": "YTpi"}}} with tabs, logout
// `Removing login credentials for localhost:5917` (also when not logged in).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const NOW = Date.UTC(2026, 11, 5, 4, 50, 0);

function session() {
  const s = createSession({ seed: 9, now: () => NOW });
  return async (line: string) => {
    const r = await s.run(line);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
}

const WARNING =
  'WARNING! Your password will be stored unencrypted in /root/.docker/config.json.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/engine/reference/commandline/login/#credentials-store\n\n';

describe('docker push to a registry:2 on localhost:5000', () => {
  it('Preparing top first, Pushed, the digest line; a second push finds the layers', async () => {
    const run = session();
    expect((await run('nerdctl run -d -p 5000:5000 --name reg registry:2')).exitCode).toBe(0);
    await run('docker pull -q busybox');
    await run('docker tag busybox localhost:5000/bb');
    const first = await run('docker push localhost:5000/bb');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/^Using default tag: latest\nThe push refers to repository \[localhost:5000\/bb\]\n([0-9a-f]{12}): Preparing\n\1: Pushed\nlatest: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
    const again = await run('docker push localhost:5000/bb:latest');
    expect(again.stdout).toMatch(/^The push refers to repository \[localhost:5000\/bb\]\n([0-9a-f]{12}): Preparing\n\1: Layer already exists\nlatest: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
    // What was pushed is in the registry: pulled back by another client.
    expect((await run('nerdctl pull -q localhost:5000/bb:latest')).exitCode).toBe(0);
    expect((await run('docker push -q localhost:5000/bb:latest')).stdout).toBe('localhost:5000/bb:latest\n');
  });

  it('a one-layer image has the manifest size of the recorded push (`v2: digest: … size: 527`)', async () => {
    const run = session();
    await run('nerdctl run -d -p 5000:5000 --name reg registry:2');
    await run('mkdir -p /root/rfs/bin && echo x > /root/rfs/bin/busybox && tar -C /root/rfs -cf /root/rootfs.tar .');
    await run('docker import /root/rootfs.tar localhost:5000/t1:v2');
    // config and layer sizes of 3 and 3 digits (the recorded one: 895-byte config, 4+-digit layer) give 523..529.
    const line = (await run('docker push localhost:5000/t1:v2')).stdout.split('\n').at(-2) ?? '';
    expect(line).toMatch(/^v2: digest: sha256:[0-9a-f]{64} size: 52\d$/);
  });

  it('-a pushes every tag of the repository under one header', async () => {
    const run = session();
    await run('nerdctl run -d -p 5000:5000 --name reg registry:2');
    await run('docker pull -q busybox');
    await run('docker tag busybox localhost:5000/bb:1');
    await run('docker tag busybox localhost:5000/bb:2');
    const r = await run('docker push -a localhost:5000/bb');
    expect(r.stdout.match(/The push refers/g)?.length).toBe(1);
    expect(r.stdout).toMatch(/\n1: digest: sha256:[0-9a-f]{64} size: \d+\n.*\n2: digest: /s);
    expect((await run('docker push -a localhost:5000/bb:1')).stderr).toBe("tag can't be used with --all-tags/-a\n");
  });

  it('bad input: no registry listening, no such image, Docker Hub without login', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker tag busybox localhost:5000/bb');
    expect(await run('docker push localhost:5000/bb')).toEqual({
      stdout: 'Using default tag: latest\nThe push refers to repository [localhost:5000/bb]\n',
      stderr: 'Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused\n',
      exitCode: 1,
    });
    expect(await run('docker push nosuch:1')).toEqual({ stdout: 'The push refers to repository [docker.io/library/nosuch]\n', stderr: 'An image does not exist locally with the tag: nosuch\n', exitCode: 1 });
    await run('docker tag busybox me/bb:1');
    const hub = await run('docker push me/bb:1');
    expect([hub.stdout.replace(/[0-9a-f]{12}/, 'L'), hub.stderr, hub.exitCode]).toEqual(['The push refers to repository [docker.io/me/bb]\nL: Preparing\n', 'denied: requested access to the resource is denied\n', 1]);
  });
});

describe('docker login / logout', () => {
  it('harbor: x509 until dockerd trusts its CA in /etc/docker/certs.d, then the credentials; push needs them', async () => {
    const run = session();
    await run('docker pull -q busybox');
    await run('docker tag busybox harbor.mydomain.com/library/bb:1');
    expect((await run('docker login -u admin -p Harbor12345 harbor.mydomain.com')).stderr).toBe(
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://harbor.mydomain.com/v2/": x509: certificate signed by unknown authority\n',
    );
    await run('mkdir -p /etc/docker/certs.d/harbor.mydomain.com && cp /etc/containerd/harbor.mydomain.com/ca.crt /etc/docker/certs.d/harbor.mydomain.com/');
    const denied = await run('docker push harbor.mydomain.com/library/bb:1');
    expect([denied.stderr, denied.exitCode]).toEqual(['unauthorized: authentication required\n', 1]);
    expect((await run('echo wrong | docker login -u admin --password-stdin harbor.mydomain.com')).stderr).toBe(
      'Error response from daemon: Get "https://harbor.mydomain.com/v2/": unauthorized: authentication required\n',
    );
    expect(await run('echo Harbor12345 | docker login -u admin --password-stdin harbor.mydomain.com')).toEqual({ stdout: 'Login Succeeded\n', stderr: WARNING, exitCode: 0 });
    expect((await run('cat /root/.docker/config.json')).stdout).toBe('{\n\t"auths": {\n\t\t"harbor.mydomain.com": {\n\t\t\t"auth": "YWRtaW46SGFyYm9yMTIzNDU="\n\t\t}\n\t}\n}');
    expect((await run('docker push harbor.mydomain.com/library/bb:1')).stdout).toMatch(/: Pushed\n1: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
    expect((await run('docker push harbor.mydomain.com/library/bb:1')).stdout).toMatch(/: Layer already exists\n1: digest: /);
    expect(await run('docker logout harbor.mydomain.com')).toEqual({ stdout: 'Removing login credentials for harbor.mydomain.com\n', stderr: '', exitCode: 0 });
    expect((await run('cat /root/.docker/config.json')).stdout).toBe('{\n\t"auths": {}\n}');
    expect((await run('docker logout')).stdout).toBe('Removing login credentials for https://index.docker.io/v1/\n');
  });

  it('the real refusals of the CLI', async () => {
    const run = session();
    expect((await run('docker login -u a')).stderr).toBe('Error: Cannot perform an interactive login from a non TTY device\n');
    expect((await run('docker login --password-stdin')).stderr).toBe('Must provide --username with --password-stdin\n');
    expect((await run('docker login -u a -p b --password-stdin')).stderr).toBe('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n--password and --password-stdin are mutually exclusive\n');
    expect((await run('docker login -u a -p b')).stderr).toBe(
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password\n',
    );
  });
});
