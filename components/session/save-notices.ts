// What the learner is told about saving the node, one line each, naming the real cause: a
// save nearing its budget, one too big for it, a browser whose storage for the site is full or
// disabled, a node that could not be written out, and after a reload, that what came back is
// older than what they last saw.

/**
 * Browsers give an origin about 5 MB of localStorage, counted in UTF-16 code units of keys and
 * values (5,000,000 is the smallest of the major browsers'). A new save is written beside the
 * old one (safe-storage.ts), so two must fit at once: each may use a little under half, and the
 * rest is for the pointer between them and a copy of a refused save.
 */
export const ORIGIN_QUOTA_CHARS = 5_000_000;
export const SAVE_BUDGET_CHARS = 2_400_000;
/** From here on the learner is told the node is nearing its budget (80 %). */
export const SAVE_WARN_CHARS = Math.round(SAVE_BUDGET_CHARS * 0.8);

export const CORRUPTED_NOTICE = 'ctrlab: the saved session in this browser was unreadable; started a fresh node.';

/** Why a save did not reach storage. */
export type SaveRefusal =
  | { kind: 'too-big'; chars: number }
  | { kind: 'quota'; chars: number }
  | { kind: 'disabled' }
  | { kind: 'unserialisable'; reason: string };

/** Characters of storage as the megabytes a learner reads (one decimal, 1 MB = 10^6). */
function megabytes(chars: number): string {
  return `${(Math.max(chars, 0) / 1_000_000).toFixed(1)} MB`;
}

const REMOVE_SOMETHING = 'remove images, containers or files you no longer need';

/** Shown once a save passes its warning mark, until it is back under it. */
export function nearBudgetNotice(chars: number, budget = SAVE_BUDGET_CHARS): string {
  return `ctrlab: this node's save takes ${megabytes(chars)} of the ${megabytes(budget)} this browser keeps for it; ${REMOVE_SOMETHING}, or later states will not be saved.`;
}

/** Shown while saves are refused; gone with the next save that succeeds. */
export function refusedNotice(refusal: SaveRefusal, budget = SAVE_BUDGET_CHARS): string {
  switch (refusal.kind) {
    case 'too-big':
      return `ctrlab: the node's latest state is not saved: it needs ${megabytes(refusal.chars)}, more than the ${megabytes(budget)} a save may take; ${REMOVE_SOMETHING} to save again.`;
    case 'quota':
      return `ctrlab: the node's latest state is not saved: this browser's storage for the site has no room left for its ${megabytes(refusal.chars)} (other data fills it); ${REMOVE_SOMETHING}, or clear the site's other data.`;
    case 'disabled':
      return "ctrlab: the node's latest state is not saved: this browser does not let the page store data (storage is disabled or blocked), so the node will not survive a reload.";
    case 'unserialisable':
      return `ctrlab: the node's latest state is not saved: it could not be written out (${oneLine(refusal.reason, 120)}); the last save stays.`;
  }
}

/** The cause in a few words, for the notice after a reload. */
function causeText(refusal: SaveRefusal, budget: number): string {
  switch (refusal.kind) {
    case 'too-big':
      return `it needed ${megabytes(refusal.chars)}, more than the ${megabytes(budget)} a save may take`;
    case 'quota':
      return "the browser's storage for the site was full";
    case 'disabled':
      return 'the browser did not let the page store data';
    case 'unserialisable':
      return `it could not be written out: ${oneLine(refusal.reason, 120)}`;
  }
}

/** `text` on one line with no control characters, cut at `max` characters. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Local date and time to the minute: when the restored save was made. */
function localMinute(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * After a reload whose latest save was refused: what came back is the last save that made it,
 * from `savedAtMs`, after the command `lastLine`; or nothing, when no save ever did.
 */
export function unsavedOnReloadNotice(
  refusal: SaveRefusal,
  savedAtMs: number | null,
  lastLine: string | null,
  budget = SAVE_BUDGET_CHARS,
): string {
  const cause = causeText(refusal, budget);
  if (savedAtMs === null) return `ctrlab: the node's latest state was not saved (${cause}) and no earlier one was; started a fresh node.`;
  const after = lastLine === null ? 'before any command' : `after \`${oneLine(lastLine, 60)}\``;
  return `ctrlab: the node's latest state was not saved (${cause}); restored the last state that was, saved ${localMinute(savedAtMs)} ${after}.`;
}
