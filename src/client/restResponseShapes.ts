import { MALFORMED_RESPONSE } from './errorCodes';
/**
 * Checkers for the REST response bodies (PROTOCOL.md). Each turns an untrusted JSON value into
 * the typed body of protocol.ts or throws: a `FollowError` with the server's code when the
 * body says `ActionStatus: "FAIL"`, else {@link MALFORMED_RESPONSE} naming the
 * first field that is missing or of the wrong type.
 *
 * Each body is a table of its fields (`BASE_FIELDS`, `RESULT_ITEM`, …); one walk checks them in
 * order and leaves out fields the kit does not know.
 */
import { FollowError } from './errors';
import type {
  RestBaseResponse,
  RestCommand,
  RestFollowChangeResponse,
  RestFollowCheckResponse,
  RestFollowGetInfoResponse,
  RestFollowGetResponse,
  RestPortraitGetResponse,
} from './protocol';

type JsonObject = Record<string, unknown>;

/** Reads the field at `path`: returns it typed, or throws a {@link ShapeError}. */
type Read<T> = (value: unknown, path: string) => T;

/** Fields in the order they are checked: a reader each, or `[fields]` for a list of objects. */
interface Fields {
  [name: string]: Read<unknown> | Fields[];
}

/** The object a table of fields reads into. */
type Shape<F extends Fields> = {
  [K in keyof F]: F[K] extends Read<infer T>
    ? T
    : F[K] extends (infer G extends Fields)[]
      ? Shape<G>[]
      : never;
};

/** A field that is missing or of the wrong type; {@link shaped} names the command. */
class ShapeError extends Error {}

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

/** `value` when `ok`, else a failure naming `path`, what it is and what was `expected`. */
function check<T>(ok: boolean, value: unknown, path: string, expected: string): T {
  if (ok) return value as T;
  throw new ShapeError(`${path} is ${show(value)}, expected ${expected}`);
}

const string: Read<string> = (value, path) =>
  check(typeof value === 'string', value, path, 'a string');
const integer: Read<number> = (value, path) =>
  check(Number.isInteger(value), value, path, 'an integer');
const count: Read<number> = (value, path) =>
  check(Number.isInteger(value) && (value as number) >= 0, value, path, 'a count (an integer ≥ 0)');
const followType: Read<0 | 1 | 2 | 3> = (value, path) =>
  check([0, 1, 2, 3].includes(value as number), value, path, '0, 1, 2 or 3');
const actionStatus: Read<'OK' | 'FAIL'> = (value, path) =>
  check(value === 'OK' || value === 'FAIL', value, path, '"OK" or "FAIL"');
/** Fields the kit does not act on may be missing, but must have the right type when present. */
const optionalString: Read<string> = (value, path) =>
  value === undefined ? '' : string(value, path);
const object: Read<JsonObject> = (value, path) =>
  check(
    typeof value === 'object' && value !== null && !Array.isArray(value),
    value,
    path,
    'an object',
  );

/** Reads the `fields` of `source`, each named `prefix` + its name in failures. */
function readFields<F extends Fields>(fields: F, source: JsonObject, prefix: string): Shape<F> {
  const shape: JsonObject = {};
  for (const name in fields) {
    const field = fields[name] as Fields[string];
    const value = source[name];
    const path = prefix + name;
    shape[name] = Array.isArray(field)
      ? readList(field[0] as Fields, value, path)
      : field(value, path);
  }
  return shape as Shape<F>;
}

/** An array of objects with `fields`, the items named `path[i]` in failures. */
function readList<F extends Fields>(fields: F, value: unknown, path: string): Shape<F>[] {
  return check<unknown[]>(Array.isArray(value), value, path, 'an array').map((item, i) =>
    readFields(fields, object(item, `${path}[${i}]`), `${path}[${i}].`),
  );
}

/** Runs a check of `command`'s body, turning a {@link ShapeError} into a MalformedResponse. */
function shaped<T>(command: RestCommand, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new FollowError(MALFORMED_RESPONSE, `Malformed ${command} response: ${error.message}.`);
  }
}

const BASE_FIELDS = {
  ActionStatus: actionStatus,
  ErrorCode: integer,
  ErrorInfo: optionalString,
  ErrorDisplay: optionalString,
};

const RESULT_ITEM = { To_Account: string, ResultCode: integer, ResultInfo: optionalString };

