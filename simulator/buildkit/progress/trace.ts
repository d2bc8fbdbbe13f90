// What buildkitd reports while it solves (client.SolveStatus): vertices with their start and
// completion on the node's clock, whether they were cached or failed, their statuses
// (`transferring dockerfile: 61B`, a layer's download, `exporting layers`) and their output
// logs. The solver runs at once and records the times each step would take; the client's
// progress display (progress/plain.ts, progress/tty.ts) replays them at that pace.

export interface VertexStatus {
  id: string;
  current: number;
  total: number;
  startedMs: number;
  completedMs?: number;
}

interface VertexLog {
  atMs: number;
  text: string;
}

export interface Vertex {
  name: string;
  /** The vertex's digest; buildkit 0.8's plain display (docker 20.10's) prints it under the name. */
  digest?: string;
  startedMs: number;
  completedMs?: number;
  cached: boolean;
  error?: string;
  statuses: VertexStatus[];
  logs: VertexLog[];
}

/** The vertices of one solve in the order they started, and the clock the solve runs on. */
export class Trace {
  readonly vertices: Vertex[] = [];
  /** The solve's own clock: where the next step starts. */
  nowMs: number;

  constructor(readonly startMs: number) {
    this.nowMs = startMs;
  }

  /** A vertex starting now. */
  start(name: string): Vertex {
    const v: Vertex = { name, startedMs: this.nowMs, cached: false, statuses: [], logs: [] };
    this.vertices.push(v);
    return v;
  }

  /** Lets `ms` pass on the solve's clock. */
  advance(ms: number): number {
    this.nowMs += Math.max(0, Math.round(ms));
    return this.nowMs;
  }

  /** A status that starts now and completes `ms` later (the clock moves on). */
  status(v: Vertex, id: string, ms: number, current = 0, total = 0): VertexStatus {
    const s: VertexStatus = { id, current, total, startedMs: this.nowMs };
    v.statuses.push(s);
    s.completedMs = this.advance(ms);
    return s;
  }

  done(v: Vertex, cached = false): void {
    v.cached = cached;
    v.completedMs = this.nowMs;
  }

  fail(v: Vertex, error: string): void {
    v.error = error;
    v.completedMs = this.nowMs;
  }

  /** Total time the solve took so far. */
  get elapsedMs(): number {
    return this.nowMs - this.startMs;
  }
}
