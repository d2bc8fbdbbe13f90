// The worker's side of the page ↔ node protocol: it owns the logins (ShellSessions) and their
// nodes, runs what the page asks, streams output back and, after every line, sends the save of
// the node that line ran on, so the page always holds the state "before the next line" should
// it have to stop the worker and start again. No DOM and no worker globals here: node.worker.ts
// wires it to `self`, tests to an in-process double.
//
// A save is made after the line's answer has gone out, never on its way: the line only asks
// for one (coalesced with any already asked for), and the save runs on a later turn of the
// worker's loop. Where a chunk store exists (IndexedDB in the browser) the node's large strings
// go there as chunks, only the new ones hashed and deflated, and the save the page keeps is
// small (storage/chunked-saves.ts). That save is made a piece at a time (save/sliced-pack.ts):
// between pieces the worker reads its messages, so a line typed meanwhile waits a few ms at
// most; should a line run before the save is done, the save is dropped for the one that line
// asks for.

import type { Node } from '../../simulator/node';
import { type RestoredSession, savedProblems } from '../../simulator/shell/saved-session';
import type { LineResult, SavedSession, ShellSession, Stream } from '../../simulator/shell/session-types';
import type { ChunkStore } from './storage/chunk-store';
import { ChunkShelf, isChunkedSave, loadChunkedSave, type Pace, type SaveShelves, SliceShelf, writeChunkedSave, writeSlicedSave } from './storage/chunked-saves';
import { indexedDbChunkStore } from './storage/indexeddb-chunk-store';
import { labView, watchLine } from '../lab/lab-view';
import { exerciseProgress } from '../../content/exercises/progress';
import { buildPresetSession } from './session-presets';
import { timeRestore } from './restore-timing';
import type { FromWorker, SaveOutcome, SessionView, ToWorker } from './worker-protocol';

export interface HostSessionOptions {
  saved?: SavedSession;
  rejectDamagedSave?: boolean;
  node?: Node;
}

/** A login; `snapshot` (the simulator's sessions have it) lets saves be chunked. */
type HostSession = ShellSession & { readonly node?: Node; snapshot?(): RestoredSession };

export interface NodeHostDeps {
  createSession(options: HostSessionOptions): HostSession;
  post(message: FromWorker): void;
  /** Where saves keep their chunks; default IndexedDB where it exists; null: saves inline. */
  chunks?: ChunkStore | null;
  now?: () => number;
  /** Lets the worker's waiting messages in (default: a zero timer). */
  pause?: () => Promise<void>;
  /** The clock a save paces itself by, in ms (default: performance.now). */
  clock?: () => number;
  /**
   * Makes a fresh node and its save on a turn of its own, before the page has asked, for the
   * first login should it ask for a fresh node (the worker's first prompt; see `spare` below).
   */
  spareFresh?: boolean;
}

interface Login {
  session: HostSession;
  /** The login whose save covers this one's node (itself, unless a second login). */
  owner: number;
  /** The history last sent to the page, to send it again only when it changed. */
  sentHistory?: readonly string[];
  sentLength: number;
  /** The strings and slices of this node's last chunked save (owners only). */
  shelves: SaveShelves;
  /** Owners: lines running on the node now, and a count bumped as each begins and ends. */
  running: number;
  epoch: number;
  /** A save is asked for and not yet begun. */
  saveAsked?: boolean;
  /** The save being made, and whether another line ended meanwhile. */
  saving?: Promise<void>;
  savingAgain?: boolean;
}

/** How long output may wait to go out with the next chunk: about a frame. */
const OUTPUT_BATCH_MS = 16;
/** …or until this much has piled up. */
const OUTPUT_BATCH_CHARS = 64 * 1024;

/**
 * Output of a line on its way to the page: chunks of the same stream that come within a frame
 * go as one message, so a loop printing thousands of short lines costs the page a few
 * messages a frame, not one per line.
 */
