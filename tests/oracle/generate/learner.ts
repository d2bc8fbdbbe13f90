// A seeded generator of ctr command lines the way a learner explores: the notes' commands with
// flags in other combinations, odd values (empty, zero, negative, huge, unicode, `=` forms,
// repeated flags), objects in the wrong state and objects that do not exist. It keeps a rough
// picture of what the script made so far (containers, tasks, snapshots, leases, namespaces) so
// most lines act on things that are there, and the rest on things that are not.
//
// Every line must end by itself on a real node: foreground tasks run short commands, anything
// long runs detached, and nothing that follows a stream (events, attach) is generated. Files a
// line writes go to the scripts' working directory (real-run.ts ORACLE_FILES, removed after
// each run), never elsewhere on the machine; nothing mounts on the host or talks to a network.

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

import type { HelpCommand, HelpFlag } from './help-flags';

const BUSYBOX = 'docker.io/library/busybox:latest';
/** Blobs of the oracle's busybox image (index, manifest, config, layer), and two that are not there. */
const DIGESTS = [
  'sha256:42cc3c22db935d828da1e63b7329b375d98a5f0952cddf2c59c84b04020a7b2f',
  'sha256:6a69ccce5c35fa35221ceb46937aa30c484db6f7ea74664914eee5012ff94713',
  'sha256:d3f0f01e297149e260681b6e43757513ca07bdb459629d8dee6d986ac3559f21',
  'sha256:f2615139de7ef197edbbecb53f52e1055fe394f9cd95e0572f4d8c90fc000fbe',
  `sha256:${'0'.repeat(64)}`,
  'sha256:abc',
];
/** Plausible values of a flag, by its name; other flags get ODD values. */
const FLAG_VALUES: Record<string, string[]> = {
  signal: ['9', 'SIGKILL', 'TERM', '0', 'SIGUSR1', '64', '-9', 'sigkill'],
  format: ['table', 'json', 'yaml', '""'],
  platform: ['linux/amd64', 'linux/arm64/v8', 'linux/s390x', 'windows', 'bogus', '""'],
  snapshotter: ['overlayfs', 'native', 'bogus', '""'],
  label: ['a=1', 'a=', 'k.x/y=z', "'x=a b'", 'novalue'],
  annotation: ['a=1', 'a=', 'novalue'],
  'snapshotter-label': ['a=1', 'a='],
  env: ['A=1', 'A=', 'A', '=x'],
  cwd: ['/', '/tmp', '/nonexistent', 'relative', '""'],
  mount: ['type=tmpfs,dst=/t', 'type=bind,src=/tmp,dst=/x,options=rbind:ro', 'bogus', 'type=bind,dst=/x'],
  'memory-limit': ['0', '-1', '1048576', '99999999999999999999', 'abc'],
  cpus: ['0', '0.5', '-1', '2', 'x'],
  'cpu-shares': ['0', '2', '1024', '-5', 'x'],
  'cpu-quota': ['-1', '0', '50000', 'x'],
  'cpu-period': ['0', '100000', '-1'],
  'cap-add': ['CAP_NET_ADMIN', 'NET_ADMIN', 'cap_sys_admin', 'ALL', '""'],
  'cap-drop': ['CAP_CHOWN', 'CHOWN', 'ALL', '""'],
  runtime: ['io.containerd.runc.v2', 'io.containerd.runc.v1', 'io.containerd.runtime.v1.linux', 'bogus'],
  user: ['0', '65534', 'nobody', 'root:root', '1000:1000', 'bogus', '""', 'nobody:nogroup', ':nobody', '1:2:3', '4294967296'],
  'exec-id': ['e1', '""', 'x y', '容'],
  expires: ['1h', '0', '-1h', '1h30m', 'bogus', '""'],
  id: ['l1', 'l2', '""', '容'],
  'base-name': ['docker.io/library/base', '""', 'UPPER'],
  'index-name': ['idx', 'docker.io/library/idx:1', '""'],
  'log-uri': ['file:///tmp/ctrlab-oracle-files/l.log', 'bogus', '""', 'fifo://x'],
  'pid-file': ['p.pid', '""'],
  config: ['missing.json', '""'],
  'env-file': ['missing.env', '/etc/hostname', '""'],
  'seccomp-profile': ['missing.json', '""', '/etc/hostname', '/tmp'],
  'apparmor-profile': ['x', '""'],
  'apparmor-default-profile': ['x', '""'],
  'rdt-class': ['gold', '""'],
  'rootfs-propagation': ['shared', 'rprivate', 'bogus'],
  uidmap: ['0:1000:65536', 'bad', '0:0:1'],
  gidmap: ['0:1000:65536', 'bad'],
  timeout: ['1s', '0', 'bogus'],
  root: ['/nonexistent', '""'],
  target: ['/tmp/m', '""'],
};
const NGINX = 'docker.io/library/nginx:alpine';
/** Values a learner types by mistake or out of curiosity. */
const ODD = ['""', '0', '-1', '99999999999999999999', "'容器'", "'a b'", '-', '.', "'x=y'", 'UPPER', "'ß'"];
const SHORT_PROGRAMS = ['true', 'false', 'echo hi', 'ls /', 'cat /etc/passwd', 'id', 'pwd', 'env', "sh -c 'exit 3'", 'hostname', 'cat /etc/hostname', 'uname -s'];
const SIGNALS = ['9', 'SIGKILL', 'KILL', 'SIGTERM', 'TERM', '15', 'SIGHUP', '0', 'SIGUSR1', 'sigkill', '64', '-9'];

