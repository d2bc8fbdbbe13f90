// busybox pwd (only where the image links it; inside sh the builtin answers).

import { finished, stdout, type Program } from './program';

export const pwdProgram: Program = { name: 'pwd', run: (ctx) => finished([stdout(`${ctx.cwd}\n`)]) };
