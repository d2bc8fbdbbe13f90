// Docker's detach keys on the terminal, with the bytes the browser terminal sends (Ctrl-P is
// \x10, Ctrl-Q \x11). Reference: docker/cli v20.10.24 hijack.go / run.go / start.go / attach.go
// / exec.go and moby/term proxy.go, ascii.go: run -it and start -ai detach silently with exit 0,
// attach and exec -it print `read escape sequence` and exit 1; the container keeps running and a
// later attach works again; a Ctrl-P followed by another key passes both on; without -t the keys
// are plain input. The daemon's refusals of a bad spec are in oracle 65-detach-keys-jobs.sh.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';
import { detachKeyBytes, EscapeProxy } from './detach-keys';

const HOST_PROMPT = 'root@node1:~# ';
const NOW = () => Date.UTC(2026, 11, 7, 7, 0, 0);

async function withBusybox() {
  const s = createSession({ seed: 5, now: NOW });
  await s.run('docker pull -q busybox');
  return s;
}

const running = async (s: Awaited<ReturnType<typeof withBusybox>>) => (await s.run("docker ps --format '{{.Names}} {{.Status}}'")).stdout;

describe('moby/term ToBytes', () => {
  it('reads single characters, ctrl-@ … ctrl-_ and DEL; refuses anything else', () => {
    expect(detachKeyBytes('ctrl-p,ctrl-q')).toBe('\x10\x11');
    expect(detachKeyBytes('a,ctrl-@,ctrl-[,ctrl-_,DEL')).toBe('a\x00\x1b\x1f\x7f');
    for (const bad of ['ab', 'ctrl-1', 'ctrl-', ',', 'ctrl-P', 'é']) expect(detachKeyBytes(bad)).toBeUndefined();
  });

  it('the escape proxy holds a partial sequence and passes it on with a key that breaks it', () => {
    const p = new EscapeProxy('');
    expect(p.feed('ls\x10')).toEqual({ pass: 'ls', detached: false });
    expect(p.feed('x')).toEqual({ pass: '\x10x', detached: false });
    // A second Ctrl-P is not looked at again as a new start (proxy.go resets to 0).
    expect(p.feed('\x10\x10\x11')).toEqual({ pass: '\x10\x10\x11', detached: false });
    expect(p.feed('\x10\x11')).toEqual({ pass: '', detached: true });
    expect(new EscapeProxy('ctrl-x,a').feed('echo\x18a')).toEqual({ pass: 'echo', detached: true });
  });
});

describe('detaching from a container on the terminal', () => {
  it('run -it: Ctrl-P Ctrl-Q leaves silently with 0, the shell keeps running; attach works again and detaches with its error', async () => {
    const s = await withBusybox();
    expect((await s.run('docker run -it --name box busybox sh', { tty: true })).stdout).toContain('/ # ');
    await s.run('echo hi > /tmp/x', { tty: true });
    expect(await s.run('\x10\x11', { tty: true })).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.prompt()).toBe(HOST_PROMPT);
    expect(await running(s)).toMatch(/^box Up /);
    // Attached late, the shell has printed its prompt already: nothing shows until a line.
    expect((await s.run('docker attach box', { tty: true })).stdout).toBe('');
    expect(s.prompt()).not.toBe(HOST_PROMPT);
    expect((await s.run('cat /tmp/x', { tty: true })).stdout).toBe('hi\n');
    // Typed in two reads: the Ctrl-P is held back until the Ctrl-Q completes the sequence.
    expect((await s.run('\x10', { tty: true })).stdout).toBe('');
    expect(await s.run('\x11', { tty: true })).toMatchObject({ stdout: '', stderr: 'read escape sequence\n', exitCode: 1 });
    expect(s.prompt()).toBe(HOST_PROMPT);
    expect(await running(s)).toMatch(/^box Up /);
  });

  it('--detach-keys and config.json’s detachKeys replace Ctrl-P Ctrl-Q', async () => {
    const s = await withBusybox();
    await s.run('docker run -it --detach-keys=ctrl-x,x --name box busybox sh', { tty: true });
    expect((await s.run('\x10\x11', { tty: true })).exitCode).toBe(0);
    expect(s.prompt()).toBe('/ # ');
    expect(await s.run('\x18x', { tty: true })).toMatchObject({ stderr: '', exitCode: 0 });
    expect(s.prompt()).toBe(HOST_PROMPT);
    await s.run(`mkdir -p /root/.docker && echo '{"detachKeys": "ctrl-a"}' > /root/.docker/config.json`);
    await s.run('docker attach box', { tty: true });
    expect(s.prompt()).not.toBe(HOST_PROMPT);
    expect(await s.run('\x01', { tty: true })).toMatchObject({ stderr: 'read escape sequence\n', exitCode: 1 });
    expect(await running(s)).toMatch(/^box Up /);
  });

  it('start -ai detaches silently; exec -it prints read escape sequence and leaves its shell running', async () => {
    const s = await withBusybox();
    await s.run('docker create -it --name box busybox sh');
    expect((await s.run('docker start -ai box', { tty: true })).stdout).toContain('/ # ');
    expect(s.prompt()).not.toBe(HOST_PROMPT);
    expect(await s.run('\x10\x11', { tty: true })).toMatchObject({ stderr: '', exitCode: 0 });
    expect((await s.run('docker exec -it box sh', { tty: true })).stdout).toContain('/ # ');
    expect(s.prompt()).not.toBe(HOST_PROMPT);
    expect(await s.run('\x10\x11', { tty: true })).toMatchObject({ stderr: 'read escape sequence\n', exitCode: 1 });
    // PID 1's sh and the exec's sh both still run.
    expect((await s.run("docker top box | awk 'NR > 1 {print $NF}'")).stdout).toBe('sh\nsh\n');
  });

  it('without -t the keys are only input: run -i keeps the shell', async () => {
    const s = await withBusybox();
    await s.run('docker run -i --name box busybox sh', { tty: true });
    await s.run('\x10\x11', { tty: true });
    expect(s.prompt()).not.toBe(HOST_PROMPT);
  });
});
