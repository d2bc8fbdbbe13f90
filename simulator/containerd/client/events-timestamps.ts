// The times services stamp their records and events with (protobuf Timestamps, RFC 3339 with
// nanoseconds on the wire), and the ways a Go client prints a time.Time it received.

export { goTimeString, nowRfc3339Nano, parseRfc3339Nano, rfc3339 } from '../events/timestamp';
