// The real CRI plugin is the judge: every scenario in scenarios.ts runs on a private real
// containerd 1.6.20 (CRI over its socket, ctr lines, the pods' log files) and on the simulator,
// and each step's normalised result must agree — states, exit codes, reasons, labels, verbose
// info, what ctr shows, gRPC codes and error texts. Steps the simulator cannot answer yet are
// listed in known-gaps.ts with what they wait for, and skipped under that name. Where
// containerd or root is unavailable the suite is skipped, and its name and a warning say why.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOracleArchives } from '../build-images';
import { mountsUnder, oracleUnavailableReason, pidsMentioning, runcContainersUnder } from '../real-containerd';
import { bridgeExists, cniUnavailableReason } from './cni-bridge';
import { CRI_GAPS } from './known-gaps';
import { buildPauseArchive } from './pause-image';
import { type CriArchives, type RealRun, netnsEntries, netnsLeftovers, runScenarioOnRealNode } from './real-cri-run';
import type { RecordedStep } from './scenario';
import { SCENARIOS } from './scenarios';
import { runScenarioOnSimulator } from './sim-cri-run';
import { stepLabel } from './step-label';

const reason = oracleUnavailableReason();
if (reason) console.warn(`[cri oracle] skipped: ${reason}`);

describe.skipIf(reason !== undefined)(`CRI differential tests against a real containerd${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let work: string | undefined;
  let archives: CriArchives | undefined;
  const built = (): CriArchives => {
    if (archives) return archives;
    work = mkdtempSync(join(tmpdir(), 'ctrlab-cri-archives-'));
    archives = { ...buildOracleArchives(work), pauseOci: buildPauseArchive(work) };
    return archives;
  };
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const cniReason = cniUnavailableReason();
  for (const scenario of SCENARIOS) {
    const skip = scenario.cni ? cniReason : undefined;
    describe.skipIf(skip !== undefined)(`${scenario.name}${skip ? ` (skipped: ${skip})` : ''}`, () => {
      const gaps = CRI_GAPS[scenario.name] ?? {};
      let real: RealRun | undefined;
      let sim: RecordedStep[] = [];
      it('runs on both nodes and leaves nothing behind', async () => {
        const netnsBefore = netnsEntries();
        const cniCacheBefore = existsSync('/var/lib/cni');
        real = await runScenarioOnRealNode(scenario, built());
        sim = (await runScenarioOnSimulator(scenario, built())).steps;
        expect(sim.length).toBe(real.steps.length);
        // The real node is stopped: nothing of it may be left on the machine.
        expect({
          processes: pidsMentioning(real.dir),
          mounts: mountsUnder(real.dir),
          runcContainers: runcContainersUnder(real.dir),
          tempDir: existsSync(real.dir),
          netns: netnsLeftovers(netnsBefore),
          bridge: bridgeExists(),
          cniCache: existsSync('/var/lib/cni') && !cniCacheBefore,
        }).toEqual({ processes: [], mounts: [], runcContainers: [], tempDir: false, netns: [], bridge: false, cniCache: false });
      }, 300_000);
      // A real node has races of its own (when an exit event is handled, what stats read): where
      // a step differs, the scenario is asked of a fresh real node once more, and the simulator
      // must equal one of the real answers.
      let second: RealRun | undefined;
      const secondRun = async () => (second ??= await runScenarioOnRealNode(scenario, built()));
      scenario.steps.forEach((step, i) => {
        const gap = gaps[i];
        const name = `#${i} ${stepLabel(step)}`;
        if (gap !== undefined) {
          // A known gap is held open: the day the simulator answers as the real node does, this
          // fails so the gap comes off known-gaps.ts (as the ctr transcripts' known gaps do).
          it(`${name} — known gap, waits for: ${gap}`, async () => {
            const mine = sim[i];
            const theirs = real?.steps[i]?.result;
            expect(theirs, 'the real node ran this step').toBeDefined();
            expect(isDeepStrictEqual(mine?.result, theirs), 'the gap is closed: remove it from known-gaps.ts').toBe(false);
          }, 300_000);
          return;
        }
        it(name, async () => {
          const mine = sim[i];
          expect(real?.steps[i], 'the real node ran this step').toBeDefined();
          expect(mine, 'the simulator ran this step').toBeDefined();
          if (!real?.steps[i] || !mine) return;
          let theirs = real.steps[i].result;
          if (!isDeepStrictEqual(mine.result, theirs)) theirs = (await secondRun()).steps[i]?.result ?? theirs;
          // Both sides in one value, so a mismatch prints the real and the simulated answer.
          expect(mine.result).toEqual(theirs);
        }, 300_000);
      });
    });
  }
});
