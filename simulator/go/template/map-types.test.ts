import { describe, expect, it } from 'vitest';
import { executeInspectTemplate, GoTemplateError, goMap, goStruct, parseDockerTemplate, parseTemplate } from './index';

// The key and element types of a Go map decide what a template may ask of it (text/template
// exec.go evalField, funcs.go index/prepareArg); docker's inspect data carries them
// (tests/oracle/docker/scripts/51-inspect-map-types.sh holds the real dockerd's answers).
const data = () =>
  goStruct({
    Labels: goMap({ a: '1' }, 'map[string]string'),
    Networks: goMap({ bridge: goStruct({ IPAddress: '172.17.0.2' }, '*network.EndpointSettings') }, 'map[string]*network.EndpointSettings'),
    Ports: goMap({ '80/tcp': [goStruct({ HostIp: '0.0.0.0', HostPort: '8080' }, 'nat.PortBinding')] }, 'nat.PortMap', 'map[nat.Port][]nat.PortBinding'),
    Any: goMap({}),
  });

const run = (text: string) => parseTemplate(text).execute(data());

describe('maps of a Go type', () => {
  it('index of a missing key is the element type’s zero value', () => {
    expect(run('{{index .Labels "zzz"}}|{{index .Labels "a"}}')).toBe('|1');
    expect(run('{{index .Networks "nope"}}')).toBe('<nil>');
    expect(run('{{index .Any "nope"}}')).toBe('<no value>');
  });

  it('a field of a missing key is still no value', () => {
    expect(run('{{.Labels.zzz}}')).toBe('<no value>');
  });

  it('a string is no key of a map keyed by a named string type', () => {
    expect(() => run('{{index .Ports "80/tcp"}}')).toThrow(new GoTemplateError('template: :1:2: executing "" at <index .Ports "80/tcp">: error calling index: value has type string; should be nat.Port'));
    expect(() => run('{{.Ports.foo}}')).toThrow(new GoTemplateError('template: :1:8: executing "" at <.Ports.foo>: can\'t evaluate field foo in type nat.PortMap'));
    expect(run('{{.Ports}}')).toBe('map[80/tcp:[{0.0.0.0 8080}]]');
  });

  it('so docker inspect answers those from the raw JSON', () => {
    expect(executeInspectTemplate(parseDockerTemplate('{{index .Ports "80/tcp"}}'), data())).toBe('[map[HostIp:0.0.0.0 HostPort:8080]]');
  });
});
