// docker build with DOCKER_BUILDKIT=1 as a private real dockerd 20.10.24 printed it (this
// machine's docker.io with its builtin BuildKit 0.8, base image busybox loaded with docker load;
// tests/oracle/docker/scripts/14-build.sh holds the lines that agree verbatim): buildkit 0.8's
// plain progress on stderr (`#N name`, `#N sha256:<vertex digest>`, statuses, `#N DONE 0.1s`),
// CACHED steps and the same image id on a rebuild, FROM CACHED when the next step runs, the
// moby exporter's `writing image` / `naming to`, the context sent only for COPY's sources, and
// the errors of a missing Dockerfile, an unknown instruction, a failing RUN and a missing stage.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const NOW = Date.UTC(2026, 11, 5, 5, 10, 0);
const DOCKERFILE = 'FROM busybox\\nRUN echo built > /built\\nCMD ["cat", "/built"]\\n';

async function prepared() {
  const s = createSession({ seed: 21, now: () => NOW });
  const run = async (line: string, tty = false) => {
    const r = await s.run(line, { tty });
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  await run('docker pull -q busybox');
  await run(`mkdir -p /root/ctx && cd /root/ctx && printf '${DOCKERFILE}' > Dockerfile && echo hello > a.txt && export DOCKER_BUILDKIT=1`);
  return run;
}

/** The lines with the vertex digests and step times as the oracle's normaliser leaves them comparable. */
const shape = (text: string) => text.replace(/sha256:[0-9a-f]{64}/g, 'sha256:D').replace(/ \d+\.\ds( done)?$/gm, ' Ts$1').replace(/^(#\d+) \d+\.\d{3} /gm, '$1 T ');

describe('docker build with BuildKit (DOCKER_BUILDKIT=1)', () => {
  it('prints buildkit 0.8\'s plain progress on stderr, then builds from the cache with the same image id', async () => {
    const run = await prepared();
    const first = await run('docker build -t x .');
    expect([first.stdout, first.exitCode]).toEqual(['', 0]);
    expect(shape(first.stderr)).toBe(
      [
        '#1 [internal] load build definition from Dockerfile',
        '#1 sha256:D',
        '#1 transferring dockerfile: 96B done',
        '#1 DONE Ts',
        '',
        '#2 [internal] load .dockerignore',
        '#2 sha256:D',
        '#2 transferring context: 2B done',
        '#2 DONE Ts',
        '',
        '#3 [internal] load metadata for docker.io/library/busybox:latest',
        '#3 sha256:D',
        '#3 DONE Ts',
        '',
        '#4 [1/2] FROM docker.io/library/busybox',
        '#4 sha256:D',
        '#4 DONE Ts',
        '',
        '#5 [2/2] RUN echo built > /built',
        '#5 sha256:D',
        '#5 DONE Ts',
        '',
        '#6 exporting to image',
        '#6 sha256:D',
        '#6 exporting layers Ts done',
        '#6 writing image sha256:D done',
        '#6 naming to docker.io/library/x done',
        '#6 DONE Ts',
        '',
      ].join('\n'),
    );
    const id = /writing image (sha256:[0-9a-f]{64})/.exec(first.stderr)?.[1];
    const again = await run('docker build --progress=plain -t x:2 -t x:3 .');
    expect(again.stderr).toContain('#1 transferring dockerfile: 31B done\n');
    expect(again.stderr).toMatch(/#5 \[2\/2\] RUN echo built > \/built\n#5 sha256:[0-9a-f]{64}\n#5 CACHED\n/);
    expect(again.stderr).toContain(`#6 exporting layers done\n#6 writing image ${id} done\n#6 naming to docker.io/library/x:2 done\n#6 naming to docker.io/library/x:3 done\n`);
    // The exporter's vertex is named by the digest of its name; the same steps keep their digests.
    const digests = (t: string) => [...t.matchAll(/^#\d+ (sha256:[0-9a-f]{64})$/gm)].map((m) => m[1]);
    expect(digests(again.stderr).slice(2)).toEqual(digests(first.stderr).slice(2));
    expect(digests(first.stderr)[5]).toBe('sha256:e8c613e07b0b7ff33893b694f7759a10d42e180f2b4dc349fb57dc6b71dcab00');
    expect(await run('docker build -q -t y .')).toEqual({ stdout: `${id}\n`, stderr: '', exitCode: 0 });
    const fresh = await run('docker build --no-cache -t x .');
    expect(fresh.stderr).toMatch(/#4 \[1\/2\] FROM docker\.io\/library\/busybox\n#4 sha256:[0-9a-f]{64}\n#4 CACHED\n/);
    expect(fresh.stderr).not.toContain(id);
    expect((await run('docker run --rm x')).stdout).toBe('built\n');
    // (The test's clock stands still, so the images' order by creation is not asserted.)
    expect((await run("docker images --format '{{.Repository}}:{{.Tag}}' | sort")).stdout).toBe('busybox:latest\nx:2\nx:3\nx:latest\ny:latest\n');
    const history = (await run("docker history --format '{{.CreatedBy}}|{{.Comment}}' x")).stdout.split('\n').slice(0, 2);
    expect(history).toEqual(['CMD ["cat" "/built"]|buildkit.dockerfile.v0', 'RUN /bin/sh -c echo built > /built # buildkit|buildkit.dockerfile.v0']);
    // No intermediate images: busybox, the first build's and the --no-cache build's.
    expect((await run('docker images -a -q | sort -u')).stdout.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('multi-stage: --target and --build-arg; the context sends only what COPY names', async () => {
    const run = await prepared();
    await run(`printf 'ARG V=1\\nFROM busybox AS base\\nARG V\\nRUN echo $V > /v\\nFROM base AS final\\nCOPY a.txt /a.txt\\n' > Multi`);
    const base = await run('docker build -f Multi --build-arg V=2 --target base -t m .');
    expect(base.stderr).toContain('#1 transferring dockerfile: 121B done\n');
    expect(base.stderr).toContain('\n#4 [base 1/2] FROM docker.io/library/busybox\n');
    expect(base.stderr).toContain('\n#5 [base 2/2] RUN echo 2 > /v\n');
    expect(base.stderr).not.toContain('load build context');
    const all = await run('docker build -f Multi --build-arg V=2 --build-arg W=3 -t m2 .');
    expect(shape(all.stderr)).toContain('#5 [base 2/2] RUN echo 2 > /v\n#5 sha256:D\n#5 CACHED\n\n#6 [internal] load build context\n#6 sha256:D\n#6 transferring context: 38B done\n#6 DONE Ts\n\n#7 [final 1/1] COPY a.txt /a.txt\n');
    expect((await run('docker run --rm m2 cat /v /a.txt')).stdout).toBe('2\nhello\n');
  });

  it('bad input: buildkit\'s errors after the progress, exit 1', async () => {
    const run = await prepared();
    const empty = await run('mkdir -p /root/empty && docker build -t bad /root/empty');
    expect(empty.exitCode).toBe(1);
    expect(shape(empty.stderr)).toMatch(
      /^#1 \[internal\] load build definition from Dockerfile\n#1 sha256:D\n#1 transferring dockerfile: 2B done\n#1 DONE Ts\nfailed to solve with frontend dockerfile\.v0: failed to read dockerfile: open \/var\/lib\/docker\/tmp\/buildkit-mount\d{10}\/Dockerfile: no such file or directory\n$/,
    );
    await run(`printf 'FROM busybox\\nRUN echo hi\\nFORM busybox\\n' > Bad.Dockerfile`);
    const bad = await run('docker build -f Bad.Dockerfile -t bad .');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(/#2 DONE 0\.0s\nfailed to solve with frontend dockerfile\.v0: failed to create LLB definition: dockerfile parse error line 3: unknown instruction: FORM\n$/);
    await run(`printf 'FROM busybox\\nRUN echo start && exit 7\\n' > Fail`);
    const fail = await run('docker build -f Fail -t bad .');
    expect([fail.exitCode, shape(fail.stderr).split('\n').slice(-9)]).toEqual([
      1,
      [
        '#5 [2/2] RUN echo start && exit 7',
        '#5 sha256:D',
        '#5 T start',
        '#5 ERROR: executor failed running [/bin/sh -c echo start && exit 7]: exit code: 7',
        '------',
        ' > [2/2] RUN echo start && exit 7:',
        '------',
        'executor failed running [/bin/sh -c echo start && exit 7]: exit code: 7',
        '',
      ],
    ]);
    expect((await run('docker build --target nope -t m .')).stderr).toMatch(/\nfailed to solve with frontend dockerfile\.v0: failed to create LLB definition: target stage nope could not be found\n$/);
    expect(await run('docker build --progress=bogus -t x .')).toEqual({ stdout: '', stderr: 'invalid value "bogus" passed to --progress, valid values are: auto, plain, tty\n', exitCode: 1 });
    expect(await run('docker build -t bad nosuchdir')).toEqual({ stdout: '', stderr: 'unable to prepare context: path "nosuchdir" not found\n', exitCode: 1 });
    expect((await run("docker images --format '{{.Repository}}'")).stdout).toBe('busybox\n');
  });

  it('on a terminal: the redrawn [+] Building view, FINISHED at the end; --progress=tty on a pipe prints lines', async () => {
    const run = await prepared();
    const r = await run('docker build -t t1 .', true);
    expect([r.exitCode, r.stdout]).toEqual([0, '']);
    const frames = r.stderr.split('\x1b[?25l').slice(1);
    expect(frames[frames.length - 1]).toMatch(/^\[\+\] Building \d+\.\ds \(6\/6\) FINISHED +\n/);
    expect(frames[frames.length - 1]).toContain('\x1b[34m => => naming to docker.io/library/t1');
    expect((await run('docker build --progress=tty -t t1 . 2>&1 | head -1')).stdout).toBe('#1 [internal] load build definition from Dockerfile\n');
  });

  it('a base image not in dockerd\'s store is resolved and pulled: FROM pinned to its digest, with the download', async () => {
    const run = await prepared();
    await run(`mkdir -p /root/web && printf "FROM nginx:alpine\\nRUN echo 'Build Image From Docker' > /usr/share/nginx/html/index.html\\n" > /root/web/Dockerfile`);
    const r = await run('docker build -t web /root/web');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('\n#3 [internal] load metadata for docker.io/library/nginx:alpine\n');
    const from = /\n#4 \[1\/2\] FROM (docker\.io\/library\/nginx:alpine@sha256:[0-9a-f]{64})\n/.exec(r.stderr)?.[1];
    expect(from).toBeDefined();
    expect(r.stderr).toContain(`#4 resolve ${from} done\n`);
    expect(r.stderr).toMatch(/\n#4 sha256:[0-9a-f]{64} \d+(\.\d+)?[kM]?B \/ \d+(\.\d+)?[kM]?B \d+\.\ds done\n/);
    expect(r.stderr).toMatch(/\n#4 extracting sha256:[0-9a-f]{64} \d+\.\ds done\n/);
    expect((await run('docker run --rm web cat /usr/share/nginx/html/index.html')).stdout).toBe('Build Image From Docker\n');
    expect((await run("docker images --format '{{.Repository}}:{{.Tag}}' | sort")).stdout).toBe('busybox:latest\nnginx:alpine\nweb:latest\n');
    // Now local: no digest, no download, and the step from the cache.
    const again = await run('docker build -t web /root/web');
    expect(again.stderr).toMatch(/\n#4 \[1\/2\] FROM docker\.io\/library\/nginx:alpine\n#4 sha256:[0-9a-f]{64}\n#4 DONE 0\.0s\n/);
    expect(again.stderr).toContain('#5 CACHED\n');
  });

  it('keeps its cache in /var/lib/docker/buildkit: removing it runs the steps again', async () => {
    const run = await prepared();
    await run('docker build -q -t x .');
    expect((await run('docker build -t x .')).stderr).toContain('CACHED');
    await run('rm -rf /var/lib/docker/buildkit');
    expect((await run('docker build -t x .')).stderr).not.toContain('CACHED');
  });
});
