// ctr 1.6 takes the console with console.Current() when the process has a terminal; with no
// terminal on its stdin that call panics, and Go prints the panic and a goroutine trace on
// stderr and exits 2 (as recorded: `ctr run -t` in a pipe). The traces are the ones real
// ctr 1.6.20 printed for run (the transcript), `tasks start` and `tasks exec`.

import type { CtrContext } from '../ctr-env';

const TRACES: Record<'run' | 'start' | 'exec', string> = {
  run:
    'panic: provided file is not a console\n' +
    '\n' +
    'goroutine 1 [running]:\n' +
    'github.com/containerd/console.Current()\n' +
    '\tgithub.com/containerd/console/console.go:77 +0xa5\n' +
    'github.com/containerd/containerd/cmd/ctr/commands/run.glob..func1(0xc00013a9a0)\n' +
    '\tgithub.com/containerd/containerd/cmd/ctr/commands/run/run.go:180 +0x3f5\n' +
    'github.com/urfave/cli.HandleAction({0x11526c0?, 0x13120a8?}, 0x3?)\n' +
    '\tgithub.com/urfave/cli/app.go:524 +0x50\n' +
    'github.com/urfave/cli.Command.Run({{0x12a2cc5, 0x3}, {0x0, 0x0}, {0x0, 0x0, 0x0}, {0x12b3ff8, 0xf}, {0x0, ...}, ...}, ...)\n' +
    '\tgithub.com/urfave/cli/command.go:173 +0x65b\n' +
    'github.com/urfave/cli.(*App).Run(0xc0003ae540, {0xc000126000, ARGC, ARGC})\n' +
    '\tgithub.com/urfave/cli/app.go:277 +0x8a7\n' +
    'main.main()\n' +
    '\tgithub.com/containerd/containerd/cmd/ctr/main.go:37 +0x125\n',
  start:
    'panic: provided file is not a console\n' +
    '\n' +
    'goroutine 1 [running]:\n' +
    'github.com/containerd/console.Current()\n' +
    '\tgithub.com/containerd/console/console.go:77 +0xa5\n' +
    'github.com/containerd/containerd/cmd/ctr/commands/tasks.glob..func11(0xc00013ac60)\n' +
    '\tgithub.com/containerd/containerd/cmd/ctr/commands/tasks/start.go:86 +0x265\n' +
    'github.com/urfave/cli.HandleAction({0x11526c0?, 0x1312158?}, 0x5?)\n' +
    '\tgithub.com/urfave/cli/app.go:524 +0x50\n' +
    'github.com/urfave/cli.Command.Run({{0x12a4a25, 0x5}, {0x0, 0x0}, {0x0, 0x0, 0x0}, {0x12d18bd, 0x27}, {0x0, ...}, ...}, ...)\n' +
    '\tgithub.com/urfave/cli/command.go:173 +0x65b\n' +
    'github.com/urfave/cli.(*App).RunAsSubcommand(0xc0003ae700, 0xc00013a9a0)\n' +
    '\tgithub.com/urfave/cli/app.go:405 +0x91b\n' +
    'github.com/urfave/cli.Command.startApp({{0x12a4a8e, 0x5}, {0x0, 0x0}, {0x19aa8a0, 0x2, 0x2}, {0x12b0665, 0xc}, {0x0, ...}, ...}, ...)\n' +
    '\tgithub.com/urfave/cli/command.go:378 +0x6e7\n' +
    'github.com/urfave/cli.Command.Run({{0x12a4a8e, 0x5}, {0x0, 0x0}, {0x19aa8a0, 0x2, 0x2}, {0x12b0665, 0xc}, {0x0, ...}, ...}, ...)\n' +
    '\tgithub.com/urfave/cli/command.go:102 +0x825\n' +
    'github.com/urfave/cli.(*App).Run(0xc0003ae540, {0xc000122120, ARGC, ARGC})\n' +
    '\tgithub.com/urfave/cli/app.go:277 +0x8a7\n' +
    'main.main()\n' +
    '\tgithub.com/containerd/containerd/cmd/ctr/main.go:37 +0x125\n',
  exec:
    'panic: provided file is not a console\n' +
    '\n' +
    'goroutine 1 [running]:\n' +
    'github.com/containerd/console.Current()\n' +
    '\tgithub.com/containerd/console/console.go:77 +0xa5\n' +
    'github.com/containerd/containerd/cmd/ctr/commands/tasks.glob..func4(0xc00013af20)\n' +
    '\tgithub.com/containerd/containerd/cmd/ctr/commands/tasks/exec.go:134 +0x80d\n' +
    'github.com/urfave/cli.HandleAction({0x11526c0?, 0x1312178?}, 0x4?)\n' +
    '\tgithub.com/urfave/cli/app.go:524 +0x50\n' +
    'github.com/urfave/cli.Command.Run({{0x12a33f0, 0x4}, {0x0, 0x0}, {0x0, 0x0, 0x0}, {0x12e366a, 0x35}, {0x0, ...}, ...}, ...)\n' +
    '\tgithub.com/urfave/cli/command.go:173 +0x65b\n' +
    'github.com/urfave/cli.(*App).RunAsSubcommand(0xc0003ae700, 0xc00013ac60)\n' +
    '\tgithub.com/urfave/cli/app.go:405 +0x91b\n' +
    'github.com/urfave/cli.Command.startApp({{0x12a4a8e, 0x5}, {0x0, 0x0}, {0x19aa8a0, 0x2, 0x2}, {0x12b0665, 0xc}, {0x0, ...}, ...}, ...)\n' +
    '\tgithub.com/urfave/cli/command.go:378 +0x6e7\n' +
    'github.com/urfave/cli.Command.Run({{0x12a4a8e, 0x5}, {0x0, 0x0}, {0x19aa8a0, 0x2, 0x2}, {0x12b0665, 0xc}, {0x0, ...}, ...}, ...)\n' +
    '\tgithub.com/urfave/cli/command.go:102 +0x825\n' +
    'github.com/urfave/cli.(*App).Run(0xc0003ae540, {0xc000126000, ARGC, ARGC})\n' +
    '\tgithub.com/urfave/cli/app.go:277 +0x8a7\n' +
    'main.main()\n' +
    '\tgithub.com/containerd/containerd/cmd/ctr/main.go:37 +0x125\n',
};

