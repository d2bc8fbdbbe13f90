// Word expansion as buildkit's shell lexer does it for ENV, COPY, WORKDIR… (frontend/dockerfile/
// shell/lex.go@v0.10.4), and the raw form the step names show.

import { describe, expect, it } from 'vitest';
import { processWord, processWords } from './shell-lex';

const env = new Map([
  ['NAME', 'world'],
  ['EMPTY', ''],
]);

describe('processWord', () => {
  it('removes quotes and expands variables, not inside single quotes', () => {
    expect(processWord('"hello $NAME"', env)).toBe('hello world');
    expect(processWord("'$NAME'", env)).toBe('$NAME');
    expect(processWord('${NAME}s', env)).toBe('worlds');
    expect(processWord('\\$NAME', env)).toBe('$NAME');
    expect(processWord('$UNSET', env)).toBe('');
  });

  it('knows the default and alternative forms', () => {
    expect(processWord('${UNSET:-fallback}', env)).toBe('fallback');
    expect(processWord('${EMPTY:-fallback}', env)).toBe('fallback');
    expect(processWord('${EMPTY-fallback}', env)).toBe('');
    expect(processWord('${NAME:+set}', env)).toBe('set');
    expect(processWord('${UNSET:+set}', env)).toBe('');
  });

  it('keeps quotes and unset variables in the raw form (step names)', () => {
    expect(processWord("RUN echo 'x' > $OUT/$NAME", env, '\\', { rawQuotes: true, skipUnset: true })).toBe("RUN echo 'x' > $OUT/world");
  });

  it('splits words on unquoted blanks', () => {
    expect(processWords('80/tcp "a b" $NAME', env)).toEqual(['80/tcp', 'a b', 'world']);
  });
});