interface Picture {
  containers: string[];
  running: string[];
  stopped: string[];
  snapshots: string[];
  committed: string[];
  namespaces: string[];
  images: string[];
  n: number;
}

export class LearnerScript {
  private readonly rnd: () => number;
  private readonly pic: Picture = {
    containers: [], running: [], stopped: [], snapshots: [], committed: [], namespaces: ['default'], images: [BUSYBOX], n: 0,
  };

  /** `help`: ctr's commands and flags (help-flags.ts); with them, some lines try a command's flags at random. */
  constructor(
    seed: number,
    private readonly help: readonly HelpCommand[] = [],
  ) {
    this.rnd = seededRandom(seed);
  }

  private flag(f: HelpFlag): string {
    const name = this.chance(0.3) && f.short ? `-${f.short}` : `--${f.long}`;
    if (!f.takesValue) return this.chance(0.15) ? `${name.startsWith('--') ? name : `--${f.long}`}=${this.pick(['true', 'false'])}` : name;
    const value = this.pick(FLAG_VALUES[f.long] ?? ODD);
    return this.chance(0.3) && name.startsWith('--') ? `${name}=${value}` : `${name} ${value}`;
  }

  /** The words a USAGE placeholder stands for. */
  private argument(word: string, creates: boolean): string {
    const p = this.pic;
    const w = word.replace(/[[\]<>.,]/g, '');
    if (/^Image\|RootFS$/.test(w)) return this.image();
    if (/^(ID|CONTAINER)$/.test(w)) {
      if (!creates) return this.some(p.containers, 'c');
      const id = this.fresh('h');
      p.containers.push(id);
      return id;
    }
    if (/^(COMMAND|CMD)$/.test(w)) return this.pick(SHORT_PROGRAMS);
    if (/digest/.test(w)) return this.pick(DIGESTS);
    if (/^(key|active|parent)$/.test(w)) return this.some(p.snapshots.concat(p.committed), 's');
    if (w === 'name') return this.some(p.namespaces.concat(p.snapshots), 'n');
    if (/ref|image/.test(w)) return this.chance(0.5) ? this.image() : `docker.io/library/h${p.n}:1`;
    if (w === 'REF') return `docker.io/library/ck${p.n}:1`;
    if (w === 'out') return this.pick(['out.tar', '""', '/nonexistent/x.tar']);
    if (w === 'in') return this.pick(['busybox-oci.tar', 'nginx-docker.tar', 'missing.tar']);
    if (/=/.test(word)) return this.pick(['a=1', 'a=', 'b=2 c=3', '容=ü']);
    if (w === 'leaseid') return this.pick(['l1', 'l2', 'missing']);
    if (w === 'target') return '/tmp/m';
    if (/filter/.test(w)) return this.pick([`name==${BUSYBOX}`, 'id~=c', "'labels.a==1'", 'bogus==', 'runtime.name==io.containerd.runc.v2']);
    return '';
  }

