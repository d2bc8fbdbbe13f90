// `nerdctl ps` as released in 0.22.2 (cmd/nerdctl/ps.go@v0.22.2, pkg/formatter/formatter.go):
// tabwriter(4, 8, 4) columns, 12-char ids, the quoted command cut to 20 with "…", go-units
// ages ("About a minute ago"), STATUS words (Up, Exited (<code>) <age> ago, Created), ports.

import { describe, expect, it } from 'vitest';
import { nerdctlSession, type Run } from '../images/test-support';

async function twoContainers(): Promise<{ run: Run; nginx: string; once: string }> {
  const run = nerdctlSession();
  const nginx = (await run('nerdctl run -d --name mynginx -p 80:80 nginx:alpine')).out.trim();
  await run('nerdctl run --name once alpine echo hello');
  const once = (await run('nerdctl inspect --format "{{.Id}}" once')).out.trim();
  await run('sleep 65');
  return { run, nginx, once };
}

describe('nerdctl ps', () => {
  it('lists every container with -a, in id order, padded by tabwriter(4,8,4)', async () => {
    const { run, nginx, once } = await twoContainers();
    const rows = [
      'CONTAINER ID    IMAGE                              COMMAND                   CREATED               STATUS                           PORTS                 NAMES',
      `${nginx.slice(0, 12)}    docker.io/library/nginx:alpine     "/docker-entrypoint.…"    About a minute ago    Up                               0.0.0.0:80->80/tcp    mynginx`,
      `${once.slice(0, 12)}    docker.io/library/alpine:latest    "echo hello"              About a minute ago    Exited (0) About a minute ago                          once`,
    ];
    const sorted = [rows[0], ...rows.slice(1).sort()];
    expect((await run('nerdctl ps -a')).out).toBe(`${sorted.join('\n')}\n`);
    expect((await run('nerdctl container ls -a')).out).toBe(`${sorted.join('\n')}\n`);
    expect((await run('nerdctl container list -a')).out).toBe(`${sorted.join('\n')}\n`);
  });

  it('shows only running containers without -a, and ids alone with -q', async () => {
    const { run, nginx } = await twoContainers();
    expect((await run('nerdctl ps')).out).toBe(
      'CONTAINER ID    IMAGE                             COMMAND                   CREATED               STATUS    PORTS                 NAMES\n' +
        `${nginx.slice(0, 12)}    docker.io/library/nginx:alpine    "/docker-entrypoint.…"    About a minute ago    Up        0.0.0.0:80->80/tcp    mynginx\n`,
    );
    expect((await run('nerdctl ps -q')).out).toBe(`${nginx.slice(0, 12)}\n`);
    expect((await run('nerdctl ps -a -q --no-trunc')).out.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('keeps the full id and command with --no-trunc, and takes the newest with -n 1 / -l', async () => {
    const { run, nginx, once } = await twoContainers();
    const full = (await run('nerdctl ps --no-trunc')).out;
    expect(full).toContain(`${nginx}    docker.io/library/nginx:alpine    "/docker-entrypoint.sh nginx -g daemon off;"    About a minute ago`);
    const last = (await run('nerdctl ps -n 1')).out;
    expect(last).toBe(
      'CONTAINER ID    IMAGE                              COMMAND         CREATED               STATUS                           PORTS    NAMES\n' +
        `${once.slice(0, 12)}    docker.io/library/alpine:latest    "echo hello"    About a minute ago    Exited (0) About a minute ago             once\n`,
    );
    expect((await run('nerdctl ps -l')).out).toBe(last);
  });

  it('says Created for a container without a task, and the exit code of a killed one', async () => {
    const run = nerdctlSession();
    const id = (await run('nerdctl create --name made alpine sleep 100')).out.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect((await run('nerdctl ps -a')).out).toContain(`${id.slice(0, 12)}    docker.io/library/alpine:latest    "sleep 100"    Less than a second ago    Created             made`);
    await run('nerdctl start made');
    await run('sleep 3');
    expect((await run('nerdctl kill made')).out).toBe(`${id}\n`);
    expect((await run('nerdctl ps -a')).out).toContain('Exited (137) Less than a second ago');
  });

  it('refuses the raw format and -q with a template', async () => {
    const run = nerdctlSession();
    expect(await run('nerdctl ps --format raw')).toMatchObject({ code: 1, err: expect.stringContaining('msg="unsupported format: \\"raw\\""') });
    expect(await run('nerdctl ps -q --format "{{.ID}}"')).toMatchObject({ code: 1, err: expect.stringContaining('msg="format and quiet must not be specified together"') });
  });
});
