// busybox echo: arguments joined by spaces; -n drops the newline, -e reads escapes.

import { finished, stdout, type Program } from './program';

export const echoProgram: Program = {
  name: 'echo',
  run(ctx) {
    const args = ctx.argv.slice(1);
    let newline = true;
    let escapes = false;
    while (args.length > 0 && /^-[neE]+$/.test(args[0] ?? '')) {
      const flag = args.shift() ?? '';
      if (flag.includes('n')) newline = false;
      if (flag.includes('e')) escapes = true;
    }
    let text = args.join(' ');
    if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
    return finished([stdout(newline ? `${text}\n` : text)]);
  },
};
