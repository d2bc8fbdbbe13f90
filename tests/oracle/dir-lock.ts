// A lock between processes on one machine: a directory made with mkdir (atomic), holding its
// owner's pid so a lock left behind by a process that died is broken. The oracle's runs use it
// because their scripts and scenarios name one fixed path for the test files.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes `lock`, waiting up to 10 minutes for its owner. */
export function acquireDirLock(lock: string): void {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(`${lock}/pid`, String(process.pid));
      return;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(`${lock}/pid`, 'utf8'));
      } catch {
        // the owner is between mkdir and writing its pid
      }
      if (owner > 0 && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${lock} held by pid ${owner} for 10 minutes`);
      spawnSync('sleep', ['0.2']);
    }
  }
}

export function releaseDirLock(lock: string): void {
  rmSync(lock, { recursive: true, force: true });
}
