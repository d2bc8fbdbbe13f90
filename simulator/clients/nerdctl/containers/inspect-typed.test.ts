// nerdctl container inspect --format runs the template on dockercompat.Container, a Go struct
// (pkg/inspecttypes/dockercompat/dockercompat.go:85-210@v0.22.2), before formatSlice's raw JSON
// fallback (fmtutil.go:75-111): its field ID (JSON "Id") answers {{.ID}}; a nil Args or Mounts
// slice prints [] and has len 0; a created container's nil *ContainerState prints <nil>; Labels
// is a map[string]string (printed map[k:v …], sorted); %T names *dockercompat.Container. The
// JSON output is unchanged: Args and Mounts null, Config's zero omitempty fields left out.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

describe('nerdctl container inspect: the Go types a template sees', () => {
  it('ID, nil slices, the labels map and the type name', async () => {
    const run = nerdctlSession();
    const id = (await run('nerdctl run -d --name x --label a=b alpine top')).out.trim();
    expect((await run("nerdctl inspect --format '{{.ID}}' x")).out).toBe(`${id}\n`);
    expect((await run("nerdctl container inspect --format '{{.Path}} {{.Args}} {{json .Args}} {{len .Args}} {{.Mounts}} {{len .Mounts}}' x")).out).toBe('top [] null 0 [] 0\n');
    expect((await run("nerdctl inspect --format '{{printf \"%T %T %T\" . .State .Config.Labels}}' x")).out).toBe('*dockercompat.Container *dockercompat.ContainerState map[string]string\n');
    expect((await run("nerdctl inspect --format '{{index .Config.Labels \"a\"}} {{.Config.User}}|{{.Config.Env}}' x")).out).toBe('b |[]\n');
    expect((await run("nerdctl inspect --format '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Ports}}' x")).out).toBe('10.4.0.2 <nil>\n');
    const json = JSON.parse((await run('nerdctl inspect x')).out) as Array<Record<string, unknown>>;
    expect(json[0]?.Args).toBeNull();
    expect(Object.keys(json[0]?.Config as object)).toEqual(['Hostname', 'AttachStdin', 'Labels']);
    expect(Object.keys(json[0]?.NetworkSettings as object)).toEqual(['GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'IPAddress', 'IPPrefixLen', 'MacAddress', 'Networks']);
  });

  it('a created container: State and NetworkSettings are nil pointers', async () => {
    const run = nerdctlSession();
    await run('nerdctl create --name y alpine');
    const r = await run("nerdctl inspect --format '{{.State}} {{.NetworkSettings}} {{json .State}}' y");
    expect(r.out).toBe('<nil> <nil> null\n');
  });

  it('published ports: a nat.PortMap with nat.PortBinding values (HostIP, JSON HostIp)', async () => {
    const run = nerdctlSession();
    await run('nerdctl run -d --name w -p 8080:80 alpine top');
    expect((await run("nerdctl inspect --format '{{.NetworkSettings.Ports}} {{range $p, $b := .NetworkSettings.Ports}}{{$p}}={{(index $b 0).HostIP}}:{{(index $b 0).HostPort}}{{end}}' w")).out).toBe(
      'map[80/tcp:[{0.0.0.0 8080}]] 80/tcp=0.0.0.0:8080\n',
    );
    expect((await run("nerdctl inspect --format '{{json .NetworkSettings.Ports}}' w")).out).toBe('{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"}]}\n');
  });
});
