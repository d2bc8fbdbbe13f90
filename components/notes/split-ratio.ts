// The share of the width the note takes beside its terminal (issue 12: a resizable split), as
// a percentage. Pure: the handle (split-handle.tsx) turns pointer positions and keys into it.

export const SPLIT_DEFAULT = 50;
/** Neither side gets narrower than this share: a note column of a few words is no use, nor is
 * a terminal too narrow for a `ctr images ls` line. */
export const SPLIT_MIN = 25;
export const SPLIT_MAX = 75;
/** What one arrow key moves the handle by; Page Up / Down move five times as far. */
const STEP = 2;

export function clampSplit(percent: number): number {
  if (!Number.isFinite(percent)) return SPLIT_DEFAULT;
  return Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, Math.round(percent * 10) / 10));
}

/** The note's share when the handle is dragged to clientX in a layout spanning [left, left+width). */
export function splitAtPointer(clientX: number, left: number, width: number): number {
  if (width <= 0) return SPLIT_DEFAULT;
  return clampSplit(((clientX - left) / width) * 100);
}

/** The share after a key on the focused handle (WAI-ARIA window splitter), or null for other keys. */
export function splitAfterKey(percent: number, key: string): number | null {
  switch (key) {
    case 'ArrowLeft':
      return clampSplit(percent - STEP);
    case 'ArrowRight':
      return clampSplit(percent + STEP);
    case 'PageDown':
      return clampSplit(percent - STEP * 5);
    case 'PageUp':
      return clampSplit(percent + STEP * 5);
    case 'Home':
      return SPLIT_MIN;
    case 'End':
      return SPLIT_MAX;
    case 'Enter':
      return SPLIT_DEFAULT;
    default:
      return null;
  }
}

/** A stored share, or the default for anything else (a missing, old or edited value). */
export function readSplit(stored: string | null): number {
  if (stored === null || stored.trim() === '') return SPLIT_DEFAULT;
  return clampSplit(Number(stored));
}
