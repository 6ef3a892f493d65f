/**
 * Checkers for the REST response bodies (PROTOCOL.md). Each turns an untrusted JSON value into
 * the typed body of protocol.ts or throws: a `FollowError` with the server's code when the
 * body says `ActionStatus: "FAIL"`, else {@link FollowErrorCode.MalformedResponse} naming the
 * first field that is missing or of the wrong type.
 */
import { FollowError, FollowErrorCode } from './errors';
import type {
  FollowCommand,
  RestBaseResponse,
  RestFollowChangeResponse,
  RestFollowCheckResponse,
  RestFollowGetInfoResponse,
  RestFollowGetItem,
  RestFollowGetResponse,
  RestFollowInfoItem,
  RestProfileItem,
  RestResultItem,
} from './protocol';

type JsonObject = Record<string, unknown>;

/** A value as a failure message shows it: short, and telling missing from null from "". */
function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  return String(value);
}

/** Field readers for one command's body; each throws MalformedResponse with the field's path. */
function shapeOf(command: FollowCommand) {
  const malformed = (detail: string) =>
    new FollowError(FollowErrorCode.MalformedResponse, `Malformed ${command} response: ${detail}.`);
  const string = (value: unknown, path: string): string => {
    if (typeof value === 'string') return value;
    throw malformed(`${path} is ${show(value)}, expected a string`);
  };
  return {
    malformed,
    string,
    object(value: unknown, path: string): JsonObject {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return value as JsonObject;
      }
      throw malformed(`${path} is ${show(value)}, expected an object`);
    },
    array(value: unknown, path: string): unknown[] {
      if (Array.isArray(value)) return value;
      throw malformed(`${path} is ${show(value)}, expected an array`);
    },
    integer(value: unknown, path: string): number {
      if (Number.isInteger(value)) return value as number;
      throw malformed(`${path} is ${show(value)}, expected an integer`);
    },
    count(value: unknown, path: string): number {
      if (Number.isInteger(value) && (value as number) >= 0) return value as number;
      throw malformed(`${path} is ${show(value)}, expected a count (an integer ≥ 0)`);
    },
    /** Fields the kit does not act on may be missing, but must have the right type when present. */
    optionalString(value: unknown, path: string): string {
      return value === undefined ? '' : string(value, path);
    },
  };
}

type Shape = ReturnType<typeof shapeOf>;

/**
 * Checks the fields every body carries and throws the server's error when the call failed:
 * `ActionStatus: "FAIL"` (or a non-zero `ErrorCode`) becomes a `FollowError` with the
 * server's `ErrorCode` and its `ErrorInfo` as the message.
 */
export function readBaseResponse(
  command: FollowCommand,
  body: unknown,
): { root: JsonObject; base: RestBaseResponse } {
  const shape = shapeOf(command);
  const root = shape.object(body, 'the body');
  const status = root.ActionStatus;
  if (status !== 'OK' && status !== 'FAIL') {
    throw shape.malformed(`ActionStatus is ${show(status)}, expected "OK" or "FAIL"`);
  }
  const code = shape.integer(root.ErrorCode, 'ErrorCode');
  const info = shape.optionalString(root.ErrorInfo, 'ErrorInfo');
  const display = shape.optionalString(root.ErrorDisplay, 'ErrorDisplay');
  if (status === 'FAIL' && code === 0)
    throw shape.malformed('ActionStatus is "FAIL" with ErrorCode 0');
  if (code !== 0) throw new FollowError(code, info || `${command} failed with error ${code}.`);
  return {
    root,
    base: { ActionStatus: status, ErrorCode: code, ErrorInfo: info, ErrorDisplay: display },
  };
}

function readResultItem(shape: Shape, value: unknown, path: string): RestResultItem {
  const item = shape.object(value, path);
  return {
    To_Account: shape.string(item.To_Account, `${path}.To_Account`),
    ResultCode: shape.integer(item.ResultCode, `${path}.ResultCode`),
    ResultInfo: shape.optionalString(item.ResultInfo, `${path}.ResultInfo`),
  };
}

