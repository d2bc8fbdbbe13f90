// The Dockerfile parser against buildkit 0.10.4's rules (frontend/dockerfile/parser/parser.go,
// line_parsers.go, instructions/parse.go@v0.10.4): continuations, comments, the escape
// directive, JSON and shell forms, line numbers, and the errors with their texts.

import { describe, expect, it } from 'vitest';
import { DockerfileError, sourceSnippet } from './errors';
import { parseStages, type Instruction } from './instructions';
import { parseDockerfile } from './parser';

function stages(text: string) {
  return parseStages(parseDockerfile(text).nodes);
}

function errorOf(fn: () => unknown): { message: string; start: number; end: number } {
  try {
    fn();
  } catch (err) {
    if (err instanceof DockerfileError) return { message: err.message, start: err.startLine, end: err.endLine };
    throw err;
  }
  throw new Error('no error');
}

function only(text: string): Instruction {
  const c = stages(`FROM alpine\n${text}\n`).stages[0]?.commands[0];
  if (!c) throw new Error('no instruction');
  return c;
}

describe('the parser', () => {
  it('joins continuation lines, skipping comments and blank lines inside them, and keeps line numbers', () => {
    const p = parseDockerfile('# comment\nFROM alpine\nRUN apk add \\\n  # a comment inside\n  curl \\\n\n  wget\nCMD ["sh"]\n');
    expect(p.nodes.map((n) => [n.command, n.startLine, n.endLine])).toEqual([
      ['FROM', 2, 2],
      ['RUN', 3, 7],
      ['CMD', 8, 8],
    ]);
    expect(p.nodes[1]?.args).toEqual(['apk add   curl   wget']);
    expect(p.warnings).toEqual(['Empty continuation line found in: RUN apk add   curl   wget']);
  });

  it('reads the escape directive: a backtick continues lines and the backslash is plain', () => {
    const p = parseDockerfile('# escape=`\nFROM alpine\nRUN echo C:\\ `\n  done\n');
    expect(p.escapeToken).toBe('`');
    expect(p.nodes[1]?.args).toEqual(['echo C:\\   done']);
  });

  it('takes directives only before the first other line, once each', () => {
    expect(parseDockerfile('FROM alpine\n# escape=`\nRUN a \\\n b\n').nodes[1]?.args).toEqual(['a  b']);
    expect(errorOf(() => parseDockerfile('# escape=`\n# escape=\\\nFROM a\n')).message).toBe('only one escape parser directive can be used');
    expect(errorOf(() => parseDockerfile('# escape=x\nFROM a\n')).message).toBe("invalid escape token 'x' does not match ` or \\");
  });

  it('tells the JSON form from the shell form', () => {
    expect(only('RUN ["echo", "hi"]')).toMatchObject({ kind: 'run', cmd: ['echo', 'hi'], prependShell: false });
    expect(only('RUN echo hi')).toMatchObject({ kind: 'run', cmd: ['echo hi'], prependShell: true });
    expect(only('CMD [not json')).toMatchObject({ kind: 'cmd', cmd: ['[not json'], prependShell: true });
    expect(only('COPY ["a b", "/x/"]')).toMatchObject({ kind: 'copy', sources: ['a b'], dest: '/x/' });
    expect(errorOf(() => stages('FROM a\nRUN ["echo", 1]\n')).message).toBe('when using JSON array syntax, arrays must be comprised of strings only');
  });

  it('fails an empty file with no instructions', () => {
    expect(errorOf(() => parseDockerfile('# only a comment\n\n')).message).toBe('file with no instructions');
  });
});

