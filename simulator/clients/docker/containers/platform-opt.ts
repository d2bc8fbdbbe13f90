// --platform of `docker run`/`create`/`pull`/`import` (docker/cli 20.10.24, API 1.41): run and
// create parse it first (platforms.Parse: `error parsing specified platform: <err>`), pull and
// import send it and the daemon answers the same parse error. The node is linux/amd64: a platform
// that normalises to it (linux, x86_64, LINUX/AMD64, linux/amd64/v2) takes the local amd64
// image as is; another one would pull that platform's image, which is not simulated here.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { parsePlatform } from '../../../oci/platform';

const DOCS = 'https://docs.docker.com/engine/reference/commandline/run/';

/** platforms.Parse's refusal (errdefs' invalid argument), `"bogus": unknown operating system or architecture: invalid argument`. */
export function platformParseError(raw: string): string | undefined {
  try {
    parsePlatform(raw);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Refuses a platform other than the node's own (after a parse that succeeded). */
export function requireNodePlatform(raw: string, what: string): void {
  if (raw === '') return;
  const p = parsePlatform(raw);
  if (p.os === 'linux' && p.architecture === 'amd64') return;
  throw new NotSimulatedError(`${what} --platform ${raw} (an image of another platform than linux/amd64)`, DOCS);
}

/**
 * pull and import: the daemon parses the platform (its error as any daemon error). Import then
 * ignores it on 20.10.24 (the image is the node's linux/amd64, as a real one shows); a pull of
 * another platform is not simulated.
 */
export function checkPlatform(raw: string, what: 'docker pull' | 'docker import'): void {
  if (raw === '') return;
  const error = platformParseError(raw);
  if (error) throw new Error(`Error response from daemon: ${error}`);
  if (what === 'docker pull') requireNodePlatform(raw, what);
}
