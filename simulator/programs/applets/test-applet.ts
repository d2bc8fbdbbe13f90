// busybox test, [ and [[ run as programs (`ctr t exec … test -f /etc/passwd`, `find … -exec
// test …`, xargs): the same evaluation as ash's builtin (sh/sh-test.ts), with the applet's name
// before its complaints (`test: a: bad number`, `[: missing ]`), status 2 for those.

import { finished, stderr, type OutputChunk, type Program } from '../program';
import { testBuiltin } from '../sh/sh-test';

function testApplet(name: 'test' | '['): Program {
  return {
    name,
    run(ctx) {
      const out: OutputChunk[] = [];
      const scope = { cwd: ctx.cwd, written: {}, ctx };
      const code = testBuiltin(scope, name, ctx.argv.slice(1), (text) => out.push(stderr(text)), name);
      return finished(out, code);
    },
  };
}

export const testProgram = testApplet('test');
export const bracketProgram = testApplet('[');
