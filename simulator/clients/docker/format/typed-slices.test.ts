// What a real docker 20.10.24 printed for `docker inspect -f` with join on a container's and an
// image's string slices (tests/oracle/docker/scripts/64-learner-fresh-m.sh #29).
import { describe, expect, it } from 'vitest';
import { executeInspectTemplate, parseDockerTemplate } from '../../../go/template/index';
import { typedContainer, typedImage } from './typed-slices';

const run = (t: string, v: unknown) => executeInspectTemplate(parseDockerTemplate(t), v);

describe('the typed inspect objects', () => {
  it('join takes Config.Cmd (a strslice.StrSlice) and Env ([]string) of a container', () => {
    const c = typedContainer({ Name: '/m3', Args: ['-c', 'exit 3'], Config: { Env: ['A=1', 'B=2'], Cmd: ['sh', '-c', 'exit 3'], Entrypoint: null }, HostConfig: { CapAdd: null, Dns: [] } });
    expect(run('{{join .Config.Cmd "|"}} {{join .Config.Env ","}} {{join .Args " "}}', c)).toBe('sh|-c|exit 3 A=1,B=2 -c exit 3');
    expect(run('{{printf "%T" .Config.Cmd}}', c)).toBe('strslice.StrSlice');
  });
  it('and RepoTags and ContainerConfig.Env of an image', () => {
    const i = typedImage({ RepoTags: ['a:1', 'b:2'], Config: { Env: ['P=1'] }, ContainerConfig: { Env: ['Q=2'] } });
    expect(run('{{join .RepoTags ","}} {{join .Config.Env ""}} {{join .ContainerConfig.Env ""}}', i)).toBe('a:1,b:2 P=1 Q=2');
  });
  it('an untyped []interface {} still fails as the raw JSON does', () => {
    expect(() => run('{{join .L ","}}', { L: ['x'] })).toThrow(/expected \[\]string; got \[\]interface \{\}/);
  });
});
