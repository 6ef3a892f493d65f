import { FollowError, FollowErrorCode } from './errors';
import { FOLLOW_LIMITS } from './protocol';

// With the `u` flag a well-formed surrogate pair is one code point, so this only matches a
// lone half, which has no UTF-8 encoding and would reach the server as U+FFFD.
const LONE_SURROGATE = /\p{Cs}/u;
const utf8 = new TextEncoder();

/** C0 controls, DEL and C1 controls. */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** Why `userID` is not a usable user ID, or `undefined` when it is. */
function userIDProblem(userID: unknown): string | undefined {
  if (typeof userID !== 'string')
    return `it is ${userID === null ? 'null' : typeof userID}, not a string`;
  if (userID === '') return 'it is empty';
  if (userID.trim() !== userID) return 'it has leading or trailing whitespace';
  if (hasControlCharacter(userID)) return 'it contains a control character';
  if (LONE_SURROGATE.test(userID)) return 'it contains an unpaired surrogate';
  const bytes = utf8.encode(userID).length;
  if (bytes > FOLLOW_LIMITS.maxUserIDBytes) {
    return `it is ${bytes} UTF-8 bytes long, more than ${FOLLOW_LIMITS.maxUserIDBytes}`;
  }
  return undefined;
}

function describe(userID: unknown): string {
  return typeof userID === 'string' ? JSON.stringify(userID) : String(userID);
}

/**
 * True when `userID` is a user ID the kit will send: a non-empty string without leading or
 * trailing whitespace or control characters, at most {@link FOLLOW_LIMITS.maxUserIDBytes}
 * UTF-8 bytes.
 */
export function isValidUserID(userID: unknown): userID is string {
  return userIDProblem(userID) === undefined;
}

/**
 * Returns `userID` when it is valid (see {@link isValidUserID}).
 *
 * @throws FollowError with code {@link FollowErrorCode.InvalidUserID} naming the ID and why.
 */
export function validateUserID(userID: unknown): string {
  const problem = userIDProblem(userID);
  if (problem === undefined) return userID as string;
  throw new FollowError(
    FollowErrorCode.InvalidUserID,
    `Invalid user ID ${describe(userID)}: ${problem}.`,
    typeof userID === 'string' ? { userID } : {},
  );
}

/**
 * Checks a list of user IDs before any request is made and returns it **without duplicates**
 * (the first occurrence of each ID is kept, in order), so no ID is sent twice.
 *
 * @throws FollowError with code {@link FollowErrorCode.InvalidUserID} when the list is not a
 * non-empty array, or naming the first invalid ID, its position and why.
 */
export function validateUserIDList(userIDList: unknown): string[] {
  if (!Array.isArray(userIDList)) {
    throw new FollowError(
      FollowErrorCode.InvalidUserID,
      `The user ID list must be an array, got ${userIDList === null ? 'null' : typeof userIDList}.`,
    );
  }
  if (userIDList.length === 0) {
    throw new FollowError(FollowErrorCode.InvalidUserID, 'The user ID list is empty.');
  }
  const unique = new Set<string>();
  userIDList.forEach((userID: unknown, index) => {
    const problem = userIDProblem(userID);
    if (problem !== undefined) {
      throw new FollowError(
        FollowErrorCode.InvalidUserID,
        `Invalid user ID ${describe(userID)} at index ${index}: ${problem}.`,
        typeof userID === 'string' ? { userID } : {},
      );
    }
    unique.add(userID as string);
  });
  return [...unique];
}
