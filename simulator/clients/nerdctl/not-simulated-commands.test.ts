// The commands of nerdctl 0.22.2 ctrlab does not run keep their real interface: command trees,
// flags, argument counts and the checks made before the work (compose.go, compose_up.go,
// compose_build.go, compose_down.go, ipfs_registry*.go, apparmor_*_linux.go, image_convert.go,
// image_encrypt.go, image_decrypt.go@v0.22.2; compose-go v1.4.0 cli/options.go), and refuse
// honestly where the real tool would start working.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from './images/test-support';

type Run = ReturnType<typeof nerdctlSession>;

/** The line fails as logrus.Fatal does: nothing on stdout, `msg` (Go-quoted) on stderr, exit 1. */
async function fails(run: Run, line: string, msg: string): Promise<void> {
  const escaped = JSON.stringify(msg).slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(await run(line)).toEqual({ out: '', err: expect.stringMatching(new RegExp(`^time="[^"]+" level=fatal msg="${escaped}"\\n$`)), code: 1 });
}

/** The help a line prints: on stdout, exit 0. */
async function helpOf(run: Run, line: string): Promise<string> {
  const r = await run(line);
  expect(r).toMatchObject({ err: '', code: 0 });
  return r.out;
}

const refusal = (what: string, doc: string) => `${what} is not simulated here; see https://github.com/containerd/nerdctl/blob/v0.22.2/docs/${doc}`;

describe('nerdctl compose', () => {
  it('without a subcommand prints its help; an unknown one is unknownSubcommandAction', async () => {
    const run = nerdctlSession();
    const help = await helpOf(run, 'nerdctl compose');
    expect(help).toContain('Compose\n\nUsage:\n  nerdctl compose [flags]\n  nerdctl compose [command]\n');
    expect(help).toContain('\n  -f, --f stringArray              Alias of --file\n      --file stringArray           Specify an alternate compose file\n');
    expect(help).toContain('\n  up          Create and start containers\n');
    await fails(run, 'nerdctl compose foo', 'unknown subcommand "foo" for "compose"');
  });

  it('is listed under Commands in the root help: it has no management annotation', async () => {
    const out = await helpOf(nerdctlSession(), 'nerdctl --help');
    const management = out.slice(out.indexOf('Management commands:'), out.indexOf('\nCommands:'));
    expect(management).not.toContain('compose');
    expect(out).toContain('\n  compose     Compose\n');
  });

  it('each subcommand checks its flags and arguments first', async () => {
    const run = nerdctlSession();
    const cases: [string, string][] = [
      ['nerdctl compose up --build --no-build', '--build and --no-build can not be combined'],
      ['nerdctl compose up --scale web', 'invalid --scale option "web". Should be SERVICE=NUM'],
      ['nerdctl compose up --scale web=two', 'strconv.Atoi: parsing "two": invalid syntax'],
      ['nerdctl compose build web', 'arguments [web] not supported'],
      ['nerdctl compose config a b', 'arguments [a b] not supported'],
      ['nerdctl compose down web', 'unknown command "web" for "nerdctl compose down"'],
      // -f is compose's own (non-persistent) alias: `compose up -f` is an unknown shorthand,
      // and `compose logs -f` is --follow.
      ['nerdctl compose up -f x.yml', "unknown shorthand flag: 'f' in -f"],
      ['nerdctl compose -p "a b" ps', 'got invalid project name "a b": identifier "a b" must match ^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$: invalid argument'],
    ];
    for (const [line, msg] of cases) await fails(run, line, msg);
  });

  it('finds the compose file as compose-go does, and refuses to run the project', async () => {
    const run = nerdctlSession();
    const none = 'no configuration file provided: not found';
    const cases: [string, string][] = [
      ['nerdctl compose up -d', none],
      ['nerdctl compose logs -f', none],
      ['nerdctl compose -f nope.yml up', 'open /root/nope.yml: no such file or directory'],
      ['COMPOSE_FILE=/srv/x.yml nerdctl compose ps', 'open /srv/x.yml: no such file or directory'],
      ['mkdir -p /root/app/web && touch /root/app/docker-compose.yml && nerdctl compose ps', none],
      // Found from a subdirectory: the search walks up to /.
      ['cd /root/app/web && nerdctl compose up -d', refusal('nerdctl compose up', 'compose.md')],
      ['nerdctl compose -f /root/app/docker-compose.yml down -v', refusal('nerdctl compose down', 'compose.md')],
      // --project-directory moves the search.
      ['cd /root/app && nerdctl compose --project-directory /tmp ps', none],
    ];
    for (const [line, msg] of cases) await fails(run, line, msg);
  });

  it('needs containerd like every client command (newClient comes first)', async () => {
    const run = nerdctlSession();
    await run('touch compose.yaml');
    await fails(run, 'nerdctl -a /tmp/nope.sock compose ps', 'cannot access containerd socket "/tmp/nope.sock": no such file or directory');
  });
});

describe('nerdctl ipfs, apparmor, image convert/encrypt/decrypt', () => {
  it('ipfs: groups print help, leaves parse their flags, then refuse', async () => {
    const run = nerdctlSession();
    expect(await helpOf(run, 'nerdctl ipfs')).toContain('Management commands:\n  registry    Manage read-only registry backed by IPFS\n');
    await fails(run, 'nerdctl ipfs registry up --read-timeout 5x', 'invalid argument "5x" for "--read-timeout" flag: time: invalid duration "5x"');
    await fails(run, 'nerdctl ipfs registry serve --listen-registry localhost:5051', refusal('nerdctl ipfs registry serve', 'ipfs.md'));
    await fails(run, 'nerdctl ipfs registry nope', 'unknown subcommand "nope" for "registry"');
  });

  it('apparmor: argument counts and the ls alias', async () => {
    const run = nerdctlSession();
    await fails(run, 'nerdctl apparmor ls x', 'unknown command "x" for "nerdctl apparmor ls"');
    await fails(run, 'nerdctl apparmor unload a b', 'accepts at most 1 arg(s), received 2');
    await fails(run, 'nerdctl apparmor list -q', refusal('nerdctl apparmor ls', 'command-reference.md'));
    expect(await helpOf(run, 'nerdctl apparmor inspect --help')).toMatch(/^Display the default AppArmor profile "nerdctl-default"\. Other profiles cannot be displayed with this command\.\n\nUsage:\n {2}nerdctl apparmor inspect \[flags\]\n/);
  });

  it('image convert, encrypt, decrypt: Long help, real flags, MinimumNArgs(2)', async () => {
    const run = nerdctlSession();
    const help = await helpOf(run, 'nerdctl image convert --help');
    expect(help).toMatch(/^Convert an image format\.\n\ne\.g\., 'nerdctl image convert --estargz --oci example\.com\/foo:orig example\.com\/foo:esgz'\n/);
    expect(help).toContain('      --estargz-compression-level int   eStargz compression level (default 9)\n');
    await fails(run, 'nerdctl image convert a', 'requires at least 2 arg(s), only received 1');
    await fails(run, 'nerdctl image convert --estargz --oci a b', refusal('nerdctl image convert', 'stargz.md'));
    await fails(run, 'nerdctl image decrypt --recipient jwe:k.pem a b', 'unknown flag: --recipient');
    await fails(run, 'nerdctl image encrypt --recipient jwe:k.pem a b', refusal('nerdctl image encrypt', 'ocicrypt.md'));
    expect(await helpOf(run, 'nerdctl image --help')).toContain('\n  decrypt     decrypt an image\n');
  });
});

