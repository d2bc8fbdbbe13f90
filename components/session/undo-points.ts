// The saves Undo goes back to. The worker sends the node's save after each line (node-host.ts),
// so the saves the store receives are the states between lines: the newest is "now", the one
// before it "before the last line", the one before that "before the line before". Kept three
// deep (Undo takes back the last line and the one before); the earlier ones are stored with the
// save (persisted-session.ts), so Undo still works after a reload.
//
// A line typed while the previous line's save was still being made drops that save (the worker
// saves the newer state instead), so two saves may lie more than one line apart: what Undo
// would take back is then named line by line (linesUndone), never guessed.

import type { SavedSession } from '../../simulator/shell/session-types';

/** The current state and the two before it. */
const DEPTH = 3;

interface UndoStep {
  /** The save to go back to. */
  saved: SavedSession;
  /** The lines that state comes before, oldest first (empty when history was cut or cleared). */
  lines: string[];
}

/** Saves this many lines apart or more are not matched line by line (a paste of many lines). */
const MAX_LINES_APART = 64;

/**
 * The lines `after`'s history adds to `before`'s: `after` is the newest lines of `before` (a save
 * keeps the newest HISTSIZE) followed by the new ones. Empty when they cannot be matched.
 */
function linesBetween(before: readonly string[], after: readonly string[]): string[] {
  for (let added = 0; added <= Math.min(after.length, MAX_LINES_APART); added += 1) {
    const kept = after.length - added;
    if (kept > before.length) continue;
    const cut = before.length - kept;
    if (after.slice(0, kept).every((line, i) => line === before[cut + i])) return after.slice(kept);
  }
  return [];
}

function sameHistory(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

export class UndoPoints {
  private saves: SavedSession[] = [];

  /** A save that arrived; the same save again (the store saves after the line and when it comes) is no new point. */
  record(saved: SavedSession | null): void {
    if (saved === null || this.saves.at(-1) === saved) return;
    // A save with the newest one's very history is the same state saved again (the store saves
    // after a line and again when the worker's save of it comes; after a reload the worker hands
    // back the stored save, then makes its own): it takes the newest one's place, so Undo still
    // names and takes back the last line. A change with no line of this terminal's (made in a
    // second terminal) joins the newest state the same way: Undo then takes it back with that line.
    const newest = this.saves.at(-1);
    if (newest && sameHistory(newest.history, saved.history)) {
      this.saves[this.saves.length - 1] = saved;
      return;
    }
    this.saves.push(saved);
    if (this.saves.length > DEPTH) this.saves.shift();
  }

  /** Starts over from `saved` (a reset, an import, another session): nothing to undo. */
  restart(saved: SavedSession | null): void {
    this.saves = saved === null ? [] : [saved];
  }

  /** Starts from stored states (oldest first, the current one last), as a reload found them. */
  resume(saves: readonly SavedSession[]): void {
    this.saves = saves.slice(-DEPTH);
  }

  /** The states before the current one, oldest first: what is stored for Undo after a reload. */
  earlier(): SavedSession[] {
    return this.saves.slice(0, -1);
  }

  /** Where Undo goes now, or undefined when there is no earlier state. */
  next(): UndoStep | undefined {
    const now = this.saves.at(-1);
    const before = this.saves.at(-2);
    if (!now || !before) return undefined;
    return { saved: before, lines: linesBetween(before.history, now.history) };
  }

  /** Undo went back to next(): `restored` (the restored node's first save) is the newest state now. */
  undone(restored: SavedSession | null): void {
    this.saves.pop();
    this.saves.pop();
    this.record(restored);
  }

  /** Every save kept: their chunks must stay in storage. */
  all(): readonly SavedSession[] {
    return this.saves;
  }
}
