// The real Docker Engine is the judge: every script in scripts/ runs on a private real dockerd
// 20.10.24 (on a private real containerd 1.6.20, real-dockerd.ts) and on the simulator, and each
// line's stdout, stderr and exit code must agree after normalise-docker.ts. Scripts whose first
// lines say `# needs: bridge` run only where the private bridge can be made, and `# needs:
// offline` only where the machine cannot resolve Docker Hub; elsewhere they are skipped and
// their name says why. Where dockerd, containerd or root is unavailable the whole
// suite is skipped, and its name and a warning say why. Scripts that do not agree yet wait in
// pending/ (see pending/README.md), not here.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { mountsUnder, pidsMentioning, runcContainersUnder } from '../real-containerd';
import { parseScript } from '../script';
import { type ComparedLine, compareRuns } from './compare';
import { type DockerArchives, buildDockerArchives, stableIdsOf } from './docker-archives';
import { bridgeUnavailableReason, dockerOracleUnavailableReason, offlineUnavailableReason } from './real-dockerd';
import { type RealDockerRun, runDockerOnRealNode, runDockerOnSimulator } from './run-script';
import { scriptDaemonJson, scriptNeeds } from './script-needs';

const scriptsDir = join(__dirname, 'scripts');
const scripts = readdirSync(scriptsDir).filter((f) => f.endsWith('.sh')).sort();
const reason = dockerOracleUnavailableReason();
if (reason) console.warn(`[docker oracle] skipped: ${reason}`);
const noBridge = reason ? undefined : bridgeUnavailableReason();
if (noBridge) console.warn(`[docker oracle] scripts that need a bridge network are skipped: ${noBridge}`);
const online = reason ? undefined : offlineUnavailableReason();
if (online) console.warn(`[docker oracle] scripts that need no network are skipped: ${online}`);
/** Why a script with these needs cannot run here, or undefined. */
const unmet = (needs: string[]) =>
  needs.includes('bridge') && noBridge ? `needs a bridge network: ${noBridge}` : needs.includes('offline') && online ? `needs no network: ${online}` : undefined;

describe.skipIf(reason !== undefined)(`docker differential tests against a real dockerd 20.10.24${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let work: string | undefined;
  let archives: DockerArchives | undefined;
  const built = () => (archives ??= buildDockerArchives((work ??= mkdtempSync(join(tmpdir(), 'ctrlab-docker-archives-')))));
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
  const rootDockerBefore = existsSync('/root/.docker');

  // The real side of the next script starts while this one is compared: a real run mostly waits
  // (on containerd, runc, the kernel), so two at a time roughly halve the suite's time.
  const texts = new Map(scripts.map((s) => [s, readFileSync(join(scriptsDir, s), 'utf8')]));
  const runnable = scripts.filter((s) => unmet(scriptNeeds(texts.get(s) ?? '')) === undefined);
  const realRuns = new Map<string, Promise<RealDockerRun>>();
  const realRunOf = (script: string): Promise<RealDockerRun> => {
    let run = realRuns.get(script);
    if (!run) {
      run = runDockerOnRealNode(parseScript(texts.get(script) ?? ''), built(), { daemonJson: scriptDaemonJson(texts.get(script) ?? '') });
      run.catch(() => {}); // awaited (and reported) by its own script's test
      realRuns.set(script, run);
    }
    return run;
  };

  for (const script of scripts) {
    const text = texts.get(script) ?? '';
    const skip = unmet(scriptNeeds(text));
    describe.skipIf(skip !== undefined)(`${script}${skip ? ` (skipped: ${skip})` : ''}`, () => {
      const lines = parseScript(text);
      const daemonJson = scriptDaemonJson(text);
      let compared: ComparedLine[] = [];
      let second: ComparedLine[] | undefined;
      const both = async (first = false): Promise<{ real: RealDockerRun; lines: ComparedLine[] }> => {
        let real: RealDockerRun;
        if (first) {
          const next = runnable[runnable.indexOf(script) + 1];
          const mine = realRunOf(script);
          if (next) realRunOf(next);
          real = await mine;
        } else {
          real = await runDockerOnRealNode(lines, built(), { daemonJson });
        }
        const sim = await runDockerOnSimulator(lines, built(), 1, daemonJson);
        return { real, lines: compareRuns(real, sim, { stableIds: stableIdsOf(built()), scriptText: text }) };
      };
      it('runs on both and leaves nothing behind', async () => {
        const { real, lines: out } = await both(true);
        compared = out;
        expect(compared.length).toBe(lines.length);
        // The real daemons are stopped: nothing of them may be left on the machine.
        expect({
          processes: pidsMentioning(real.dir),
          mounts: mountsUnder(real.dir),
          runcContainers: runcContainersUnder(real.dir),
          tempDir: existsSync(real.dir),
          networkDevices: real.linksLeft,
          clientConfigMade: !rootDockerBefore && existsSync('/root/.docker'),
        }).toEqual({ processes: [], mounts: [], runcContainers: [], tempDir: false, networkDevices: [], clientConfigMade: false });
      }, 180_000);
      lines.forEach((line, i) => {
        it(`$ ${line}`, async () => {
          let c = compared[i];
          expect(c, 'the line ran on both').toBeDefined();
          if (!c) return;
          // A real daemon has races of its own (whether a detached container's first output is
          // logged yet): where a line differs, the script is asked of fresh daemons once more,
          // and the simulator must equal one of the real answers.
          if (!isDeepStrictEqual(c.sim, c.real)) c = (second ??= (await both()).lines)[i] ?? c;
          // Both sides in one value, so a mismatch prints the real and the simulated text.
          expect(c.sim).toEqual(c.real);
        }, 180_000);
      });
    });
  }
});
