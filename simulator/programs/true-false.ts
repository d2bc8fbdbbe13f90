// busybox true and false: nothing printed, exit 0 or 1.

import { finished, type Program } from './program';

export const trueProgram: Program = { name: 'true', run: () => finished([], 0) };
export const falseProgram: Program = { name: 'false', run: () => finished([], 1) };
