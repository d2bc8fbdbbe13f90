// The page's quick check agrees with the simulator's shell: a line it calls complete is one
// the shell never asks more input for (simulator/shell/line-analysis.ts decides in the worker).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsMoreInput } from '../../simulator/shell/line-analysis';
import { plainlyComplete } from './plain-line';

describe('plainlyComplete', () => {
  it('takes the notes\' plain command lines at once', () => {
    for (const line of ['ctr i ls', 'ctr -n k8s.io i pull docker.io/library/nginx:alpine', 'ctr t kill -s SIGKILL my-nginx', 'crictl ps -a', 'docker run -d --name web -p 8080:80 nginx:alpine', 'export A=b', '']) {
      expect(plainlyComplete(line), line).toBe(true);
    }
  });

  it('leaves to the shell every line that may want more', () => {
    for (const line of ['echo "open', "echo 'a", 'ls \\', 'cat <<EOF', 'ctr i ls |', 'true &&', 'for i in 1 2', 'if true', 'while true', '{ echo', 'echo $(date', 'echo `date', 'case x in', 'function f', '(( 1 +', 'done', 'echo a # b', 'ls\nls']) {
      expect(plainlyComplete(line), line).toBe(false);
    }
  });

  it('never calls a line complete that the shell would continue', () => {
    const word = fc.oneof(
      fc.constantFrom('ctr', 'i', 'ls', 'echo', 'if', 'then', 'fi', 'for', 'in', 'do', 'done', 'while', 'case', 'esac', '{', '}', '!', '[[', ']]', 'time', 'function', 'select', 'until', 'coproc', 'elif', 'else'),
      fc.stringMatching(/^[A-Za-z0-9_\-./:=,@%+~]{1,8}$/),
      fc.constantFrom('"', "'", '\\', '|', '&&', '$(', '`', '<<EOF', '(', ')', '#', ';'),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (words) => {
        const line = words.join(' ');
        if (plainlyComplete(line)) expect(needsMoreInput(line), line).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
