import { describe, expect, it } from 'vitest';
import { formatColumns, TerminalController } from './terminal-controller';
import { RAW_KEYS_PROMPT } from '../../simulator/shell/screen/raw-keys';
import { fakeSession, FakeScreen } from './test-doubles';
import type { LineResult, RunOptions } from '../../simulator/shell/session-types';

const PROMPT = 'root@node1:~# ';
/** The prompt as a screen row shows it (trailing blank trimmed). */
const P = PROMPT.trimEnd();

/** Lets queued key handling and awaited runs settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

async function setup(script: Parameters<typeof fakeSession>[0] = {}, cols = 80) {
  const screen = new FakeScreen(cols);
  const session = fakeSession(script);
  let saves = 0;
  const controller = new TerminalController(screen, session, { afterCommand: () => (saves += 1) });
  await controller.start();
  return { screen, session, controller, saves: () => saves };
}

describe('TerminalController', () => {
  it('prints the prompt, echoes typing and runs the line on Enter', async () => {
    const { screen, session, controller, saves } = await setup({ outputs: { 'ctr i ls': 'REF TYPE\n' } });
    controller.input('c');
    controller.input('tr i ls');
    controller.input('\r');
    await settle();
    expect(session.ran).toEqual(['ctr i ls']);
    expect(screen.lines()).toEqual([`${PROMPT}ctr i ls`, 'REF TYPE', P]);
    expect(saves()).toBe(1);
  });

  it('runs with tty and realTime and converts LF to CRLF', async () => {
    const screen = new FakeScreen(80);
    const seen: unknown[] = [];
    const session = fakeSession();
    const run = session.run.bind(session);
    session.run = (line, options) => {
      seen.push({ tty: options?.tty, realTime: options?.realTime });
      return run(line, options);
    };
    const controller = new TerminalController(screen, session);
    await controller.start();
    controller.input('x\r');
    await settle();
    expect(seen).toEqual([{ tty: true, realTime: true }]);
    expect(screen.written).toContain('ran: x\r\n');
  });

  it('does not run empty lines', async () => {
    const { session, controller, screen } = await setup();
    controller.input('\r');
    await settle();
    expect(session.ran).toEqual([]);
    expect(screen.lines()).toEqual([P, P]);
  });

  it('edits with arrows, Home/End and Backspace before running', async () => {
    const { session, controller } = await setup();
    for (const key of ['c', 't', 'r', '\x1b[H', 'x', '\x1b[F', '\x7f', 'R', '\x1b[D', '\x1b[3~', '\r']) {
      controller.input(key);
    }
    await settle();
    expect(session.ran).toEqual(['xct']);
  });

  it('recalls history with Up and Down and restores the draft', async () => {
    const { session, controller, screen } = await setup({ history: ['ctr i ls', 'ctr c ls'] });
    controller.input('draft');
    controller.input('\x1b[A');
    expect(screen.lines().at(-1)).toBe(`${PROMPT}ctr c ls`);
    controller.input('\x1b[A');
    controller.input('\x1b[A');
    expect(screen.lines().at(-1)).toBe(`${PROMPT}ctr i ls`);
    controller.input('\x1b[B');
    controller.input('\x1b[B');
    expect(screen.lines().at(-1)).toBe(`${PROMPT}draft`);
    controller.input('\x1b[A\r'.slice(0, 3));
    controller.input('\r');
    await settle();
    expect(session.ran).toEqual(['ctr c ls']);
  });

  it('asks for continuation lines while the session needs more input', async () => {
    const { session, controller, screen } = await setup();
    controller.input('echo "a\r');
    await settle();
    expect(session.ran).toEqual([]);
    expect(screen.lines().at(-1)).toBe('>');
    controller.input('b"\r');
    await settle();
    expect(session.ran).toEqual(['echo "a\nb"']);
  });

  it('Ctrl-C cancels the line and a pending continuation', async () => {
    const { session, controller, screen } = await setup();
    controller.input('echo "a\r');
    controller.input('more');
    controller.input('\x03');
    await settle();
    expect(screen.lines().slice(-2)).toEqual(['> more^C', P]);
    controller.input('ok\r');
    await settle();
    expect(session.ran).toEqual(['ok']);
  });

  it('Ctrl-C during a command shows ^C and the next prompt on its own line, as bash does', async () => {
    const screen = new FakeScreen(80);
    const session = fakeSession();
    let end: (() => void) | undefined;
    session.run = (line) =>
      new Promise((resolve) => {
        session.ran.push(line);
        end = () => resolve({ stdout: '', stderr: '', exitCode: 130 });
      });
    session.interrupt = async (kind) => {
      session.interrupts.push(kind);
      end?.();
      return { stdout: '', stderr: '', exitCode: 130 };
    };
    const controller = new TerminalController(screen, session);
    await controller.start();
    controller.input('sleep 30\r');
    await settle();
    controller.input('typed ahead');
    controller.input('\x03');
    await settle();
    expect(session.interrupts).toEqual(['SIGINT']);
    expect(screen.lines()).toEqual([`${PROMPT}sleep 30`, '^C', P]);
    expect(session.ran).toEqual(['sleep 30']);
  });

  it('runs each line of a paste in turn and queues keys typed while a command runs', async () => {
    const screen = new FakeScreen(80);
    const session = fakeSession();
    const releases: Array<() => void> = [];
    const run = session.run.bind(session);
    session.run = async (line, options) => {
      await new Promise<void>((resolve) => releases.push(resolve));
      return run(line, options);
    };
    const controller = new TerminalController(screen, session);
    await controller.start();
    controller.paste('one\ntwo');
    await settle();
    expect(controller.busy()).toBe(true);
    controller.input('t');
    controller.input('hree\r');
    for (let i = 0; i < 3; i += 1) {
      releases.shift()?.();
      await settle();
    }
    expect(session.ran).toEqual(['one', 'two', 'three']);
    expect(screen.text()).toContain(`${PROMPT}two\nran: two\n${PROMPT}three`);
  });

  it('Ctrl-C while a command runs drops the typed-ahead keys', async () => {
    const screen = new FakeScreen(80);
    const session = fakeSession();
    let release: () => void = () => undefined;
    const run = session.run.bind(session);
    session.run = async (line, options) => {
      await new Promise<void>((resolve) => (release = resolve));
      return run(line, options);
    };
    const controller = new TerminalController(screen, session);
    await controller.start();
    controller.input('slow\r');
    await settle();
    controller.input('later\r');
    controller.input('\x03');
    release();
    await settle();
    expect(session.ran).toEqual(['slow']);
    expect(session.interrupts).toEqual(['SIGINT']);
  });

  it('Ctrl-D on an empty line is an end of input for the session; otherwise it deletes', async () => {
    const { session, controller } = await setup();
    for (const key of ['a', 'b', '\x1b[D', '\x04', '\r']) controller.input(key);
    await settle();
    expect(session.ran).toEqual(['a']);
    controller.input('\x04');
    await settle();
    expect(session.interrupts).toEqual(['EOF']);
  });

  it('never puts pasted escape sequences on the screen', async () => {
    const { screen, controller } = await setup();
    controller.input('\x1b[200~echo \x1b[2Jhi\x1b]0;title\x07\x1b[201~');
    expect(screen.written).not.toContain('\x1b[2J');
    expect(screen.written).not.toContain('\x1b]0;');
    expect(screen.lines().at(-1)).toBe(`${PROMPT}echo hi`);
  });

  it('completes with Tab and lists candidates on a second Tab', async () => {
    const { screen, controller } = await setup({
      candidates: { 'ctr ima': ['images'], 'ctr co': ['containers', 'content'], 'ctr cont': ['containers', 'content'] },
    });
    controller.input('ctr ima');
    controller.input('\t');
    // Candidates may come from the node's worker: the line changes once they are in.
    await settle();
    expect(screen.lines().at(-1)).toBe(`${PROMPT}ctr images`);
    expect(screen.x).toBe(`${PROMPT}ctr images `.length);
    controller.input('\x15');
    controller.input('ctr co');
    controller.input('\t');
    await settle();
    expect(screen.lines().at(-1)).toBe(`${PROMPT}ctr cont`);
    controller.input('\t');
    controller.input('\t');
    await settle();
    expect(screen.lines().slice(-2)).toEqual(['containers  content', `${PROMPT}ctr cont`]);
  });

  it('Ctrl-L clears the screen and redraws the line', async () => {
    const { screen, controller } = await setup();
    controller.input('abc\r');
    await settle();
    controller.input('def');
    controller.input('\x0c');
    expect(screen.lines().filter((line) => line !== '')).toEqual([`${PROMPT}def`]);
  });

  it('keeps working when the session throws', async () => {
    const screen = new FakeScreen(80);
    const session = fakeSession();
    session.run = () => Promise.reject(new Error('boom'));
    session.complete = () => {
      throw new Error('no');
    };
    const controller = new TerminalController(screen, session);
    await controller.start();
    controller.input('x\t\r');
    await settle();
    expect(screen.text()).toContain('ctrlab: internal error: boom');
    expect(screen.lines().at(-1)).toBe(P);
  });

  it('setSession clears the screen and prompts in the new session', async () => {
    const { screen, controller } = await setup();
    controller.input('abc\r');
    await settle();
    const fresh = fakeSession();
    await controller.setSession(fresh, 'fresh node');
    expect(screen.lines()).toEqual(['fresh node', P]);
    controller.input('y\r');
    await settle();
    expect(fresh.ran).toEqual(['y']);
  });
});

describe('formatColumns', () => {
  it('keeps keys typed before the first prompt and runs them once it is drawn', async () => {
    const screen = new FakeScreen(80);
    const session = fakeSession({ outputs: { 'ctr ns ls': 'NAME LABELS\n' } });
    const controller = new TerminalController(screen, session);
    controller.input('c');
    controller.input('tr ns ls');
    controller.input('\r');
    await settle();
    expect(session.ran).toEqual([]);
    expect(screen.lines()).toEqual(['']);
    await controller.start();
    await settle();
    expect(session.ran).toEqual(['ctr ns ls']);
    expect(screen.lines()).toEqual([`${PROMPT}ctr ns ls`, 'NAME LABELS', P]);
  });

  it('Ctrl-R searches the history backwards, as bash shows it, and Enter runs the match', async () => {
    const { screen, session, controller } = await setup({ history: ['ctr i pull nginx', 'ctr i ls', 'echo hi'] });
    controller.input('\x12');
    expect(screen.lines().at(-1)).toBe("(reverse-i-search)`':");
    controller.input('c');
    controller.input('t');
    expect(screen.lines().at(-1)).toBe("(reverse-i-search)`ct': ctr i ls");
    controller.input('\x12');
    expect(screen.lines().at(-1)).toBe("(reverse-i-search)`ct': ctr i pull nginx");
    controller.input('\x12');
    expect(screen.lines().at(-1)).toBe("(failed reverse-i-search)`ct': ctr i pull nginx");
    controller.input('\r');
    await settle();
    expect(session.ran).toEqual(['ctr i pull nginx']);
    expect(screen.lines()).toContain(`${PROMPT}ctr i pull nginx`);
  });

  it('Ctrl-G gives the original line back; an arrow leaves the match to edit', async () => {
    const { screen, session, controller } = await setup({ history: ['ctr i ls', 'echo hi'] });
    controller.input('draft');
    controller.input('\x12');
    controller.input('i l');
    controller.input('\x07');
    expect(screen.lines().at(-1)).toBe(`${PROMPT}draft`);
    controller.input('\x15');
    controller.input('\x12');
    controller.input('i l');
    // The cursor sits at the match; Left ends the search and moves from there.
    controller.input('\x1b[D');
    expect(screen.lines().at(-1)).toBe(`${PROMPT}ctr i ls`);
    controller.input('X\r');
    await settle();
    expect(session.ran).toEqual(['ctrX i ls']);
  });

  it('Ctrl-W / Ctrl-K / Ctrl-U kill to the ring and Ctrl-Y yanks it', async () => {
    const { session, controller } = await setup();
    controller.input('ctr i pull docker.io/library/nginx:alpine');
    controller.input('\x17');
    controller.input('\x1b[H');
    controller.input('\x19');
    controller.input(' \r');
    await settle();
    controller.input('one two');
    controller.input('\x1bb');
    controller.input('\x0b');
    controller.input('\x01');
    controller.input('\x19');
    controller.input('\r');
    await settle();
    expect(session.ran).toEqual(['docker.io/library/nginx:alpine ctr i pull ', 'twoone ']);
  });

  it('hands raw key bytes to a full-screen program, then the line editor takes over again', async () => {
    const screen = new FakeScreen(80);
    const session = fakeSession();
    let raw = false;
    const received: string[] = [];
    const run = session.run.bind(session);
    session.prompt = () => (raw ? RAW_KEYS_PROMPT : PROMPT);
    session.run = async (line, options) => {
      if (raw) {
        received.push(line);
        if (line === ':q\r') raw = false;
        return { stdout: '', stderr: '', exitCode: 0 };
      }
      if (line === 'vi f') {
        raw = true;
        options?.onOutput?.('[vi screen]\n', 'stdout');
        return { stdout: '[vi screen]\n', stderr: '', exitCode: 0 };
      }
      return run(line, options);
    };
    const controller = new TerminalController(screen, session);
    await controller.start();
    // Typed ahead while `vi f` starts: it belongs to vi, as bytes.
    controller.input('vi f\r');
    controller.input('i');
    await settle();
    controller.input('\x1b');
    controller.input('\x1b[A');
    controller.input('\x03');
    controller.input(':q\r');
    await settle();
    expect(received).toEqual(['i', '\x1b', '\x1b[A', '\x03', ':q\r']);
    expect(screen.lines().at(-1)).toBe(P);
    controller.input('echo back\r');
    await settle();
    expect(session.ran).toEqual(['echo back']);
  });

  it('a redraw asked for between Enter and the next prompt leaves the finished line alone', async () => {
    // The state panel under the terminal grows as a command ends, xterm refits and asks for a
    // redraw: the line just run was drawn again on the fresh row and the prompt after it
    // (`root@node1:~# nerdctl imagesroot@node1:~#`, the flaky command-map e2e).
    const screen = new FakeScreen(80);
    const session = fakeSession({ outputs: { 'nerdctl images': 'REPOSITORY\n' } });
    const controller: TerminalController = new TerminalController(screen, session, {
      afterCommand: () => controller.refresh(),
    });
    await controller.start();
    controller.paste('nerdctl images\nnerdctl images');
    await settle();
    expect(session.ran).toEqual(['nerdctl images', 'nerdctl images']);
    expect(screen.lines()).toEqual([`${PROMPT}nerdctl images`, 'REPOSITORY', `${PROMPT}nerdctl images`, 'REPOSITORY', P]);
    // At the prompt a redraw (a resize) still redraws the line being edited.
    controller.input('ctr');
    controller.refresh();
    expect(screen.lines().at(-1)).toBe(`${PROMPT}ctr`);
  });

  it('a redraw asked for while Ctrl-D ends an attached program leaves the next prompt at column 0', async () => {
    // `ctr t exec -t … sh`: the program prints its own prompt (`/ # `) and the line is edited
    // after it. Ctrl-D ended it, and a refit while the next prompt waited for the screen drew
    // that ended line again on the fresh row, so the prompt began at its column
    // (`    root@node1:~#`, the attached-shell e2e under load).
    const screen = new FakeScreen(80);
    let attached = false;
    const session = {
      ...fakeSession(),
      prompt: () => (attached ? '' : PROMPT),
      async run(_line: string, options?: RunOptions): Promise<LineResult> {
        attached = true;
        options?.onOutput?.('/ # ', 'stdout');
        return { stdout: '/ # ', stderr: '', exitCode: 0 };
      },
      async interrupt(): Promise<LineResult> {
        attached = false;
        return { stdout: '\n', stderr: '', exitCode: 0 };
      },
    };
    let onFlush: (() => void) | undefined;
    const flush = screen.flush.bind(screen);
    screen.flush = () => {
      onFlush?.();
      onFlush = undefined;
      return flush();
    };
    const controller = new TerminalController(screen, session);
    await controller.start();
    controller.input('ctr t exec -t --exec-id sh1 web sh\r');
    await settle();
    expect(screen.lines().at(-1)).toBe('/ #');
    onFlush = () => controller.refresh();
    controller.input('\x04');
    await settle();
    expect(screen.lines().at(-1)).toBe(P);
  });

  it('fills columns top to bottom like bash', () => {
    expect(formatColumns(['a', 'b', 'c', 'd', 'e'], 6)).toBe('a  d\nb  e\nc\n');
  });
});
