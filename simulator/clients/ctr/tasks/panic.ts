// ctr 1.6 takes the console with console.Current() when the container has a terminal; with no
// terminal on its stdin that call panics, and Go prints the panic and a goroutine trace on
// stderr and exits 2 (as recorded: `ctr run -t` in a pipe). The trace is the recorded one.

import type { CtrContext } from '../ctr-env';

/** The action frame of the panicking command, as Go names it. */
const FRAMES: Record<'run' | 'start' | 'exec', string> = {
  run: 'github.com/containerd/containerd/cmd/ctr/commands/run.glob..func1(0xc00013a9a0)\n\tgithub.com/containerd/containerd/cmd/ctr/commands/run/run.go:180 +0x3f5',
  start:
    'github.com/containerd/containerd/cmd/ctr/commands/tasks.glob..func10(0xc00013a9a0)\n\tgithub.com/containerd/containerd/cmd/ctr/commands/tasks/start.go:82 +0x2f1',
  exec: 'github.com/containerd/containerd/cmd/ctr/commands/tasks.glob..func3(0xc00013a9a0)\n\tgithub.com/containerd/containerd/cmd/ctr/commands/tasks/exec.go:97 +0x3c5',
};

/** Prints the panic of `ctr run -t` / `ctr t start` without a console; returns Go's exit code 2. */
export function consolePanic(c: CtrContext, command: 'run' | 'start' | 'exec'): number {
  c.io.stderr(
    'panic: provided file is not a console\n\ngoroutine 1 [running]:\n' +
      'github.com/containerd/console.Current()\n\tgithub.com/containerd/console/console.go:77 +0xa5\n' +
      `${FRAMES[command]}\n` +
      'github.com/urfave/cli.HandleAction({0x11526c0?, 0x13120a8?}, 0x3?)\n\tgithub.com/urfave/cli/app.go:524 +0x50\n' +
      'github.com/urfave/cli.Command.Run({{0x12a2cc5, 0x3}, {0x0, 0x0}, {0x0, 0x0, 0x0}, {0x12b3ff8, 0xf}, {0x0, ...}, ...}, ...)\n' +
      '\tgithub.com/urfave/cli/command.go:173 +0x65b\n' +
      'github.com/urfave/cli.(*App).Run(0xc0003ae540, {0xc000126000, 0xa, 0xa})\n\tgithub.com/urfave/cli/app.go:277 +0x8a7\n' +
      'main.main()\n\tgithub.com/containerd/containerd/cmd/ctr/main.go:37 +0x125\n',
  );
  return 2;
}

/** ctr's stdin as the task sees it: piped bytes then EOF, or (nothing piped) open and silent. */
export function stdinOf(c: CtrContext, nullIO: boolean): string | undefined {
  if (nullIO) return '';
  return c.io.stdin === '' ? undefined : c.io.stdin;
}