function batchedOutput(send: (chunk: string, stream: Stream) => void) {
  let pending = '';
  let stream: Stream = 'stdout';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending !== '') send(pending, stream);
    pending = '';
  };
  const write = (chunk: string, from: Stream) => {
    if (chunk === '') return;
    if (from !== stream) flush();
    stream = from;
    pending += chunk;
    // A thread too busy to run timers still sends what piles up.
    if (pending.length >= OUTPUT_BATCH_CHARS) return flush();
    timer ??= setTimeout(flush, OUTPUT_BATCH_MS);
  };
  return { write, flush };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createNodeHost(deps: NodeHostDeps): (message: ToWorker) => void {
  const logins = new Map<number, Login>();
  const chunks = deps.chunks === undefined ? indexedDbChunkStore() : (deps.chunks ?? undefined);
  const now = deps.now ?? Date.now;
  const pause = deps.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const clock = deps.clock ?? (() => performance.now());
  /**
   * A fresh node made while the worker waited for the page (spareFresh): the worker's code is
   * ready well before the page has hydrated and asked for its node, on a first visit a fresh
   * one, whose making and first save then no longer stand between that message and the first
   * prompt. Only the first create may take it; any create drops it. A node made a moment
   * before it was asked for is as a real node booted before the learner logged in.
   */
  let spare: { session: HostSession; save: SaveOutcome } | undefined;
  let asked = false;
  if (deps.spareFresh) {
    setTimeout(() => {
      if (asked) return;
      try {
        const session = deps.createSession({});
        spare = { session, save: saveOf(session) };
      } catch {
        spare = undefined;
      }
    }, 0);
  }

  function view(login: Login): SessionView {
    let prompt: string;
    try {
      prompt = login.session.prompt();
    } catch {
      prompt = '$ ';
    }
    let detachKeys: string | undefined;
    try {
      detachKeys = login.session.detachKeys();
    } catch {
      detachKeys = undefined;
    }
    const keys = detachKeys === undefined ? {} : { detachKeys };
    const history = login.session.history();
    const last = history.at(-1);
    if (history.length === login.sentLength && last === login.sentHistory?.at(-1)) return { prompt, ...keys };
    login.sentHistory = [...history];
    login.sentLength = history.length;
    return { prompt, ...keys, history: [...history] };
  }

  function saveOf(session: ShellSession): SaveOutcome {
    try {
      return { ok: true, saved: session.saveForStorage() };
    } catch (error) {
      return { ok: false, error: describe(error) };
    }
  }

  /**
   * The save of `login`'s node: chunked where a chunk store takes it, else inline; undefined
   * when a line ran while it was being made (that line asks for the next one). While a line
   * is running on the node (a second login's) the tree changes between pieces, so the save is
   * made in one step, as it is.
   */
  async function currentSave(login: Login): Promise<SaveOutcome | undefined> {
    const snapshot = login.session.snapshot?.();
    if (!chunks || !snapshot) return saveOf(login.session);
    const epoch = login.epoch;
    const pace: Pace = { pause, now: clock, unchanged: () => login.epoch === epoch };
    try {
      const saved =
        login.running > 0
          ? await writeChunkedSave(chunks, login.shelves.strings, snapshot, now())
          : await writeSlicedSave(chunks, login.shelves, snapshot, now(), pace);
      return { ok: true, saved };
    } catch (error) {
      if (error instanceof Error && error.name === 'PackAbandonedError') return undefined;
      // A save refused as it is (a variable too long) is refused inline too; a store that
      // refuses chunks (quota, disabled) leaves the inline save, which storage may still take.
      if (error instanceof Error && error.name === 'SaveRefusedError') return { ok: false, error: describe(error) };
      return saveOf(login.session);
    }
  }

  /** Marks a line begun on `login`'s node; the function returned marks it ended. */
  function running(login: Login): () => void {
    const owner = logins.get(login.owner);
    if (!owner) return () => undefined;
    owner.running += 1;
    owner.epoch += 1;
    return () => {
      owner.running -= 1;
      owner.epoch += 1;
    };
  }

  /** After a line: asks for the owning login's save, made once the worker is free again. */
  function askSave(login: Login): void {
    const ownerId = login.owner;
    const owner = logins.get(ownerId);
    if (!owner || owner.saveAsked) return;
    owner.saveAsked = true;
    setTimeout(() => {
      owner.saveAsked = false;
      if (owner.saving) {
        owner.savingAgain = true;
        return;
      }
      owner.saving = (async () => {
        const save = await currentSave(owner);
        if (save && logins.get(ownerId) === owner) deps.post({ t: 'saved', id: ownerId, save });
      })().finally(() => {
        owner.saving = undefined;
        if (owner.savingAgain) {
          owner.savingAgain = false;
          askSave(owner);
        }
      });
    }, 0);
  }

  /** Why a save was refused, field by field, for the page's notice. */
  function refusal(error: unknown, saved: SavedSession | undefined): string {
    if (error instanceof Error && error.name === 'MissingChunkError') return `the saved session cannot be restored; ${error.message}`;
    if (!(error instanceof Error) || error.name !== 'DamagedSaveError' || saved === undefined) return describe(error);
    return [describe(error), ...savedProblems(saved)].join('; ');
  }

  async function create(req: number, id: number, message: Extract<ToWorker, { t: 'create' }>['options']): Promise<void> {
    asked = true;
    const made = spare;
    spare = undefined;
    let saved = message.saved;
    // The save is untrusted until the simulator checked it: its history may be anything.
    const restored = saved && message.loginTo === undefined ? timeRestore(Array.isArray(saved.history) ? saved.history.length : 0) : undefined;
    try {
      const host = message.loginTo === undefined ? undefined : logins.get(message.loginTo);
      if (message.loginTo !== undefined && !host?.session.node) throw new Error('the first terminal is gone');
      if (!host && saved) saved = await loadChunkedSave(chunks, saved);
      // A fresh node: no save, no preset, not a second login.
      const fresh = !host && saved === undefined && message.preset === undefined;
      const session = host
        ? deps.createSession({ node: host.session.node })
        : message.preset && !saved
          ? await buildPresetSession(deps.createSession, message.preset)
          : fresh && made
            ? made.session
            : deps.createSession({ saved, rejectDamagedSave: message.rejectDamagedSave });
      const shelves = { strings: new ChunkShelf(), slices: new SliceShelf() };
      const login: Login = { session, owner: host ? host.owner : id, sentLength: -1, shelves, running: 0, epoch: 0 };
      logins.set(id, login);
      // A save read back from the chunk store and accepted as it is (a damaged one would have
      // thrown) is this node's save already: the page gets it back at once, and the worker's own
      // save, which hashes every file of the node again, follows once the prompt is out.
      const asLoaded = !host && message.rejectDamagedSave === true && message.saved !== undefined && isChunkedSave(message.saved);
      // A fresh node's save is small (60 KB) and made inline in a moment; a chunked one would
      // put IndexedDB's first open and writes (100 ms and more on a first visit) before the
      // first prompt (issue 13: under 1 s). The save after its first line is chunked.
      // Nothing runs on a node being made (lines wait for it), so its first save is never dropped.
      const save: SaveOutcome | undefined = host
        ? undefined
        : asLoaded && message.saved
          ? { ok: true, saved: message.saved }
          : fresh
            ? made && session === made.session
              ? made.save
              : saveOf(session)
            : ((await currentSave(login)) ?? saveOf(session));
      deps.post({ t: 'created', req, id, view: view(login), save });
      restored?.();
      if (asLoaded) askSave(login);
    } catch (error) {
      const damaged = error instanceof Error && (error.name === 'DamagedSaveError' || error.name === 'MissingChunkError');
      deps.post({ t: 'create-failed', req, id, damaged, error: refusal(error, saved) });
    }
  }

  async function run(message: Extract<ToWorker, { t: 'run' }>, login: Login): Promise<void> {
    const { req } = message;
    const output = batchedOutput((chunk, stream) => deps.post({ t: 'output', req, chunk, stream }));
    let result: LineResult;
    const done = running(login);
    const watched = watchLine(login.session.node);
    try {
      result = await login.session.run(message.line, { tty: message.tty, realTime: message.realTime, onOutput: output.write });
    } catch (error) {
      // ShellSession.run promises never to reject; should it anyway, the line still ends.
      result = { stdout: '', stderr: `ctrlab: internal error: ${describe(error)}\n`, exitCode: 1 };
      output.write(result.stderr, 'stderr');
    } finally {
      watched();
      done();
    }
    output.flush();
    deps.post({ t: 'done', req, id: message.id, result, view: view(login) });
    askSave(login);
  }

  async function interrupt(message: Extract<ToWorker, { t: 'interrupt' }>, login: Login): Promise<void> {
    const done = running(login);
    const result = await login.session.interrupt(message.kind).finally(done);
    deps.post({ t: 'done', req: message.req, id: message.id, result, view: view(login) });
    // Ctrl-D or Ctrl-C to an attached program can end it, and with it the task it ran.
    askSave(login);
  }

  /** Answers a question whose answer may be slow (the parser) or fail; never throws. */
  async function answer(req: number, ask: () => unknown): Promise<void> {
    let value: unknown;
    try {
      value = await ask();
    } catch {
      value = null;
    }
    deps.post({ t: 'answer', req, value });
  }

  /** Handles one message; a create answers later (its save's chunks are read first), the rest at once. */
  function dispatch(message: Exclude<ToWorker, { t: 'ping' }>): Promise<void> | undefined {
    if (message.t === 'create') return create(message.req, message.id, message.options);
    if (message.t === 'close') {
      void logins.get(message.id)?.session.interrupt('SIGINT').catch(() => undefined);
      logins.delete(message.id);
      return;
    }
    const login = logins.get(message.id);
    if (!login) {
      deps.post({ t: 'answer', req: message.req, value: null });
      return undefined;
    }
    const { session } = login;
    switch (message.t) {
      case 'run':
        return void run(message, login);
      case 'interrupt':
        return void interrupt(message, login);
      case 'needs-more-input':
        return void answer(message.req, () => session.needsMoreInput(message.line));
      case 'complete':
        return void answer(message.req, () => session.complete(message.line));
      case 'activity':
        deps.post({ t: 'activity', req: message.req, activity: session.activity() ?? null });
        return undefined;
      case 'lab':
        return void answer(message.req, () => (session.node ? labView(session.node, message.select) : null));
      case 'exercises':
        return void answer(message.req, () => {
          const progress = session.node ? exerciseProgress(session.node, message.slug) : null;
          // Progress was written to the node's files: a save in the making is stale, a new one is due.
          if (progress?.recorded) {
            running(login)();
            askSave(login);
          }
          return progress?.statuses ?? null;
        });
      case 'export':
        return void answer(message.req, () => saveOf(session));
    }
  }

  // While a login is being made (its save read from the chunk store), later messages wait, in
  // order: a second login on it, or a line typed at once, must find it there. Pings never wait.
  let creating: Promise<void> | undefined;
  return (message) => {
    if (message.t === 'ping') return deps.post({ t: 'pong', n: message.n });
    const next = creating ? creating.then(() => dispatch(message)) : dispatch(message);
    if (!next) return;
    const settled: Promise<void> = next.finally(() => {
      if (creating === settled) creating = undefined;
    });
    creating = settled;
  };
}
