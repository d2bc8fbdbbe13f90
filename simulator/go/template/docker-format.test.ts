// docker's --format handling on row objects shaped as docker/cli's formatter contexts
// (methods for columns, Label(name) with an argument). Plain map rows are compared with Go
// itself in go-oracle.test.ts (`table` cases).

import { describe, expect, it } from 'vitest';
import { dockerPreFormat, formatDockerRows, GoTemplateError, goSlice, goStruct, parseDockerTemplate } from './index';

interface Container {
  id: string;
  names: string[];
  labels: Record<string, string>;
}

/** A stand-in for formatter.containerContext: columns are methods, as in docker/cli. */
function containerContext(c: Container): unknown {
  const proto = {
    ID: () => c.id.slice(0, 12),
    Names: () => c.names.join(','),
    Label: (name: string) => c.labels[name] ?? '',
    Labels: () => Object.entries(c.labels).map(([k, v]) => `${k}=${v}`).join(','),
  };
  return goStruct(Object.create(proto) as object, '*formatter.ContainerContext');
}

const HEADER = { ID: 'CONTAINER ID', Names: 'NAMES', Labels: 'LABELS' };
const rows = [
  containerContext({ id: 'a'.repeat(64), names: ['web'], labels: { 'com.example.vendor': 'acme' } }),
  containerContext({ id: 'b'.repeat(64), names: ['db', 'db-alias'], labels: {} }),
];

describe('formatDockerRows', () => {
  it('writes the header from the header map and pads columns as tabwriter(10, 1, 3)', () => {
    expect(formatDockerRows({ format: 'table {{.ID}}\\t{{.Names}}', rows, header: HEADER })).toBe(
      'CONTAINER ID   NAMES\naaaaaaaaaaaa   web\nbbbbbbbbbbbb   db,db-alias\n',
    );
  });

  it('names a label column after the label’s last dotted part (SubHeaderContext.Label)', () => {
    expect(formatDockerRows({ format: 'table {{.Names}}\\t{{.Label "com.example.vendor"}}', rows, header: HEADER })).toBe(
      'NAMES         vendor\nweb           acme\ndb,db-alias   \n',
    );
  });

  it('prints a non-table format row by row without a header', () => {
    expect(formatDockerRows({ format: '{{.ID}}: {{.Labels}}', rows, header: HEADER })).toBe(
      'aaaaaaaaaaaa: com.example.vendor=acme\nbbbbbbbbbbbb: \n',
    );
  });

  it('wraps parse and execution errors as docker does', () => {
    expect(() => formatDockerRows({ format: '{{.ID', rows, header: HEADER })).toThrow(
      new GoTemplateError('template parsing error: template: :1: unclosed action'),
    );
    expect(() => formatDockerRows({ format: '{{.Nope}}', rows, header: HEADER })).toThrow(
      'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext',
    );
    expect(() => formatDockerRows({ format: '{{.Label}}', rows, header: HEADER })).toThrow(
      'template parsing error: template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0',
    );
  });

  // About 5 ms on an idle machine (best run); the bound leaves room for a loaded CI box and
  // still catches an accidental quadratic step.
  it('formats 1,000 rows in about a frame (best of 10)', () => {
    const many = Array.from({ length: 1000 }, (_, i) => containerContext({ id: i.toString(16).padStart(64, '0'), names: [`c${i}`], labels: { a: 'b' } }));
    let best = Infinity;
    for (let run = 0; run < 10; run++) {
      const start = performance.now();
      const out = formatDockerRows({ format: 'table {{.ID}}\\t{{.Names}}\\t{{.Labels}}\\t{{.Label "a"}}', rows: many, header: HEADER });
      best = Math.min(best, performance.now() - start);
      expect(out.split('\n')).toHaveLength(1002);
    }
    expect(best).toBeLessThan(100);
  });
});

describe('docker template functions', () => {
  const run = (t: string, data: unknown) => parseDockerTemplate(t).execute(data);
  it('join takes a []string and json does not escape HTML', () => {
    expect(run('{{join .N ", "}}|{{json .H}}', { N: goSlice(['a', 'b'], '[]string'), H: '<b>&' })).toBe('a, b|"<b>&"');
  });
  it('upper and lower map rune by rune as Go’s strings package', () => {
    expect(run('{{upper "straße"}} {{lower "İSTANBUL"}} {{title "hello wORLD"}}', null)).toBe('STRAßE istanbul Hello WORLD');
  });
  it('truncate counts bytes and pad leaves empty strings alone', () => {
    expect(run('{{truncate "abcdef" 4}}|{{pad "" 3 3}}|{{pad "x" 1 2}}|', null)).toBe('abcd||  x  |'.replace('  x  ', ' x  '));
  });
});

describe('dockerPreFormat', () => {
  it('cuts the table keyword, trims spaces and expands \\t and \\n', () => {
    expect(dockerPreFormat('table  {{.ID}}\\t{{.Names}}\\n ')).toEqual({ isTable: true, text: '{{.ID}}\t{{.Names}}\n' });
    expect(dockerPreFormat('{{json .}}')).toEqual({ isTable: false, text: '{{json .}}' });
  });
});
