// busybox ps: the container's own PID namespace, so the init process is PID 1. A process
// whose program is not the one its command line names (a shell that exec'd its last command)
// shows as `{ps} sh -c …`. `-o` picks columns among pid, ppid, user, comm and args.

import { finished, stderr, stdout, type ProcessEntry, type Program } from './program';

interface Column {
  header: string;
  /** Width the value is padded to; right-aligned for numbers. 0: the rest of the line. */
  width: number;
  right?: boolean;
  value(p: ProcessEntry): string;
}

function commOf(p: ProcessEntry): string {
  const argv0 = p.args[0] ?? '';
  return p.comm ?? argv0.slice(argv0.lastIndexOf('/') + 1);
}

function commandOf(p: ProcessEntry): string {
  // A zombie's command line is gone; busybox's read_cmdline gives its comm in brackets.
  if (p.zombie) return `[${commOf(p)}]`;
  const argv0 = p.args[0] ?? '';
  const base = argv0.slice(argv0.lastIndexOf('/') + 1);
  return p.comm !== undefined && p.comm !== base ? `{${p.comm}} ${p.args.join(' ')}` : p.args.join(' ');
}

const COLUMNS: Record<string, Column> = {
  pid: { header: 'PID', width: 5, right: true, value: (p) => String(p.pid) },
  // A process runc exec'd has no parent in the namespace: 0.
  ppid: { header: 'PPID', width: 5, right: true, value: (p) => String(p.ppid ?? 0) },
  user: { header: 'USER', width: 8, value: (p) => p.user },
  comm: { header: 'COMMAND', width: 16, value: commOf },
  // busybox's read_cmdline puts the running applet's name before a command line it did not exec.
  args: { header: 'COMMAND', width: 0, value: commandOf },
};

function render(columns: Column[], rows: ProcessEntry[]): string {
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const c = columns[i];
        if (!c || c.width === 0 || i === columns.length - 1) return c?.right ? cell.padStart(c.width) : cell;
        return c.right ? cell.padStart(c.width) : cell.padEnd(c.width);
      })
      .join(' ')
      .trimEnd();
  const header = line(columns.map((c) => (c.right ? c.header.padEnd(c.width) : c.header)));
  return [header, ...rows.map((p) => line(columns.map((c) => c.value(p))))].map((l) => `${l}\n`).join('');
}

export const psProgram: Program = {
  name: 'ps',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const o = args.indexOf('-o');
    if (o < 0) {
      const rows = ctx.processes().map((p) => `${String(p.pid).padStart(5)} ${p.user.padEnd(8)} ${commandOf(p)}\n`);
      return finished([stdout(`PID   USER     COMMAND\n${rows.join('')}`)]);
    }
    const names = (args[o + 1] ?? '').split(',').filter(Boolean);
    const columns: Column[] = [];
    for (const name of names) {
      const column = COLUMNS[name];
      if (!column) return finished([stderr(`ps: bad -o argument '${name}', supported arguments: user,group,comm,args,pid,ppid,pgid,etime,nice,rgroup,ruser,time,tty,vsz,sid,stat,rss\n`)], 1);
      columns.push(column);
    }
    return finished([stdout(render(columns, ctx.processes()))]);
  },
};
