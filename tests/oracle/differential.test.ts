// The real containerd is the judge: every script in scripts/ runs on a private real
// containerd 1.6.20 and on the simulator, and each command's stdout, stderr and exit code must
// agree after normalise.ts. Where containerd or root is unavailable the suite is skipped, and its
// name and a warning say why.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuiltArchives, buildOracleArchives } from './build-images';
import { normalisedAnswer } from './compare';
import { mountsUnder, oracleUnavailableReason, pidsMentioning, runcContainersUnder } from './real-containerd';
import { lastRealNodeDir, runOnRealNode } from './real-run';
import { type ScriptResult, parseScript } from './script';
import { runOnSimulator } from './sim-run';

const scriptsDir = join(__dirname, 'scripts');
const scripts = readdirSync(scriptsDir).filter((f) => f.endsWith('.sh')).sort();
const reason = oracleUnavailableReason();
if (reason) console.warn(`[oracle] skipped: ${reason}`);

describe.skipIf(reason !== undefined)(`differential tests against a real containerd${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let work: string | undefined;
  let archives: BuiltArchives | undefined;
  const built = () => (archives ??= buildOracleArchives((work ??= mkdtempSync(join(tmpdir(), 'ctrlab-archives-')))));
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });
  // What this run's real node left behind (other runs on the machine may be going on).
  const leftovers = () => {
    const dir = lastRealNodeDir() ?? '(none)';
    return {
      processes: pidsMentioning(dir),
      mounts: mountsUnder(dir),
      runcContainers: runcContainersUnder(dir),
      tempDir: existsSync(dir),
    };
  };
  // A shim killed with its daemon may take a moment to go, on a busy machine its runc state with
  // it: what is left is asked again for up to 10 s before it counts as left behind.
  const NOTHING_LEFT = { processes: [], mounts: [], runcContainers: [], tempDir: false };
  const settledLeftovers = async () => {
    let found = leftovers();
    for (let i = 0; i < 50 && !isDeepStrictEqual(found, NOTHING_LEFT); i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      found = leftovers();
    }
    return found;
  };

  for (const script of scripts) {
    describe(script, () => {
      const lines = parseScript(readFileSync(join(scriptsDir, script), 'utf8'));
      let real: ScriptResult[] = [];
      let sim: ScriptResult[] = [];
      it('runs on both nodes', async () => {
        real = runOnRealNode(lines, built());
        sim = await runOnSimulator(lines, built());
        expect(sim.length).toBe(real.length);
        // Each real node is stopped before the next: nothing of it may be left on the machine.
        expect(lastRealNodeDir()).toBeDefined();
        expect(await settledLeftovers()).toEqual(NOTHING_LEFT);
      }, 180_000);
      // A real node has races of its own (when the garbage collector runs, whether a detached
      // task's first output reaches ctr). Where a line differs, the script is asked of a fresh
      // real node once more, and the simulator must equal one of the real answers.
      let second: ScriptResult[] | undefined;
      const secondRun = () => (second ??= runOnRealNode(lines, built()));
      lines.forEach((line, i) => {
        it(`$ ${line}`, () => {
          const s = sim[i];
          expect(real[i], 'the real node ran this line').toBeDefined();
          expect(s, 'the simulator ran this line').toBeDefined();
          if (!real[i] || !s) return;
          const simulated = normalisedAnswer(line, sim, i);
          let judged = normalisedAnswer(line, real, i);
          if (!isDeepStrictEqual(simulated, judged)) judged = normalisedAnswer(line, secondRun(), i) ?? judged;
          // Both sides in one value, so a mismatch prints the real and the simulated text.
          expect(simulated).toEqual(judged);
        }, 180_000);
      });
    });
  }
});
