// The JSON messages dockerd streams to the CLI for load, push, build and import (moby's
// pkg/jsonmessage.JSONMessage): a status with a layer id and progress, or a `stream` text.

export interface JsonLikeMessage {
  id?: string;
  status?: string;
  stream?: string;
  progress?: { current: number; total: number };
}
