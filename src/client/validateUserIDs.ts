import { INVALID_USER_ID } from './errorCodes';
import { FollowError } from './errors';
import { MAX_USER_ID_BYTES } from './followConstants';

/** C0 controls, DEL and C1 controls. */
const CONTROL_CHARACTER = /\p{Cc}/u;
// With the `u` flag a well-formed surrogate pair is one code point, so this only matches a
// lone half, which has no UTF-8 encoding and would reach the server as U+FFFD.
const LONE_SURROGATE = /\p{Cs}/u;
const utf8 = /* @__PURE__ */ new TextEncoder();

/** `typeof`, but telling null apart, as refusals show a non-string. */
function kindOf(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

/** Why `userID` is not a usable user ID, or `undefined` when it is. */
function userIDProblem(userID: unknown): string | undefined {
  if (typeof userID !== 'string') return `it is ${kindOf(userID)}, not a string`;
  if (userID === '') return 'it is empty';
  if (userID.trim() !== userID) return 'it has leading or trailing whitespace';
  if (CONTROL_CHARACTER.test(userID)) return 'it contains a control character';
  if (LONE_SURROGATE.test(userID)) return 'it contains an unpaired surrogate';
  const bytes = utf8.encode(userID).length;
  if (bytes > MAX_USER_ID_BYTES) {
    return `it is ${bytes} UTF-8 bytes long, more than ${MAX_USER_ID_BYTES}`;
  }
  return undefined;
}

/** The InvalidUserID refusal of `userID`; `where` locates it in a list (" at index 2"). */
function invalidUserID(userID: unknown, problem: string, where = ''): FollowError {
  const shown = typeof userID === 'string' ? JSON.stringify(userID) : String(userID);
  return new FollowError(
    INVALID_USER_ID,
    `Invalid user ID ${shown}${where}: ${problem}.`,
    typeof userID === 'string' ? { userID } : {},
  );
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
 * @throws FollowError with code {@link INVALID_USER_ID} naming the ID and why.
 */
export function validateUserID(userID: unknown): string {
  const problem = userIDProblem(userID);
  if (problem === undefined) return userID as string;
  throw invalidUserID(userID, problem);
}

/**
 * Checks a list of user IDs before any request is made and returns it **without duplicates**
 * (the first occurrence of each ID is kept, in order), so no ID is sent twice.
 *
 * @throws FollowError with code {@link INVALID_USER_ID} when the list is not a
 * non-empty array, or naming the first invalid ID, its position and why.
 */
export function validateUserIDList(userIDList: unknown): string[] {
  if (!Array.isArray(userIDList)) {
    throw new FollowError(
      INVALID_USER_ID,
      `The user ID list must be an array, got ${kindOf(userIDList)}.`,
    );
  }
  if (userIDList.length === 0) {
    throw new FollowError(INVALID_USER_ID, 'The user ID list is empty.');
  }
  const unique = new Set<string>();
  userIDList.forEach((userID: unknown, index) => {
    const problem = userIDProblem(userID);
    if (problem !== undefined) throw invalidUserID(userID, problem, ` at index ${index}`);
    unique.add(userID as string);
  });
  return [...unique];
}
