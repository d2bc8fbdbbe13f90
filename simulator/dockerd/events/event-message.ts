// events.Message and its parts (moby v20.10.24 api/types/events/events.go): what the events
// service logs (event-log.ts) and its filters match (event-filter.ts), apart from both.

/** events.Actor. */
export interface EventActor {
  ID: string;
  Attributes: Record<string, string>;
}

/** events.Message (api/types/events/events.go), JSON names as the API writes them. */
export interface EventMessage {
  status?: string;
  id?: string;
  from?: string;
  Type: EventType;
  Action: string;
  Actor: EventActor;
  scope: string;
  /** Unix seconds. */
  time: number;
  /** Unix nanoseconds (above 2^53, so a bigint). */
  timeNano: bigint;
}

export type EventType = 'container' | 'image' | 'network' | 'volume' | 'daemon' | 'plugin';
