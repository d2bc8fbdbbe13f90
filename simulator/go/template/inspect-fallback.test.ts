import { describe, expect, it } from 'vitest';
import { decodeJsonUseNumber, executeInspectTemplate, GoTemplateError, goStruct, parseDockerTemplate } from './index';
import { withMarshalJSON } from '../json';

/** types.ContainerJSON-like: Go field ID, JSON key "Id". */
const container = withMarshalJSON(goStruct({ ID: 'abc', State: goStruct({ Pid: 42, Status: 'running' }, '*types.ContainerState') }, 'types.ContainerJSON'), () => ({
  Id: 'abc',
  State: { Pid: 42, Status: 'running' },
}));

describe('executeInspectTemplate', () => {
  it('uses the typed object when the template runs on it', () => {
    expect(executeInspectTemplate(parseDockerTemplate('{{.ID}} {{.State.Pid}}'), container)).toBe('abc 42');
  });

  it('falls back to the JSON names with json.Number values', () => {
    expect(executeInspectTemplate(parseDockerTemplate('{{.Id}} {{.State.Pid}} {{json .State.Pid}} {{printf "%T" .State.Pid}}'), container)).toBe(
      'abc 42 42 json.Number',
    );
  });

  it('keeps the typed run’s partial output first for nerdctl', () => {
    expect(executeInspectTemplate(parseDockerTemplate('{{.State.Status}}-{{.Id}}'), container, { keepPartial: true })).toBe('running-running-abc');
    expect(executeInspectTemplate(parseDockerTemplate('{{.State.Status}}-{{.Id}}'), container)).toBe('running-abc');
  });

  it('fails with missingkey=error on the raw object, as template parsing error', () => {
    expect(() => executeInspectTemplate(parseDockerTemplate('{{.Nope}}'), container)).toThrow(
      new GoTemplateError('template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"'),
    );
  });
});

describe('decodeJsonUseNumber', () => {
  it('decodes objects to maps and numbers to json.Number', () => {
    const v = decodeJsonUseNumber('{"b":[1.50,{"x":null}],"a":"s\\n","t":true}');
    expect(parseDockerTemplate('{{range $k, $v := .}}{{$k}}={{$v}};{{end}}').execute(v)).toBe('a=s\n;b=[1.50 map[x:<nil>]];t=true;');
  });
});