describe('instructions', () => {
  it('FROM: image, AS name (lower-cased), --platform; one or three arguments', () => {
    const s = stages('FROM --platform=linux/arm64 golang:1.19 AS Build\nFROM alpine\n').stages;
    expect(s.map((x) => [x.baseName, x.name, x.platform])).toEqual([
      ['golang:1.19', 'build', 'linux/arm64'],
      ['alpine', '', ''],
    ]);
    expect(errorOf(() => stages('FROM a b\n'))).toEqual({ message: 'dockerfile parse error on line 1: FROM requires either one or three arguments', start: 1, end: 1 });
    expect(errorOf(() => stages('FROM a AS 1x\n')).message).toBe(
      'dockerfile parse error on line 1: invalid name for build stage: "1x", name can\'t start with a number or contain symbols',
    );
  });

  it('RUN, CMD, ENTRYPOINT, SHELL', () => {
    expect(only('RUN --mount=type=cache,target=/x make')).toMatchObject({ kind: 'run', flagsUsed: ['mount'] });
    expect(only('ENTRYPOINT ["nginx", "-g", "daemon off;"]')).toMatchObject({ kind: 'entrypoint', cmd: ['nginx', '-g', 'daemon off;'], prependShell: false });
    expect(only('SHELL ["/bin/bash", "-c"]')).toMatchObject({ kind: 'shell', shell: ['/bin/bash', '-c'] });
    expect(errorOf(() => stages('FROM a\nSHELL /bin/bash\n')).message).toBe('dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form');
  });

  it('COPY and ADD: sources, destination, --from, --chown, --chmod; a destination is required', () => {
    expect(only('COPY --from=build --chown=1000:1000 /src/app /app')).toMatchObject({ kind: 'copy', sources: ['/src/app'], dest: '/app', from: 'build', chown: '1000:1000' });
    expect(only('ADD --chmod=755 run.sh /usr/local/bin/')).toMatchObject({ kind: 'add', sources: ['run.sh'], dest: '/usr/local/bin/', chmod: '755' });
    expect(errorOf(() => stages('FROM a\nCOPY onlyone\n')).message).toBe(
      'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined.',
    );
    expect(errorOf(() => stages('FROM a\nADD --from=x a b\n')).message).toBe('dockerfile parse error on line 2: Unknown flag: from');
  });

  it('ENV and LABEL: key=value pairs (quotes kept for expansion) or the old `ENV key value` form', () => {
    expect(only('ENV A=1 B="two words"')).toMatchObject({ kind: 'env', pairs: [{ key: 'A', value: '1' }, { key: 'B', value: '"two words"' }] });
    expect(only('ENV PATH /usr/local/bin:$PATH')).toMatchObject({ kind: 'env', pairs: [{ key: 'PATH', value: '/usr/local/bin:$PATH' }] });
    expect(only('LABEL maintainer="me" version=1.0')).toMatchObject({ kind: 'label', pairs: [{ key: 'maintainer', value: '"me"' }, { key: 'version', value: '1.0' }] });
    expect(errorOf(() => stages('FROM a\nENV A=1 B\n')).message).toBe('Syntax error - can\'t find = in "B". Must be of the form: name=value');
    expect(errorOf(() => stages('FROM a\nENV ONLY\n')).message).toBe('ENV must have two arguments');
  });

  it('WORKDIR, USER, STOPSIGNAL take exactly one argument; EXPOSE and VOLUME at least one', () => {
    expect(only('WORKDIR /app')).toMatchObject({ kind: 'workdir', value: '/app' });
    expect(only('USER nginx')).toMatchObject({ kind: 'user', value: 'nginx' });
    expect(only('STOPSIGNAL SIGQUIT')).toMatchObject({ kind: 'stopsignal', value: 'SIGQUIT' });
    expect(only('EXPOSE 443 80/tcp')).toMatchObject({ kind: 'expose', ports: ['443', '80/tcp'] });
    expect(only('VOLUME ["/data", "/logs"]')).toMatchObject({ kind: 'volume', volumes: ['/data', '/logs'] });
    expect(errorOf(() => stages('FROM a\nEXPOSE\n')).message).toBe('dockerfile parse error on line 2: EXPOSE requires at least one argument');
    expect(errorOf(() => stages('FROM a\nSTOPSIGNAL\n')).message).toBe('dockerfile parse error on line 2: STOPSIGNAL requires exactly one argument');
  });

  it('ARG: names with or without defaults; before the first FROM they are meta args', () => {
    const s = stages('ARG VERSION=3.21\nARG FLAVOR\nFROM alpine:${VERSION}\nARG USER=app\n');
    expect(s.metaArgs).toEqual([{ key: 'VERSION', value: '3.21' }, { key: 'FLAVOR' }]);
    expect(s.stages[0]?.commands[0]).toMatchObject({ kind: 'arg', args: [{ key: 'USER', value: 'app' }] });
  });

  it('HEALTHCHECK: CMD-SHELL or CMD with durations, NONE', () => {
    expect(only('HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -f http://localhost/ || exit 1')).toMatchObject({
      kind: 'healthcheck',
      test: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
      interval: 30e9,
      timeout: 3e9,
      retries: 3,
    });
    expect(only('HEALTHCHECK NONE')).toMatchObject({ kind: 'healthcheck', test: ['NONE'] });
    expect(errorOf(() => stages('FROM a\nHEALTHCHECK --retries=0 CMD true\n')).message).toBe('dockerfile parse error on line 2: --retries must be at least 1 (not 0)');
    expect(errorOf(() => stages('FROM a\nHEALTHCHECK RUN true\n')).message).toBe('dockerfile parse error on line 2: Unknown type "RUN" in HEALTHCHECK (try CMD)');
  });

  it('ONBUILD keeps its trigger; MAINTAINER is metadata', () => {
    expect(only('ONBUILD RUN echo later')).toMatchObject({ kind: 'onbuild', expression: 'RUN echo later' });
    expect(only('MAINTAINER someone')).toMatchObject({ kind: 'maintainer', value: 'someone' });
    expect(errorOf(() => stages('FROM a\nONBUILD FROM b\n')).message).toBe("dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger");
  });

  it('an unknown instruction is reported with its line and the closest instruction, in the case written', () => {
    expect(errorOf(() => stages('FROM alpine\nRUN echo hi\nFORM alpine\n'))).toEqual({
      message: 'dockerfile parse error on line 3: unknown instruction: FORM (did you mean FROM?)',
      start: 3,
      end: 3,
    });
    expect(errorOf(() => stages('FROM alpine\ncopyy a b\n')).message).toBe('dockerfile parse error on line 2: unknown instruction: copyy (did you mean copy?)');
    expect(errorOf(() => stages('FROM alpine\nFROBNICATE\n')).message).toBe('dockerfile parse error on line 2: unknown instruction: FROBNICATE');
  });

  it('an instruction before the first FROM has no stage', () => {
    expect(errorOf(() => stages('RUN echo hi\nFROM alpine\n'))).toEqual({ message: 'no build stage in current context', start: 1, end: 1 });
  });
});

describe('sourceSnippet (solver/errdefs/source.go Print)', () => {
  it('shows four lines of context around one line, marking it', () => {
    const data = 'FROM alpine\nRUN a\nRUN b\nRUN c\nRUN d\nRUN e\nRUN f\n';
    expect(sourceSnippet('Dockerfile', data, 4, 4)).toBe(
      [
        'Dockerfile:4',
        '--------------------',
        '   2 |     RUN a',
        '   3 |     RUN b',
        '   4 | >>> RUN c',
        '   5 |     RUN d',
        '   6 |     RUN e',
        '--------------------',
        '',
      ].join('\n'),
    );
  });

  it('shows two lines of context around a range and stops at the file end', () => {
    expect(sourceSnippet('Dockerfile', 'FROM a\nRUN x \\\n  y\n', 2, 3)).toBe(
      ['Dockerfile:2', '--------------------', '   1 |     FROM a', '   2 | >>> RUN x \\', '   3 | >>>   y', '   4 |     ', '--------------------', ''].join('\n'),
    );
  });
});
