// Every program ctrlab can run inside a container, by the name it is started as. A binary
// still has to exist in the image's files to be found (programs/launch.ts).

import { busyboxProgram } from './busybox';
import { catProgram } from './cat';
import { dockerEntrypointProgram } from './docker-entrypoint';
import { echoProgram } from './echo';
import { envProgram } from './env';
import { cpProgram, mkdirProgram, mvProgram, rmProgram, touchProgram } from './file-applets';
import { headProgram, tailProgram } from './head-tail';
import { hostnameProgram } from './hostname';
import { httpdProgram } from './httpd';
import { idProgram } from './id';
import { lsProgram } from './ls';
import { nginxProgram } from './nginx';
import type { Program, TerminalInput } from './program';
import { psProgram } from './ps';
import { pwdProgram } from './pwd';
import { shProgram } from './sh/sh';
import { sleepProgram } from './sleep';
import { topProgram } from './top';
import { falseProgram, trueProgram } from './true-false';
import { ttyProgram } from './tty';
import { wgetProgram } from './wget';
import { grepProgram, wcProgram } from './wc-grep';

// Built on each call, not at load time: programs import the registry back (busybox, sh), and
// a module-level list could be read before every module in that cycle has finished loading.
function programs(): readonly Program[] {
  return [
  busyboxProgram,
  catProgram,
  cpProgram,
  grepProgram,
  mkdirProgram,
  mvProgram,
  rmProgram,
  touchProgram,
  wcProgram,
  dockerEntrypointProgram,
  echoProgram,
  envProgram,
  falseProgram,
  headProgram,
  hostnameProgram,
  httpdProgram,
  idProgram,
  lsProgram,
  nginxProgram,
  psProgram,
  pwdProgram,
  shProgram,
  sleepProgram,
  tailProgram,
  topProgram,
  trueProgram,
  ttyProgram,
  wgetProgram,
  ];
}

/** Names that are the same program (ash is sh; nginx-debug is nginx). */
const ALIASES: Record<string, string> = { ash: 'sh', 'nginx-debug': 'nginx' };

export function findProgram(name: string): Program | undefined {
  const wanted = ALIASES[name] ?? name;
  return programs().find((p) => p.name === wanted);
}

/** How program `name`, started with `argv`, takes terminal input (`none` when unknown). */
export function terminalInputOf(name: string, argv: readonly string[], terminal: boolean): TerminalInput {
  return findProgram(name)?.terminalInput?.(argv, terminal) ?? 'none';
}
