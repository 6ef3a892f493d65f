import { FollowErrorCode } from '../src/client/errors';
import { FOLLOW_LIST_TYPES, type FollowListType } from '../src/client/types';
import { FollowDbError } from './db-error';

/**
 * Where a page of one user's list ended. Positions are edge sequence numbers, not
 * offsets, so follows and unfollows between two page requests never make a page repeat
 * or skip an entry that existed throughout.
 */
export interface FollowCursor {
  owner: string;
  type: FollowListType;
  /** The next page holds entries with a smaller sequence than this. */
  beforeSeq: number;
}

interface CursorPayload {
  o: string;
  t: FollowListType;
  s: number;
}

const LIST_TYPES: ReadonlySet<string> = new Set(FOLLOW_LIST_TYPES);

/** The opaque wire form: base64url of a small JSON object. */
export function encodeCursor(cursor: FollowCursor): string {
  const payload: CursorPayload = { o: cursor.owner, t: cursor.type, s: cursor.beforeSeq };
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The cursor inside `text`, or `undefined` when `text` is not one of ours. */
function decodeCursor(text: string): FollowCursor | undefined {
  try {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!isCursorPayload(payload)) return undefined;
    return { owner: payload.o, type: payload.t, beforeSeq: payload.s };
  } catch {
    return undefined;
  }
}

function isCursorPayload(value: unknown): value is CursorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { o, t, s } = value as Record<string, unknown>;
  return (
    typeof o === 'string' &&
    typeof t === 'string' &&
    LIST_TYPES.has(t) &&
    typeof s === 'number' &&
    Number.isSafeInteger(s) &&
    s > 0
  );
}

/**
 * The position `text` points at in `owner`'s `type` list.
 * @throws {FollowDbError} 30001 when `text` is not a cursor of that list.
 */
export function readCursor(text: string, owner: string, type: FollowListType): number {
  const cursor = decodeCursor(text);
  if (!cursor) {
    throw new FollowDbError(
      FollowErrorCode.InvalidParameters,
      'StartCursor is invalid: pass the NextCursor of the previous page, or "" for the first page',
    );
  }
  if (cursor.owner !== owner || cursor.type !== type) {
    throw new FollowDbError(
      FollowErrorCode.InvalidParameters,
      `StartCursor belongs to another list (${cursor.type} of ${cursor.owner}), not ${type} of ${owner}`,
    );
  }
  return cursor.beforeSeq;
}