const PROFILE_ITEM = { Tag: string, Value: (value: unknown) => value };

const FOLLOW_GET_ITEM = {
  To_Account: string,
  FollowTime: integer,
  // The SDK treats a missing profile as an empty one.
  ProfileItem: (value: unknown, path: string) =>
    value === undefined ? [] : readList(PROFILE_ITEM, value, path),
  profile_sequence: (value: unknown, path: string) =>
    value === undefined ? 0 : integer(value, path),
};

const CHANGE_FIELDS = { ResultItem: [RESULT_ITEM] };

const GET_FIELDS = { FollowItem: [FOLLOW_GET_ITEM], NextCursor: string };

// Written out rather than spread from RESULT_ITEM: a spread at module level is work a bundler
// cannot prove free of side effects, so it would keep this module in bundles that never use it.
const CHECK_FIELDS = {
  ResultItem: [
    { To_Account: string, ResultCode: integer, ResultInfo: optionalString, FollowType: followType },
  ],
};

const GET_INFO_FIELDS = {
  FollowInfo: [
    {
      To_Account: string,
      ResultCode: integer,
      ResultInfo: optionalString,
      FollowerCount: count,
      FollowingCount: count,
      MutualFollowingCount: count,
    },
  ],
};

const PORTRAIT_GET_FIELDS = {
  UserProfileItem: [
    {
      To_Account: string,
      ResultCode: integer,
      ResultInfo: optionalString,
      // A failed account may come without its (empty) profile.
      ProfileItem: (value: unknown, path: string) =>
        value === undefined ? [] : readList(PROFILE_ITEM, value, path),
    },
  ],
  Fail_Account: (value: unknown, path: string) =>
    value === undefined
      ? []
      : check<unknown[]>(Array.isArray(value), value, path, 'an array').map((id, i) =>
          string(id, `${path}[${i}]`),
        ),
};

/**
 * Checks the fields every body carries and throws the server's error when the call failed:
 * `ActionStatus: "FAIL"` (or a non-zero `ErrorCode`) becomes a `FollowError` with the
 * server's `ErrorCode` and its `ErrorInfo` as the message.
 */
export function readBaseResponse(
  command: RestCommand,
  body: unknown,
): { root: JsonObject; base: RestBaseResponse } {
  const result = shaped(command, () => {
    const root = object(body, 'the body');
    const base = readFields(BASE_FIELDS, root, '');
    if (base.ActionStatus === 'FAIL' && base.ErrorCode === 0) {
      throw new ShapeError('ActionStatus is "FAIL" with ErrorCode 0');
    }
    return { root, base };
  });
  const { ErrorCode: code, ErrorInfo: info } = result.base;
  if (code !== 0) throw new FollowError(code, info || `${command} failed with error ${code}.`);
  return result;
}

/** The base fields, then the `fields` of a successful body. */
function readBody<F extends Fields>(
  command: RestCommand,
  body: unknown,
  fields: F,
): RestBaseResponse & Shape<F> {
  const { root, base } = readBaseResponse(command, body);
  return { ...base, ...shaped(command, () => readFields(fields, root, '')) };
}

/** Checks a `follow_add` / `follow_delete` body: `ResultItem[]` of per-user results. */
export function readFollowChangeResponse(
  command: 'follow_add' | 'follow_delete',
  body: unknown,
): RestFollowChangeResponse {
  return readBody(command, body, CHANGE_FIELDS);
}

/** Checks a `follow_get` body: `FollowItem[]` and `NextCursor`. */
export function readFollowGetResponse(body: unknown): RestFollowGetResponse {
  return readBody('follow_get', body, GET_FIELDS);
}

/** Checks a `follow_check` body: `ResultItem[]` with a `FollowType` 0–3 each. */
export function readFollowCheckResponse(body: unknown): RestFollowCheckResponse {
  return readBody('follow_check', body, CHECK_FIELDS);
}

/** Checks a `follow_get_info` body: `FollowInfo[]` with three counts each. */
export function readFollowGetInfoResponse(body: unknown): RestFollowGetInfoResponse {
  return readBody('follow_get_info', body, GET_INFO_FIELDS);
}

/** Checks a `portrait_get` body: `UserProfileItem[]` with per-account results, `Fail_Account`. */
export function readPortraitGetResponse(body: unknown): RestPortraitGetResponse {
  return readBody('portrait_get', body, PORTRAIT_GET_FIELDS);
}
