// The classic builder's step containers, triggers and options as a private real dockerd
// 20.10.24 showed them (tests/oracle/docker/scripts/57-classic-build.sh, 0 lines differing):
// a failed RUN's container stays (`docker ps -a`), --rm=false keeps every step's, --force-rm
// removes even the failed one; ONBUILD triggers run at FROM (`# Executing 1 build trigger`);
// --label adds a LABEL step to the last stage; ARGs before FROM get steps; a Dockerfile on
// stdin is a context of its own; -t and -m are refused as pflag refuses them.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const NOW = Date.UTC(2026, 11, 7, 1, 0, 0);

async function prepared() {
  const s = createSession({ seed: 57, now: () => NOW });
  const run = async (line: string, stdin?: string) => {
    const r = await s.run(stdin === undefined ? line : `cd /root/c && printf '${stdin}' | ${line}`);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  await run('docker pull -q busybox');
  await run("mkdir -p /root/c && cd /root/c && printf 'FROM busybox\\nRUN echo one && exit 3\\n' > Fail && printf 'FROM busybox\\nARG V=def\\nRUN echo v=$V > /v\\nCMD cat /v\\n' > Args && echo x > a.txt");
  return run;
}

const count = async (run: Awaited<ReturnType<typeof prepared>>) => (await run('docker ps -aq')).stdout.split('\n').filter(Boolean).length;

describe('docker build: the steps\' containers', () => {
  it('keeps a failed RUN\'s container, every one with --rm=false, none with --force-rm', async () => {
    const run = await prepared();
    const failed = await run('cd /root/c && docker build -f Fail -t bad .');
    expect(failed.exitCode).toBe(3);
    expect(failed.stdout).not.toContain('Removing intermediate container');
    expect(failed.stderr).toBe("The command '/bin/sh -c echo one && exit 3' returned a non-zero code: 3\n");
    expect(await count(run)).toBe(1);
    expect((await run('docker ps -a --format "{{.Status}}"')).stdout).toMatch(/^Exited \(3\) /);
    const kept = await run('cd /root/c && docker build --rm=false --no-cache -f Args -t kept .');
    expect(kept.exitCode).toBe(0);
    expect(kept.stdout).not.toContain('Removing intermediate container');
    expect(await count(run)).toBe(4);
    const forced = await run('cd /root/c && docker build --force-rm -f Fail -t bad .');
    expect(forced.stdout).toMatch(/one\nRemoving intermediate container [0-9a-f]{12}\n$/);
    expect(await count(run)).toBe(4);
  });
});

describe('docker build: what the Dockerfile and the options add', () => {
  it('runs the base image\'s ONBUILD triggers at FROM, and the new image keeps none', async () => {
    const run = await prepared();
    await run("cd /root/c && printf 'FROM busybox\\nONBUILD RUN echo child\\n' > Parent && printf 'FROM parent\\nRUN true\\n' > Child && docker build -q -f Parent -t parent . > /dev/null");
    const child = await run('cd /root/c && docker build -f Child -t child .');
    expect(child.stdout).toMatch(/Step 1\/2 : FROM parent\n# Executing 1 build trigger\n ---> Running in [0-9a-f]{12}\nchild\nRemoving intermediate container [0-9a-f]{12}\n ---> [0-9a-f]{12}\nStep 2\/2 : RUN true\n/);
    expect((await run("docker image inspect -f '{{json .Config.OnBuild}}' child")).stdout).toBe('null\n');
  });

  it('adds --label as a last LABEL step, and gives ARGs before FROM steps of their own', async () => {
    const run = await prepared();
    const labelled = await run('cd /root/c && docker build --label b=2 --label a=1 -f Args -t l .');
    expect(labelled.stdout).toContain('Step 5/6 : LABEL a=1\n');
    expect(labelled.stdout).toContain('Step 6/6 : LABEL b=2\n');
    expect((await run("docker image inspect -f '{{json .Config.Labels}}' l")).stdout).toBe('{"a":"1","b":"2"}\n');
    await run("cd /root/c && printf 'ARG BASE=busybox\\nFROM $BASE\\nRUN echo ok\\n' > Meta");
    expect((await run('cd /root/c && docker build -f Meta -t m .')).stdout).toMatch(/^Sending build context to Docker daemon +[\d.]+kB\r\r\nStep 1\/3 : ARG BASE=busybox\nStep 2\/3 : FROM \$BASE\n ---> [0-9a-f]{12}\n/);
  });

  it('builds a Dockerfile given on stdin as a context of its own', async () => {
    const run = await prepared();
    const built = await run('docker build -t s -', 'FROM busybox\\nRUN echo from-stdin\\n');
    expect(built.exitCode).toBe(0);
    expect(built.stdout).toMatch(/^Sending build context to Docker daemon {2}2\.048kB\r\r\nStep 1\/2 : FROM busybox\n/);
    expect(built.stdout).toContain('from-stdin\n');
  });

  it('refuses a bad tag or size before sending anything, and an isolation Linux lacks after', async () => {
    const run = await prepared();
    expect(await run('cd /root/c && docker build -t Bad:Tag .')).toEqual({
      stdout: '',
      stderr: 'invalid argument "Bad:Tag" for "-t, --tag" flag: invalid reference format: repository name must be lowercase\nSee \'docker build --help\'.\n',
      exitCode: 125,
    });
    expect((await run('cd /root/c && docker build -m 10x .')).stderr).toBe('invalid argument "10x" for "-m, --memory" flag: invalid size: \'10x\'\nSee \'docker build --help\'.\n');
    const hyperv = await run('cd /root/c && docker build --isolation hyperv -f Args .');
    expect([hyperv.stderr, hyperv.exitCode]).toEqual(['Error response from daemon: Unsupported isolation: "hyperv"\n', 1]);
  });
});

describe('docker build: round K of the real dockerd (58-build-images.sh)', () => {
  it('runs RUN as the stage\'s USER, and refuses a --chown group the image lacks', async () => {
    const run = await prepared();
    await run("cd /root/c && printf 'FROM busybox\\nUSER nobody\\nRUN whoami; id -g\\n' > User && printf 'FROM busybox\\nCOPY --chown=nobody:nosuchgroup a.txt /o\\n' > Chown");
    expect((await run('cd /root/c && docker build -f User -t u .')).stdout).toContain('nobody\n65534\n');
    const chown = await run('cd /root/c && docker build -f Chown -t c .');
    expect([chown.stderr, chown.exitCode]).toEqual(['unable to convert uid/gid chown string to host mapping: can\'t find gid for group nosuchgroup: no such group: nosuchgroup\n', 1]);
  });

  it('prints a -q build\'s output on stderr when it fails', async () => {
    const run = await prepared();
    const failed = await run('cd /root/c && docker build -q -f Fail -t bad .');
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^Sending build context to Docker daemon +[\d.]+kB\r\r\nStep 1\/2 : FROM busybox\n ---> [0-9a-f]{12}\nStep 2\/2 : RUN echo one && exit 3\n ---> Running in [0-9a-f]{12}\none\nThe command '\/bin\/sh -c echo one && exit 3' returned a non-zero code: 3\n$/);
  });

  it('reads .dockerignore as fileutils does: ** spans no directory too, ! re-includes', async () => {
    const run = await prepared();
    await run("cd /root/c && printf '**/*.tmp\\n!keep.tmp\\n' > .dockerignore && mkdir -p d && touch d/y.tmp keep.tmp z.tmp && printf 'FROM busybox\\nCOPY . /c/\\n' > Ign && docker build -q -f Ign -t i . > /dev/null");
    const listed = (await run('docker run --rm i ls /c /c/d')).stdout;
    expect(listed).toContain('keep.tmp');
    expect(listed).not.toContain('z.tmp');
    expect(listed).not.toContain('y.tmp');
  });

  it('unpacks a local tar with ADD and keeps it whole with COPY', async () => {
    const run = await prepared();
    await run("cd /root/c && mkdir -p t && echo inside > t/in.txt && tar -cf t.tar -C t in.txt && printf 'FROM busybox\\nADD t.tar /u/\\nCOPY t.tar /c/\\n' > AddTar && docker build -q -f AddTar -t a . > /dev/null");
    expect((await run('docker run --rm a ls /u /c')).stdout).toBe('/c:\nt.tar\n\n/u:\nin.txt\n');
  });

  it('gives the proxy args to RUN without an ARG, and keeps them out of the history', async () => {
    const run = await prepared();
    await run("cd /root/c && printf 'FROM busybox\\nRUN echo $HTTP_PROXY\\n' > Proxy");
    expect((await run('cd /root/c && docker build --build-arg HTTP_PROXY=http://p:3128 -f Proxy -t p .')).stdout).toContain('http://p:3128\n');
    expect((await run("docker history --format '{{.CreatedBy}}' p")).stdout.split('\n')[0]).toBe('|0 /bin/sh -c echo $HTTP_PROXY');
  });
});
