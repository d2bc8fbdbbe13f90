// How nerdctl 0.22.2 writes what a --format template made, command by command:
// - ps, images, history, network ls, volume ls, version and every inspect (formatSlice) print
//   each result with fmt.Fprintf(w, b.String()+"\n") (ps.go:236, images.go:296, history.go:234,
//   network_ls.go:134, volume_ls.go:110, version.go:69, fmtutil.go:85, stats.go:336): the text
//   is Fprintf's format string, so a % in it is a verb without an argument (%!s(MISSING),
//   %!\n(MISSING) for a final %, %% one percent sign);
// - info executes straight into stdout and then writes "\n" (info.go:124-128): what the template
//   wrote before an error stays on the terminal, without the newline;
// - events prints with Fprintln(b.String()+"\n") (events.go:116): no verbs, a blank line after;
// - ps, network ls and volume ls write row by row and stop at the first failing row
//   (ps.go:233-238, network_ls.go:129-136, volume_ls.go:105-112); stats leaves its loop without
//   an error (stats.go:333-337: break);
// - the typed value a template sees is main.containerPrintable for ps (ps.go:107) and main.Out
//   for events (events.go:56), as Go's "can't evaluate field" error names it.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

const fatal = (msg: string) => expect.stringMatching(new RegExp(`^time="[^"]+" level=fatal msg="${msg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\n$`));

describe('nerdctl --format output: Fprintf of the executed text', () => {
  it('ps, images, history, version: a % in the output is a verb without its argument', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name w alpine sleep 1000');
    expect(await run("nerdctl ps --format '{{.Names}} %s 100%%'")).toEqual({ out: 'w %!s(MISSING) 100%\n', err: '', code: 0 });
    // The final % takes the newline as its verb: no newline is left after the line.
    expect(await run("nerdctl images --format '{{.Repository}} 50%'")).toEqual({ out: 'alpine 50%!\n(MISSING)', err: '', code: 0 });
    expect((await run("nerdctl history --format '{{.Size}} %d' alpine")).out).toBe('0.0 B %!d(MISSING)\n8.1 MiB %!d(MISSING)\n');
    expect((await run("nerdctl version --format '{{.Client.Version}} 5% of'")).out).toBe('v0.22.2 5%!o(MISSING)f\n');
  });

  it('inspect (formatSlice), network ls, volume ls, stats likewise', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name w alpine sleep 1000');
    await run('nerdctl volume create v1');
    expect((await run("nerdctl inspect --format '{{.Name}} %v' w")).out).toBe('w %!v(MISSING)\n');
    expect((await run("nerdctl volume inspect --format '{{.Name}} %s' v1")).out).toBe('v1 %!s(MISSING)\n');
    expect((await run("nerdctl volume ls --format '{{.Name}} %s'")).out).toBe('v1 %!s(MISSING)\n');
    expect((await run("nerdctl network ls --format '{{.Name}}%'")).out).toBe('containerd-net%!\n(MISSING)bridge%!\n(MISSING)host%!\n(MISSING)none%!\n(MISSING)');
    // A one-letter name shows as -- (statsutil EntryName).
    expect((await run("nerdctl stats --no-stream --format '{{.Name}} %s'")).out).toBe('-- %!s(MISSING)\n');
  });

  it('events, stats and info parse the template before anything else', async () => {
    const run = nerdctlSession();
    expect(await run("nerdctl events --format '{{.Topic'")).toEqual({ out: '', err: fatal('template: :1: unclosed action'), code: 1 });
    expect(await run("nerdctl stats --format '{{.Name' nope")).toEqual({ out: '', err: fatal('template: :1: unclosed action'), code: 1 });
    await run('systemctl stop containerd');
    expect(await run("nerdctl info --format '{{.Name'")).toEqual({ out: '', err: fatal('template: :1: unclosed action'), code: 1 });
  });
});

describe('nerdctl --format errors: what was written stays', () => {
  it('info: the template wrote into stdout before failing, no newline after it', async () => {
    const run = nerdctlSession();
    const r = await run("nerdctl info --format 'x{{.Name}} {{.Nope}}'");
    expect(r).toEqual({ out: 'xnode1 ', err: fatal('template: :1:13: executing \\"\\" at <.Nope>: can\'t evaluate field Nope in type *dockercompat.Info'), code: 1 });
  });

  it('ps: rows before the failing one are printed; the row type is main.containerPrintable', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name a -p 8080:80 alpine sleep 1000');
    await run('nerdctl run -d --name b alpine sleep 1000');
    // Listed in containerd's order (by id: a's 7b2ea3ce… first); a has ports, b has none and
    // slice fails on its empty string.
    expect(await run("nerdctl ps --format '{{.Names}} {{slice .Ports 8}}'")).toEqual({
      out: 'a 8080->80/tcp\n',
      err: fatal('template: :1:13: executing \\"\\" at <slice .Ports 8>: error calling slice: index out of range: 8'),
      code: 1,
    });
    expect(await run("nerdctl ps --format '{{.Nope}}'")).toEqual({
      out: '',
      err: fatal('template: :1:2: executing \\"\\" at <.Nope>: can\'t evaluate field Nope in type main.containerPrintable'),
      code: 1,
    });
  });

  it('volume ls and network ls stop at the first failing row', async () => {
    const run = nerdctlSession();
    await run('nerdctl volume create aaa');
    await run('nerdctl volume create b');
    expect(await run("nerdctl volume ls --format '{{slice .Name 3}}'")).toMatchObject({ out: '\n', code: 1 });
    expect(await run("nerdctl network ls --format '{{slice .Name 5}}'")).toMatchObject({ out: 'inerd-net\ne\n', code: 1 });
  });

  it('stats: a failing template ends the tick without an error', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name w alpine sleep 1000');
    expect(await run("nerdctl stats --no-stream --format '{{.Nope}}'")).toEqual({ out: '', err: '', code: 0 });
  });
});
