// ash's message prefixes: `sh -c` against a script file (busybox 1.35's sh on the oracle machine).
import { describe, expect, it } from 'vitest';
import { start, testFs } from '../test-support';

describe('error prefixes', () => {
  it('a script file names itself and the line; sh -c says sh, with a line for builtins only', () => {
    const fs = testFs({ '/s.sh': { kind: 'file', mode: 0o755, content: 'echo a\nnosuch\necho ${u?}\n' }, '/t.sh': { kind: 'file', mode: 0o755, content: 'echo a\nshift x\n' } });
    expect(start(['sh', '/s.sh'], { fs }).stderr).toBe('/s.sh: line 2: nosuch: not found\n/s.sh: line 3: u: parameter not set\n');
    expect(start(['sh', '/t.sh'], { fs }).stderr).toBe('/t.sh: shift: line 2: Illegal number: x\n');
    expect(start(['sh', '-c', 'echo a\nnosuch\nshift x']).stderr).toBe('sh: nosuch: not found\nsh: shift: line 2: Illegal number: x\n');
  });
});