/** Checks a `follow_add` / `follow_delete` body: `ResultItem[]` of per-user results. */
export function readFollowChangeResponse(
  command: 'follow_add' | 'follow_delete',
  body: unknown,
): RestFollowChangeResponse {
  const shape = shapeOf(command);
  const { root, base } = readBaseResponse(command, body);
  const items = shape.array(root.ResultItem, 'ResultItem');
  return {
    ...base,
    ResultItem: items.map((item, i) => readResultItem(shape, item, `ResultItem[${i}]`)),
  };
}

function readProfileItems(shape: Shape, value: unknown, path: string): RestProfileItem[] {
  // The SDK treats a missing profile as an empty one.
  if (value === undefined) return [];
  return shape.array(value, path).map((entry, i) => {
    const tag = shape.object(entry, `${path}[${i}]`);
    return { Tag: shape.string(tag.Tag, `${path}[${i}].Tag`), Value: tag.Value };
  });
}

function readFollowGetItem(shape: Shape, value: unknown, path: string): RestFollowGetItem {
  const item = shape.object(value, path);
  return {
    To_Account: shape.string(item.To_Account, `${path}.To_Account`),
    FollowTime: shape.integer(item.FollowTime, `${path}.FollowTime`),
    ProfileItem: readProfileItems(shape, item.ProfileItem, `${path}.ProfileItem`),
    profile_sequence:
      item.profile_sequence === undefined
        ? 0
        : shape.integer(item.profile_sequence, `${path}.profile_sequence`),
  };
}

/** Checks a `follow_get` body: `FollowItem[]` and `NextCursor`. */
export function readFollowGetResponse(body: unknown): RestFollowGetResponse {
  const shape = shapeOf('follow_get');
  const { root, base } = readBaseResponse('follow_get', body);
  const items = shape.array(root.FollowItem, 'FollowItem');
  return {
    ...base,
    FollowItem: items.map((item, i) => readFollowGetItem(shape, item, `FollowItem[${i}]`)),
    NextCursor: shape.string(root.NextCursor, 'NextCursor'),
  };
}

function readFollowType(shape: Shape, value: unknown, path: string): 0 | 1 | 2 | 3 {
  const type = shape.integer(value, path);
  if (type < 0 || type > 3) throw shape.malformed(`${path} is ${type}, expected 0, 1, 2 or 3`);
  return type as 0 | 1 | 2 | 3;
}

/** Checks a `follow_check` body: `ResultItem[]` with a `FollowType` 0–3 each. */
export function readFollowCheckResponse(body: unknown): RestFollowCheckResponse {
  const shape = shapeOf('follow_check');
  const { root, base } = readBaseResponse('follow_check', body);
  const items = shape.array(root.ResultItem, 'ResultItem').map((value, i) => {
    const path = `ResultItem[${i}]`;
    const item = shape.object(value, path);
    return {
      ...readResultItem(shape, item, path),
      FollowType: readFollowType(shape, item.FollowType, `${path}.FollowType`),
    };
  });
  return { ...base, ResultItem: items };
}

/** Checks a `follow_get_info` body: `FollowInfo[]` with three counts each. */
export function readFollowGetInfoResponse(body: unknown): RestFollowGetInfoResponse {
  const shape = shapeOf('follow_get_info');
  const { root, base } = readBaseResponse('follow_get_info', body);
  const items = shape.array(root.FollowInfo, 'FollowInfo').map((value, i): RestFollowInfoItem => {
    const path = `FollowInfo[${i}]`;
    const item = shape.object(value, path);
    return {
      ...readResultItem(shape, item, path),
      FollowerCount: shape.count(item.FollowerCount, `${path}.FollowerCount`),
      FollowingCount: shape.count(item.FollowingCount, `${path}.FollowingCount`),
      MutualFollowingCount: shape.count(item.MutualFollowingCount, `${path}.MutualFollowingCount`),
    };
  });
  return { ...base, FollowInfo: items };
}
