import { describe, expect, it } from 'vitest';
import { normaliseRun, realSide } from './normalise-docker';
import { scriptNeeds } from './script-needs';

const NOW = Date.parse('2026-12-05T04:30:00Z');
const run = (outs: string[], scriptText = '', stableIds: string[] = []) =>
  normaliseRun(
    outs.map((stdout) => ({ cmd: 'docker ps', stdout, stderr: '', atMs: NOW })),
    { stableIds: new Set(stableIds), scriptText },
  ).map((o) => o.stdout);

describe('docker oracle normaliser', () => {
  it('numbers random ids by first appearance, long and short alike, keeping their width', () => {
    const long = 'dccfb60605855c9c2e16522225366ba726510b4b1468d18ee619622c00c73066';
    const other = '09ccb2a59ce08a6a4c744e63e92bf40dde23820f381b774580800e568c321f84';
    const [a, b] = run([`${long}\n`, `09ccb2a59ce0   x\ndccfb6060585   y\n${other}\n`]);
    expect(a).toBe(`ID1${'_'.repeat(61)}\n`);
    expect(b).toBe(`ID2_________   x\nID1_________   y\nID2${'_'.repeat(61)}\n`);
  });

  it("numbers overlay2's short link ids by first appearance, and only after overlay2/l/", () => {
    const line = (a: string, b: string) => `lowerdir=/var/lib/docker/overlay2/l/${a}:/var/lib/docker/overlay2/l/${b},upperdir=x\n`;
    const [first, second] = run([line('FECTNF2OCA4AGUZONNMUNXH2N2', '4TV5YTEWGTKKHVYENJDKEGUUUG'), line('QWHJKBAV5WMJGMXSV3YBRS6LUB', '4TV5YTEWGTKKHVYENJDKEGUUUG')]);
    expect(first).toBe(line('LINK1_____________________', 'LINK2_____________________'));
    expect(second).toBe(line('LINK3_____________________', 'LINK2_____________________'));
    expect(run(['FECTNF2OCA4AGUZONNMUNXH2N2\n'])).toEqual(['FECTNF2OCA4AGUZONNMUNXH2N2\n']);
  });

  it('keeps the ids the test images fix', () => {
    expect(run(['aa1bd989d5a2   3 years ago\n'], '', ['aa1bd989d5a2'])).toEqual(['aa1bd989d5a2   3 years ago\n']);
  });

  it('a different id where the same one belongs still differs', () => {
    const a = run(['dccfb6060585\ndccfb6060585\n']);
    const b = run(['dccfb6060585\n09ccb2a59ce0\n']);
    expect(a).not.toEqual(b);
  });

  it('numbers generated names where docker prints names, not the names the script typed', () => {
    expect(run(['ID   NAMES\nx    focused_turing\ny    my_app\n'], 'docker run --name my_app busybox')).toEqual(['ID   NAMES\nx    NAME1_________\ny    my_app\n']);
    expect(run(['"Name": "/focused_turing",\n/focused_turing\n'])).toEqual(['"Name": "/NAME1_________",\n/NAME1_________\n']);
    // words with an underscore elsewhere are no names: inspect keys, ip's valid_lft
    expect(run(['"com.docker.network.bridge.default_bridge": "true"\n       valid_lft forever preferred_lft forever\n'])).toEqual([
      '"com.docker.network.bridge.default_bridge": "true"\n       valid_lft forever preferred_lft forever\n',
    ]);
  });

  it('hides the PIDs, C and STIME of docker top and the interface indexes of ip, nothing else', () => {
    const top = (pid: string, cpu = '0') =>
      normaliseRun(
        [{ cmd: 'docker top b1', stdout: `UID                 PID                 PPID                C                   STIME\nroot                ${pid.padEnd(20)}21172               ${cpu.padEnd(20)}05:01               sleep 3600\n`, stderr: '', atMs: NOW }],
        { stableIds: new Set(), scriptText: '' },
      )[0]?.stdout;
    expect(top('21193')).toBe(top('17387'));
    expect(top('21193')).toBe(top('4711'));
    expect(top('21193', '1')).toBe(top('21193'));
    expect(top('21193')).toContain('PID                 PID                 C                   HH:MM               sleep 3600');
    const ip = normaliseRun([{ cmd: 'docker run --rm busybox ip -4 addr', stdout: '414: eth0@if415: <UP> mtu 1500\n1: lo: <UP>\n', stderr: '', atMs: NOW }], {
      stableIds: new Set(),
      scriptText: '',
    })[0]?.stdout;
    expect(ip).toBe('N: eth0@ifN: <UP> mtu 1500\n1: lo: <UP>\n');
  });

  it('writes times of the run as distances from their line and keeps earlier times', () => {
    expect(run(['"Created": "2026-12-05T04:29:58.123456789Z",\n"Created": "2023-06-01T00:00:00Z"\n'])).toEqual([
      '"Created": "<time now.f Z>",\n"Created": "2023-06-01T00:00:00Z"\n',
    ]);
    expect(run(['2026-12-05 04:30:01 +0000 UTC 2026-12-05T05:30:00Z\n'])).toEqual(['<time now +0000 UTC> <time now+60m Z>\n']);
    // a time hours before the script is compared as written
    expect(run(['2026-12-05T01:00:00Z\n'])).toEqual(['2026-12-05T01:00:00Z\n']);
  });

  it('turns ages under a minute into AGE, loosening only the age columns\' width', () => {
    const real = [
      'CONTAINER ID   IMAGE     COMMAND        CREATED          STATUS                  PORTS     NAMES',
      'dccfb6060585   busybox   "sleep 3600"   1 second ago     Up Less than a second             b1',
      '',
    ].join('\n');
    const sim = [
      'CONTAINER ID   IMAGE     COMMAND        CREATED         STATUS         PORTS     NAMES',
      'dccfb6060585   busybox   "sleep 3600"   2 seconds ago   Up 2 seconds             b1',
      '',
    ].join('\n');
    expect(run([real])).toEqual(run([sim]));
    // an age of hours is a real difference, and so is a misaligned column elsewhere
    expect(run([sim.replace('2 seconds ago', '2 hours ago  ')])).not.toEqual(run([sim]));
    expect(run([sim.replace('busybox   "sleep', 'busybox  "sleep')])).not.toEqual(run([sim]));
    // the empty PORTS column keeps its width
    expect(run([sim.replace('             b1', '            b1')])).not.toEqual(run([sim]));
    expect(run([sim])[0]).toBe(
      'CONTAINER ID   IMAGE     COMMAND        CREATED | STATUS | PORTS     NAMES\nID1_________   busybox   "sleep 3600"   AGE ago | Up AGE |           b1\n',
    );
  });

  it('rewrites the harness paths and bridge on the real side only', () => {
    const facts = { dir: '/tmp/ctrlab-oracle-abc', bridge: { name: 'ctrlabdk123', prefix: '10.219.' } };
    expect(realSide('Docker Root Dir: /tmp/ctrlab-oracle-abc/root\n"Gateway": "10.219.0.1" ctrlabdk123 110.219.0.1\n', facts)).toBe(
      'Docker Root Dir: /var/lib/docker\n"Gateway": "172.17.0.1" docker0 110.219.0.1\n',
    );
  });

  it('reads the endpoint MACs libnetwork derives from the private subnet as docker0\'s (02:42 + the address)', () => {
    const facts = { dir: '/tmp/ctrlab-oracle-abc', bridge: { name: 'ctrlabdk123', prefix: '10.219.' } };
    // busybox `ip link` in a container on the private bridge; a MAC of another subnet stays.
    expect(realSide('    link/ether 02:42:0a:db:00:02 brd ff:ff:ff:ff:ff:ff\n    link/ether 02:42:0a:05:00:09 brd\n', facts)).toBe(
      '    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff\n    link/ether 02:42:0a:05:00:09 brd\n',
    );
  });

  it('drops the forwarding warning of a machine with forwarding off in each form, and reads the client config dir as /root/.docker', () => {
    const facts = { dir: '/tmp/ctrlab-oracle-abc' };
    const text = [
      'WARNING: IPv4 forwarding is disabled. Networking will not work.',
      'WARNING: IPv4 forwarding is disabled',
      'Step 2/2 : RUN exit 7',
      ' ---> [Warning] IPv4 forwarding is disabled. Networking will not work.',
      ' ---> Running in 0123456789ab',
      'stored unencrypted in /tmp/ctrlab-oracle-abc/client-config/config.json.',
      'WARNING: bridge-nf-call-iptables is disabled',
      '',
    ].join('\n');
    expect(realSide(text, facts)).toBe(
      'Step 2/2 : RUN exit 7\n ---> Running in 0123456789ab\nstored unencrypted in /root/.docker/config.json.\nWARNING: bridge-nf-call-iptables is disabled\n',
    );
  });

  it('hides the PIDs of docker top -o in the PID and PPID columns, keeping the other cells', () => {
    const top = (stdout: string) => normaliseRun([{ cmd: 'docker top c o pid,ppid,cmd', stdout, stderr: '', atMs: NOW }], { stableIds: new Set(), scriptText: '' })[0]?.stdout;
    const head = 'PID                 PPID                CMD\n';
    expect(top(`${head}1784                1760                sleep 1000\n`)).toBe(top(`${head}17632               17631               sleep 1000\n`));
    expect(top(`${head}1784                1760                sleep 1000\n`)).toBe(`${head}PID                 PID                 sleep 1000\n`);
    expect(top(`${head}1784                1760                sleep 99\n`)).not.toBe(top(`${head}1784                1760                sleep 1000\n`));
  });

  it('hides only the machine lines of docker info and sorts its runtimes', () => {
    const [out] = normaliseRun(
      [{ cmd: 'docker info', stdout: ' Kernel Version: 6.1.0\n Runtimes: runc io.containerd.runc.v2\n Containers: 2\n', stderr: '', atMs: NOW }],
      { stableIds: new Set(), scriptText: '' },
    );
    expect(out?.stdout).toBe(' Kernel Version: MACHINE\n Runtimes: io.containerd.runc.v2 runc\n Containers: 2\n');
  });

  it('orders the rows of one image by repository, and only those', () => {
    const images = (rows: string[]) =>
      normaliseRun([{ cmd: 'docker images', stdout: `REPOSITORY   TAG       IMAGE ID\n${rows.join('\n')}\n`, stderr: '', atMs: NOW }], {
        stableIds: new Set(['aa1bd989d5a2', 'be9b59fe274c']),
        scriptText: '',
      })[0]?.stdout;
    const a = 'localhost:5000/b   1.36      aa1bd989d5a2';
    const b = 'busybox            1.36      aa1bd989d5a2';
    const c = 'nginx              alpine    be9b59fe274c';
    expect(images([c, a, b])).toBe(images([c, b, a]));
    expect(images([c, a, b])).not.toBe(images([a, b, c]));
  });

  it('reads what a script needs', () => {
    expect(scriptNeeds('# needs: bridge\ndocker ps\n')).toEqual(['bridge']);
    expect(scriptNeeds('docker ps\n')).toEqual([]);
  });
});