  /** A command from ctr's help with some of its flags, in the forms and values a learner tries. */
  private helpLine(): string {
    const cmd = this.pick(this.help);
    const flags: string[] = [];
    const count = cmd.flags.length ? Math.floor(this.rnd() * 3) : 0;
    for (let i = 0; i < count; i++) flags.push(this.flag(this.pick(cmd.flags)));
    if (this.chance(0.05) && flags.length) flags.push(flags[0] ?? '');
    const creates = cmd.path[0] === 'run' || (cmd.path[0] === 'containers' && cmd.path[1] === 'create');
    const words = cmd.args.split(/\s+/).filter((w) => w !== '[flags]' && w !== '' && w !== '[arguments...]' && w !== '[ARG...]');
    const args: string[] = [];
    for (const word of words) {
      // An optional argument is left out half the time; a required one a learner forgets now and then.
      // A container's command never is: the images' own (sh, nginx) would keep ctr attached for ever.
      const command = /^\[?(COMMAND|CMD)\]?$/.test(word);
      if (!command && (word.startsWith('[') ? this.chance(0.5) : this.chance(0.05))) continue;
      const a = this.argument(word, creates);
      if (a) args.push(a);
    }
    if (cmd.path[0] === 'run' && !flags.includes('--rm') && this.chance(0.7)) flags.unshift('--rm');
    return ['ctr', ...cmd.path, ...flags, ...args].join(' ');
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)] as T;
  }

  private chance(p: number): boolean {
    return this.rnd() < p;
  }

  private fresh(prefix: string): string {
    return `${prefix}${++this.pic.n}`;
  }

  /** An existing name most of the time, otherwise a missing or odd one. */
  private some(list: readonly string[], prefix: string): string {
    const r = this.rnd();
    if (list.length && r < 0.7) return this.pick(list);
    return r < 0.85 ? this.pick(['web', 'db', 'nginx', `${prefix}9`]) : this.pick(ODD);
  }

  private image(): string {
    return this.chance(0.85) ? this.pick(this.pic.images) : this.pick(['busybox', 'docker.io/library/busybox', 'nope:latest', '""', `${BUSYBOX}@sha256:abc`]);
  }

  private label(): string {
    const key = this.pick(['tier', 'a', 'env', 'k.x/y', '容器', 'empty', '']);
    const value = this.pick(['db', '1', '', 'a=b', 'x y', '0', 'ü']);
    const form = this.chance(0.3) ? `--label=${key}=${value}` : `--label ${key}=${value}`;
    return form.includes(' ') && /[ ]/.test(value) ? form.replace(`${key}=${value}`, `'${key}=${value}'`) : form;
  }

  private runFlags(): string[] {
    const pool = [
      () => this.label(),
      () => `--env ${this.pick(['A=1', 'A=', 'A', '=x', 'PATH=/x', "'B=a b'"])}`,
      () => `--cwd ${this.pick(['/', '/tmp', '/nonexistent', 'relative', '""'])}`,
      () => `--user ${this.pick(['0', '65534', 'nobody', '0:0', '1000:1000', 'root:root', 'bogus', '-1', '""'])}`,
      () => `--hostname ${this.pick(['box', '""', "'a b'", 'x'.repeat(70)])}`,
      () => `--memory-limit ${this.pick(['0', '-1', '1048576', '99999999999999999999', 'abc'])}`,
      () => `--cpus ${this.pick(['0', '0.5', '-1', '2', 'x'])}`,
      () => `--cpu-shares ${this.pick(['0', '2', '1024', '-5'])}`,
      () => `--mount ${this.pick(['type=bind,src=/tmp,dst=/x,options=rbind:ro', 'type=tmpfs,dst=/t', 'src=/tmp,dst=/x', 'type=bind,src=/nonexistent,dst=/x,options=rbind', 'bogus'])}`,
      () => this.pick(['--read-only', '--net-host', '--tty', '--null-io', '--rm', '--no-pivot', '--privileged', '--seccomp']),
      () => `--snapshotter ${this.pick(['overlayfs', 'native', 'bogus', '""'])}`,
      () => `--runtime ${this.pick(['io.containerd.runc.v2', 'io.containerd.runc.v1', 'bogus'])}`,
      () => `--annotation ${this.pick(['a=b', 'novalue', 'a=', '=b'])}`,
      () => `--cap-add ${this.pick(['CAP_NET_ADMIN', 'NET_ADMIN', 'cap_sys_admin', '""'])}`,
      () => `--platform ${this.pick(['linux/amd64', 'linux/arm64', 'linux/s390x', 'bogus', '""'])}`,
      () => `--rootfs-propagation ${this.pick(['shared', 'bogus'])}`,
      () => `--pid-file ${this.pick(['p.pid', '""'])}`,
      () => `--label k=${this.pick(['1', '2'])} --label k=${this.pick(['3', ''])}`,
    ];
    const flags: string[] = [];
    const count = Math.floor(this.rnd() * 3);
    for (let i = 0; i < count; i++) flags.push(this.pick(pool)());
    return flags;
  }

  /** One line, and what it changes in the picture when it works. */
  private line(): string {
    const p = this.pic;
    const ns = this.chance(0.1) ? `-n ${this.pick(p.namespaces.concat(['k8s.io', 'missing-ns', '""']))} ` : '';
    const groups: Array<() => string> = [
      // images
      () => `ctr ${ns}i ls${this.pick(['', ' -q', ' --quiet', ' -q -q', " 'name==" + BUSYBOX + "'", ' name~=busy', " 'labels.a==1'", ' bogus=='])}`,
      () => {
        const source = this.image();
        const target = this.fresh('docker.io/library/img') + ':' + this.pick(['v1', 'latest', '0']);
        if (this.chance(0.8)) p.images.push(target);
        return `ctr ${ns}i tag ${this.pick(['', '--force ', '--force=true '])}${source} ${target}`;
      },
      () => `ctr ${ns}i rm ${this.pick(['', '--sync '])}${this.image()}`,
      () => `ctr ${ns}i label ${this.image()} ${this.pick(['a=1', 'a=', 'a=1 b=2', '', '容器=x', 'a'])}`,
      () => `ctr ${ns}i check${this.pick(['', ' -q', ` name==${BUSYBOX}`])}`,
      () => `ctr ${ns}i export ${this.pick(['out.tar', '""', '/nonexistent/x.tar'])} ${this.image()}${this.pick(['', ' --platform linux/amd64', ' --all-platforms', ' --skip-manifest-json'])}`,
      () => `ctr ${ns}i import ${this.pick(['busybox-oci.tar', 'nginx-docker.tar', 'missing.tar', '/etc/hostname'])}${this.pick(['', ' --base-name x', ' --digests', ' --all-platforms', ' --no-unpack', ' --index-name idx'])}`,
      () => `ctr ${ns}i usage ${this.image()}${this.pick(['', ' --snapshotter native'])}`,
      // containers
      () => {
        const id = this.chance(0.9) ? this.fresh('c') : this.pick(ODD);
        p.containers.push(id);
        p.stopped.push(id);
        return `ctr ${ns}c create ${this.runFlags().join(' ')} ${this.image()} ${id} ${this.pick(SHORT_PROGRAMS.concat(['sleep 300']))}`.replace(/  +/g, ' ');
      },
      () => `ctr ${ns}c ls${this.pick(['', ' -q', ' --quiet', ' image==' + BUSYBOX, " 'labels.tier==db'", ' runtime.name==io.containerd.runc.v2', ' id~=c'])}`,
      () => `ctr ${ns}c info ${this.some(p.containers, 'c')}${this.pick(['', ' --spec'])}`,
      () => `ctr ${ns}c label ${this.some(p.containers, 'c')} ${this.pick(['a=1', 'a=', '', 'x=y z=w', 'k'])}`,
      () => `ctr ${ns}c rm ${this.some(p.containers, 'c')}${this.chance(0.2) ? ` ${this.some(p.containers, 'c')}` : ''}`,
      // tasks
      () => {
        const id = this.some(p.stopped, 'c');
        if (p.stopped.includes(id)) p.running.push(id);
        return `ctr ${ns}t start -d ${this.pick(['', '--null-io ', '--log-uri file:///tmp/ctrlab-oracle-files/l.log '])}${id}`;
      },
      () => `ctr ${ns}t ${this.pick(['ls', 'list', 'ls -q', 'ls --quiet'])}`,
      () => `ctr ${ns}t ps ${this.some(p.running, 't')}`,
      () => {
        const signal = this.chance(0.2) ? '' : `${this.pick(['-s ', '--signal ', '--signal='])}${this.pick(SIGNALS)} `;
        return `ctr ${ns}t kill ${signal}${this.pick(['', '', '--all ', '-a '])}${this.some(p.running, 't')}`;
      },
      () => `ctr ${ns}t ${this.pick(['pause', 'resume'])} ${this.some(p.running, 't')}`,
      () => `ctr ${ns}t rm ${this.pick(['', '-f ', '--force '])}${this.some(p.running.concat(p.stopped), 't')}`,
      () => `ctr ${ns}t exec --exec-id ${this.pick(['e' + p.n, '""', 'e1', '容'])} ${this.pick(['', '--cwd /tmp ', '--env A=1 ', '--user 65534 ', '--user nobody:root ', '--user alice ', '--tty '])}${this.some(p.running, 't')} ${this.pick(SHORT_PROGRAMS)}`,
      () => `ctr ${ns}t metrics ${this.pick(['', '--format json ', '--format yaml ', '--format=table '])}${this.some(p.running, 't')} > /dev/null; echo $?`,
      () => `ctr ${ns}t ${this.pick(['checkpoint', 'pause', 'delete'])} ${this.pick(ODD)}`,
      // run
      () => {
        const id = this.chance(0.9) ? this.fresh('r') : this.pick(ODD);
        const detached = this.chance(0.4);
        if (detached) {
          p.containers.push(id);
          p.running.push(id);
        }
        const program = detached ? 'sleep 300' : this.pick(SHORT_PROGRAMS);
        const rm = detached ? '-d' : this.pick(['--rm', '--rm', '']);
        if (!detached && rm === '') p.containers.push(id);
        return `ctr ${ns}run ${rm} ${this.runFlags().join(' ')} ${this.image()} ${id} ${program}`.replace(/  +/g, ' ');
      },
      // content
      () => `ctr ${ns}content ls${this.pick(['', ' -q', ' --quiet', ' "labels.containerd.io/gc.ref.content.l.0"'])}${this.chance(0.3) ? ' | head -3' : ''}`,
      () => `ctr ${ns}content ${this.pick(['get', 'label', 'rm', 'edit'])} ${this.pick(['sha256:abc', '""', 'sha256:' + '0'.repeat(64), 'notadigest'])}${this.pick(['', ' a=1'])}`,
      // snapshots
      () => {
        const key = this.chance(0.9) ? this.fresh('s') : this.pick(ODD);
        p.snapshots.push(key);
        return `ctr ${ns}snapshots prepare ${key} ${this.chance(0.5) && p.committed.length ? this.pick(p.committed) : ''}`.trimEnd();
      },
      () => {
        const key = this.some(p.snapshots, 's');
        const name = this.fresh('committed');
        if (p.snapshots.includes(key)) p.committed.push(name);
        return `ctr ${ns}snapshots commit ${name} ${key}`;
      },
      () => `ctr ${ns}snapshots ${this.pick(['ls', 'tree', 'info ' + this.some(p.snapshots, 's'), 'mounts /tmp/m ' + this.some(p.snapshots, 's'), 'usage', 'usage ' + this.some(p.snapshots, 's'), 'rm ' + this.some(p.snapshots.concat(p.committed), 's'), 'label ' + this.some(p.snapshots, 's') + ' a=1', 'view v' + p.n + ' ' + this.some(p.committed, 's')])}`,
      // leases
      () => `ctr ${ns}leases create${this.pick(['', ' --id l1', ' --id ""', ' --expires 1h', ' -x 0', ' --expires=-1h', ' -x bogus', ' a=b', ' --id 容', ' --expires 1h30m --id l2 x=y'])}`,
      () => `ctr ${ns}leases ${this.pick(['ls', 'ls -q', 'rm l1', 'rm missing', 'rm --sync l1', 'delete ""', 'rm l2 l1'])}`,
      // namespaces and the daemon
      () => {
        const name = this.chance(0.8) ? this.fresh('ns') : this.pick(ODD);
        p.namespaces.push(name);
        return `ctr ns create ${name}${this.pick(['', ' a=1', ' a='])}`;
      },
      () => `ctr ns ${this.pick(['ls', 'ls -q', 'list', `label ${this.some(p.namespaces, 'ns')} b=2`, `rm ${this.some(p.namespaces, 'ns')}`, `remove ${this.some(p.namespaces, 'ns')}`])}`,
      () => `ctr ${this.pick(['version', 'plugins ls', 'plugins ls -d', 'plugin ls type==io.containerd.snapshotter.v1', 'info', 'snapshotters'])} | head -5`,
    ];
    // A learner spends most lines on containers and tasks: those groups are asked twice as often.
    const weighted = [...groups, ...groups.slice(8, 23)];
    // With ctr's help at hand, a third of the lines come from it.
    if (this.help.length && this.chance(1 / 3)) return this.helpLine();
    return this.pick(weighted)();
  }

  /** A script: the test images imported, then `count` lines. */
  lines(count: number): string[] {
    const out = ['ctr i import busybox-oci.tar'];
    if (this.chance(0.5)) {
      out.push('ctr i import nginx-docker.tar');
      this.pic.images.push(NGINX);
    }
    while (out.length < count) out.push(this.line());
    return out;
  }
}
