// Every program ctrlab can run inside a container, by the name it is started as. A binary
// still has to exist in the image's files to be found (programs/launch.ts).

import { apacheHttpdProgram } from './apache-httpd';
import { apkProgram } from './apk/apk';
import { aptGetProgram, aptProgram } from './apt/apt-get';
import { busyboxProgram } from './busybox';
import { chmodProgram, lnProgram } from './chmod-ln';
import { dateProgram } from './date';
import { dfProgram } from './df';
import { sedProgram } from './sed';
import { unameProgram } from './uname';
import { whichProgram } from './which';
import { pidofProgram } from './pidof';
import { findApplet } from './find/find';
import { awkProgram } from './awk/awk';
import { base64Program } from './applets/base64';
import { md5sumProgram, sha1sumProgram, sha256sumProgram, sha512sumProgram } from './applets/digest-applets';
import { duProgram } from './applets/du';
import { readlinkProgram, realpathProgram } from './applets/path-applets';
import { teeProgram } from './applets/tee';
import { xargsProgram } from './applets/xargs';
import { timeoutProgram } from './applets/timeout';
import { ddProgram } from './applets/dd';
import { bracketProgram, testProgram } from './applets/test-applet';
import { killProgram } from './applets/kill';
import { freeProgram } from './applets/free';
import { nprocProgram } from './applets/nproc';
import { uptimeProgram } from './applets/uptime';
import { whoamiProgram } from './whoami';
import { catProgram } from './cat';
import { chownProgram } from './chown';
import { dockerEntrypointProgram } from './docker-entrypoint';
import { dockerInitProgram, tiniProgram } from './docker-init';
import { echoProgram } from './echo';
import { envProgram } from './env';
import { cutProgram } from './cut';
import { sortProgram } from './sort';
import { cpProgram, mkdirProgram, mvProgram, rmProgram, touchProgram } from './file-applets';
import { rmdirProgram } from './rmdir';
import { headProgram, tailProgram } from './head-tail';
import { hostnameProgram } from './hostname';
import { httpdProgram } from './httpd';
import { idProgram } from './id';
import { ipneighProgram, ipProgram } from './ip/ip';
import { basenameProgram, dirnameProgram, revProgram, seqProgram, uniqProgram } from './line-applets';
import { factorProgram, foldProgram, nlProgram, pasteProgram, tacProgram } from './text-applets';
import { hexdumpProgram, odProgram } from './dump-applets';
import { lsProgram } from './ls';
import { yesProgram } from './yes';
import { exprProgram } from './expr';
import { mountProgram } from './mount';
import { statProgram } from './stat';
import { nginxProgram } from './nginx';
import { pauseProgram } from './pause';
import { printfProgram } from './printf';
import { registryServerProgram } from './registry-server/registry-server';
import type { Program, TerminalInput } from './program';
import { psProgram } from './ps';
import { pwdProgram } from './pwd';
import { shProgram } from './sh/sh';
import { sleepProgram } from './sleep';
import { topProgram } from './top';
import { trProgram } from './tr';
import { falseProgram, trueProgram } from './true-false';
import { ttyProgram } from './tty';
import { wgetProgram } from './wget';
import { grepProgram, wcProgram } from './wc-grep';

// Programs that start others look them up through their context (ProgramContext.findProgram),
// so none imports this table.
function programs(): readonly Program[] {
  return [
  apacheHttpdProgram,
  apkProgram,
  aptGetProgram,
  aptProgram,
  busyboxProgram,
  chmodProgram,
  lnProgram,
  dateProgram,
  dfProgram,
  sedProgram,
  unameProgram,
  whichProgram,
  pidofProgram,
  findApplet,
  awkProgram,
  base64Program,
  md5sumProgram,
  sha1sumProgram,
  sha256sumProgram,
  sha512sumProgram,
  duProgram,
  readlinkProgram,
  realpathProgram,
  teeProgram,
  xargsProgram,
  timeoutProgram,
  ddProgram,
  testProgram,
  bracketProgram,
  killProgram,
  freeProgram,
  nprocProgram,
  uptimeProgram,
  whoamiProgram,
  catProgram,
  cpProgram,
  cutProgram,
  sortProgram,
  grepProgram,
  mkdirProgram,
  mvProgram,
  rmProgram,
  rmdirProgram,
  touchProgram,
  chownProgram,
  wcProgram,
  dockerEntrypointProgram,
  dockerInitProgram,
  tiniProgram,
  echoProgram,
  envProgram,
  falseProgram,
  headProgram,
  hostnameProgram,
  httpdProgram,
  idProgram,
  ipProgram,
  ipneighProgram,
  lsProgram,
  seqProgram,
  basenameProgram,
  dirnameProgram,
  uniqProgram,
  revProgram,
  tacProgram,
  nlProgram,
  pasteProgram,
  foldProgram,
  factorProgram,
  odProgram,
  hexdumpProgram,
  yesProgram,
  exprProgram,
  mountProgram,
  statProgram,
  nginxProgram,
  pauseProgram,
  printfProgram,
  registryServerProgram,
  psProgram,
  pwdProgram,
  shProgram,
  sleepProgram,
  tailProgram,
  topProgram,
  trProgram,
  trueProgram,
  ttyProgram,
  wgetProgram,
  ];
}

/** Names that are the same program (ash, dash and bash run on the inner sh; nginx-debug is nginx). */
const ALIASES: Record<string, string> = { ash: 'sh', dash: 'sh', bash: 'sh', 'nginx-debug': 'nginx' };

/** The table by name, built on first use (a container start looks programs up several times). */
let byName: Map<string, Program> | undefined;

export function findProgram(name: string): Program | undefined {
  if (!byName) {
    byName = new Map();
    // The first of a name wins, as a search of the list would find it.
    for (const p of programs()) if (!byName.has(p.name)) byName.set(p.name, p);
  }
  return byName.get(ALIASES[name] ?? name);
}

/**
 * How program `name`, started with `argv`, takes terminal input (`none` when unknown).
 * busybox called by its own name reads as the applet its first argument names does.
 */
export function terminalInputOf(name: string, argv: readonly string[], terminal: boolean): TerminalInput {
  const program = findProgram(name);
  if (program?.name === 'busybox') {
    const applet = argv[1] === undefined ? undefined : findProgram(argv[1]);
    if (!applet || applet.name === 'busybox') return 'none';
    return terminalInputOf(applet.name, argv.slice(1), terminal);
  }
  return program?.terminalInput?.(argv, terminal) ?? 'none';
}
