// The worker's side of the page ↔ node protocol: it owns the logins (ShellSessions) and their
// nodes, runs what the page asks, streams output back and, after every line, sends the save of
// the node that line ran on, so the page always holds the state "before the next line" should
// it have to stop the worker and start again. No DOM and no worker globals here: node.worker.ts
// wires it to `self`, tests to an in-process double.

import type { Node } from '../../simulator/node';
import type { LineResult, SavedSession, ShellSession, Stream } from '../../simulator/shell/session-types';
import type { FromWorker, SaveOutcome, SessionView, ToWorker } from './worker-protocol';

export interface HostSessionOptions {
  saved?: SavedSession;
  rejectDamagedSave?: boolean;
  node?: Node;
}

type HostSession = ShellSession & { readonly node?: Node };

export interface NodeHostDeps {
  createSession(options: HostSessionOptions): HostSession;
  post(message: FromWorker): void;
}

interface Login {
  session: HostSession;
  /** The login whose save covers this one's node (itself, unless a second login). */
  owner: number;
  /** The history last sent to the page, to send it again only when it changed. */
  sentHistory?: readonly string[];
  sentLength: number;
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

  function view(login: Login): SessionView {
    let prompt: string;
    try {
      prompt = login.session.prompt();
    } catch {
      prompt = '$ ';
    }
    const history = login.session.history();
    const last = history.at(-1);
    if (history.length === login.sentLength && last === login.sentHistory?.at(-1)) return { prompt };
    login.sentHistory = [...history];
    login.sentLength = history.length;
    return { prompt, history: [...history] };
  }

  function saveOf(session: ShellSession): SaveOutcome {
    try {
      return { ok: true, saved: session.saveForStorage() };
    } catch (error) {
      return { ok: false, error: describe(error) };
    }
  }

  /** After a line: the owning login's save of the node it ran on. */
  function sendSave(login: Login): void {
    const owner = logins.get(login.owner);
    if (owner) deps.post({ t: 'saved', id: login.owner, save: saveOf(owner.session) });
  }

  function create(req: number, id: number, message: Extract<ToWorker, { t: 'create' }>['options']): void {
    try {
      const host = message.loginTo === undefined ? undefined : logins.get(message.loginTo);
      if (message.loginTo !== undefined && !host?.session.node) throw new Error('the first terminal is gone');
      const session = deps.createSession(
        host ? { node: host.session.node } : { saved: message.saved, rejectDamagedSave: message.rejectDamagedSave },
      );
      const login: Login = { session, owner: host ? host.owner : id, sentLength: -1 };
      logins.set(id, login);
      deps.post({ t: 'created', req, id, view: view(login), save: host ? undefined : saveOf(session) });
    } catch (error) {
      const damaged = error instanceof Error && error.name === 'DamagedSaveError';
      deps.post({ t: 'create-failed', req, id, damaged, error: describe(error) });
    }
  }

  async function run(message: Extract<ToWorker, { t: 'run' }>, login: Login): Promise<void> {
    const { req } = message;
    const output = batchedOutput((chunk, stream) => deps.post({ t: 'output', req, chunk, stream }));
    let result: LineResult;
    try {
      result = await login.session.run(message.line, { tty: message.tty, realTime: message.realTime, onOutput: output.write });
    } catch (error) {
      // ShellSession.run promises never to reject; should it anyway, the line still ends.
      result = { stdout: '', stderr: `ctrlab: internal error: ${describe(error)}\n`, exitCode: 1 };
      output.write(result.stderr, 'stderr');
    }
    output.flush();
    deps.post({ t: 'done', req, id: message.id, result, view: view(login) });
    sendSave(login);
  }

  async function interrupt(message: Extract<ToWorker, { t: 'interrupt' }>, login: Login): Promise<void> {
    const result = await login.session.interrupt(message.kind);
    deps.post({ t: 'done', req: message.req, id: message.id, result, view: view(login) });
    // Ctrl-D or Ctrl-C to an attached program can end it, and with it the task it ran.
    sendSave(login);
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

  return (message) => {
    if (message.t === 'ping') return deps.post({ t: 'pong', n: message.n });
    if (message.t === 'create') return create(message.req, message.id, message.options);
    if (message.t === 'close') {
      void logins.get(message.id)?.session.interrupt('SIGINT').catch(() => undefined);
      logins.delete(message.id);
      return;
    }
    const login = logins.get(message.id);
    if (!login) return deps.post({ t: 'answer', req: message.req, value: null });
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
        return deps.post({ t: 'activity', req: message.req, activity: session.activity() ?? null });
    }
  };
}