/** App.Run's argument in the trace is os.Args: its length shows twice, in hex. */
function withArgc(c: CtrContext, trace: string): string {
  return trace.replace('ARGC, ARGC', `0x${c.env.argc.toString(16)}, 0x${c.env.argc.toString(16)}`);
}

/** Prints the panic of a -t process without a console; returns Go's exit code 2. */
export function consolePanic(c: CtrContext, command: 'run' | 'start' | 'exec'): number {
  c.io.stderr(withArgc(c, TRACES[command]));
  return 2;
}

/** ctr's stdin as the task sees it: piped bytes then EOF, or (nothing piped) open and silent. */
export function stdinOf(c: CtrContext, nullIO: boolean): string | undefined {
  if (nullIO) return '';
  return c.io.stdin === '' ? undefined : c.io.stdin;
}

/**
 * `ctr tasks start` of a container whose spec has no process (a spec file without one): ctr
 * reads spec.Process.Terminal before it creates the task, and Go panics on the nil pointer
 * (tasks/start.go:80 in 1.6.20, as recorded), exit 2. The frames below it are start's own.
 */
export function nilProcessPanic(c: CtrContext): number {
  const frames = TRACES.start.slice(TRACES.start.indexOf('github.com/urfave/cli.HandleAction'));
  c.io.stderr(
    withArgc(
      c,
      'panic: runtime error: invalid memory address or nil pointer dereference\n' +
        '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0xf67194]\n' +
        '\n' +
        'goroutine 1 [running]:\n' +
        'github.com/containerd/containerd/cmd/ctr/commands/tasks.glob..func11(0xc00013ac60)\n' +
        '\tgithub.com/containerd/containerd/cmd/ctr/commands/tasks/start.go:80 +0x154\n' +
        frames,
    ),
  );
  return 2;
}
