// A test-only CRI client: calls runtime.v1's RuntimeService and ImageService over a containerd
// socket with @grpc/grpc-js, encoding with protobufjs from our own runtime-v1.proto. Requests
// and answers are plain protobuf-JSON objects (lowerCamelCase names); answers come back in one
// canonical form (see canonical()) so the real daemon's and the simulator's can be compared.

import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs';

const root = protobuf.loadSync(fileURLToPath(new URL('./runtime-v1.proto', import.meta.url)));
root.resolveAll();

export type CriService = 'RuntimeService' | 'ImageService';

/** What one call gave: the canonical response, or the gRPC error as Go's grpc prints it. */
export type CallOutcome =
  | { ok: true; response: Record<string, unknown> }
  | { ok: false; code: string; message: string };

// Go's codes.Code String() names, indexed by the numeric status code.
const GO_CODE_NAMES = [
  'OK', 'Canceled', 'Unknown', 'InvalidArgument', 'DeadlineExceeded', 'NotFound', 'AlreadyExists',
  'PermissionDenied', 'ResourceExhausted', 'FailedPrecondition', 'Aborted', 'OutOfRange',
  'Unimplemented', 'Internal', 'Unavailable', 'DataLoss', 'Unauthenticated',
];

function goCodeName(code: number): string {
  return GO_CODE_NAMES[code] ?? `Code(${code})`;
}

function method(service: CriService, name: string): protobuf.Method {
  const svc = root.lookupService(`runtime.v1.${service}`);
  const m = svc.methods[name];
  if (!m) throw new Error(`runtime.v1.${service} has no method ${name} in runtime-v1.proto`);
  m.resolve();
  return m;
}

export function responseType(service: CriService, name: string): protobuf.Type {
  return method(service, name).resolvedResponseType!;
}

/**
 * One canonical shape for a message, whoever produced it: every scalar field present (proto3
 * defaults filled in, as protobuf-JSON with "emit defaults"), unset sub-messages left out,
 * enums by name, 64-bit integers as decimal strings, bytes as UTF-8 text, map keys sorted.
 */
export function canonical(type: protobuf.Type, message: protobuf.Message | Record<string, unknown>): Record<string, unknown> {
  const msg = message instanceof protobuf.Message ? message : type.fromObject(textBytes(type, message));
  const out: Record<string, unknown> = {};
  const src = msg as unknown as Record<string, unknown>;
  for (const field of type.fieldsArray) {
    field.resolve();
    const value = src[field.name];
    if (field.map) {
      const entries = Object.entries((value ?? {}) as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      out[field.name] = Object.fromEntries(entries.map(([k, v]) => [k, canonicalValue(field, v)]));
    } else if (field.repeated) {
      out[field.name] = ((value ?? []) as unknown[]).map((v) => canonicalValue(field, v));
    } else if (field.resolvedType instanceof protobuf.Type) {
      if (value !== null && value !== undefined) out[field.name] = canonicalValue(field, value);
    } else {
      out[field.name] = canonicalValue(field, value ?? field.typeDefault);
    }
  }
  return out;
}

/**
 * The simulator hands bytes fields (ExecSync's stdout and stderr) over as text, where
 * protobuf-JSON would have base64: read such strings as UTF-8 text.
 */
function textBytes(type: protobuf.Type, obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...obj };
  for (const field of type.fieldsArray) {
    field.resolve();
    const v = out[field.name];
    if (field.type === 'bytes' && typeof v === 'string') out[field.name] = Buffer.from(v, 'utf8');
    else if (field.resolvedType instanceof protobuf.Type && !field.map && v && typeof v === 'object') {
      const sub = field.resolvedType;
      out[field.name] = Array.isArray(v) ? v.map((x) => textBytes(sub, x as Record<string, unknown>)) : textBytes(sub, v as Record<string, unknown>);
    }
  }
  return out;
}

function canonicalValue(field: protobuf.Field, value: unknown): unknown {
  const t = field.resolvedType;
  if (t instanceof protobuf.Type) return canonical(t, value as protobuf.Message);
  if (t instanceof protobuf.Enum) return typeof value === 'number' ? (t.valuesById[value] ?? value) : value;
  switch (field.type) {
    case 'int64': case 'uint64': case 'sint64': case 'fixed64': case 'sfixed64':
      return String(value ?? 0);
    case 'bytes':
      return value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : String(value ?? '');
    default:
      return value;
  }
}

export class CriClient {
  private readonly client: grpc.Client;

  constructor(socketPath: string) {
    this.client = new grpc.Client(`unix://${socketPath}`, grpc.credentials.createInsecure());
  }

  call(service: CriService, name: string, request: Record<string, unknown>, timeoutSeconds = 60): Promise<CallOutcome> {
    const m = method(service, name);
    const reqType = m.resolvedRequestType!;
    const resType = m.resolvedResponseType!;
    return new Promise((resolve) => {
      this.client.makeUnaryRequest(
        `/runtime.v1.${service}/${name}`,
        (req: Record<string, unknown>) => Buffer.from(reqType.encode(reqType.fromObject(req)).finish()),
        (buf: Buffer) => resType.decode(buf),
        request,
        { deadline: Date.now() + timeoutSeconds * 1000 },
        (err: grpc.ServiceError | null, res?: protobuf.Message) => {
          if (err) resolve({ ok: false, code: goCodeName(err.code), message: err.details });
          else resolve({ ok: true, response: canonical(resType, res!) });
        },
      );
    });
  }

  close(): void {
    this.client.close();
  }
}
