// crictl's output helpers for the command groups: protobuf JSON/YAML, status+info, go-template.

export { marshalMapInOrder, outputStatusInfo, printProtobuf, protobufObjectToJson } from './output';
export { goJsonDecode, type GoJsonValue } from './go-json';
export { goMapText, INSPECT_FLAGS, printInspected } from './inspect-output';
