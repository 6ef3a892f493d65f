import { FollowErrorCode } from '../src/client/errors';
import { FOLLOW_LIMITS } from '../src/client/types';
import { FollowDbError } from './db';

/** A parsed request body: a JSON object whose fields are still unchecked. */
export type RequestBody = Record<string, unknown>;

/** 30001 with a message that says exactly what is wrong. */
function invalid(message: string): FollowDbError {
  return new FollowDbError(FollowErrorCode.InvalidParameters, message);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** The body as a JSON object. */
export function parseBody(text: string): RequestBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeName(value) !== 'object') {
    throw invalid(`The request body must be a JSON object, got ${typeName(value)}`);
  }
  return value as RequestBody;
}

/** `From_Account`: a required, non-empty string. */
export function readFromAccount(body: RequestBody): string {
  const value = body.From_Account;
  if (value === undefined) throw invalid('From_Account is required');
  if (typeof value !== 'string') {
    throw invalid(`From_Account must be a string, got ${typeName(value)}`);
  }
  if (value === '') throw invalid('From_Account must not be empty');
  return value;
}

/** A required array of 1 to `max` items. */
function readList(body: RequestBody, field: string, max: number): unknown[] {
  const value = body[field];
  if (value === undefined) throw invalid(`${field} is required`);
  if (!Array.isArray(value)) throw invalid(`${field} must be an array, got ${typeName(value)}`);
  if (value.length === 0) throw invalid(`${field} is empty; pass 1 to ${max} items`);
  if (value.length > max) {
    throw invalid(`${field} has ${value.length} items; at most ${max} are allowed`);
  }
  return value;
}

function checkID(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') {
    throw invalid(`${where} must be a non-empty string, got ${JSON.stringify(value) ?? 'nothing'}`);
  }
  return value;
}

/** `To_Account: string[]` with at most `max` IDs. */
export function readAccountList(body: RequestBody, max: number): string[] {
  return readList(body, 'To_Account', max).map((id, i) => checkID(id, `To_Account[${i}]`));
}

/** follow_add's `FollowItem: [{ To_Account }]`, as IDs. */
export function readFollowItems(body: RequestBody): string[] {
  return readList(body, 'FollowItem', FOLLOW_LIMITS.changeBatch).map((item, i) => {
    if (typeName(item) !== 'object') {
      throw invalid(`FollowItem[${i}] must be an object { To_Account }, got ${typeName(item)}`);
    }
    return checkID((item as RequestBody).To_Account, `FollowItem[${i}].To_Account`);
  });
}

/** follow_get's `FollowType`: 1, 2 or 3. */
export function readFollowType(body: RequestBody): 1 | 2 | 3 {
  const value = body.FollowType;
  if (value === 1 || value === 2 || value === 3) return value;
  const got = value === undefined ? 'nothing' : JSON.stringify(value);
  throw invalid(`FollowType must be 1 (fans), 2 (follows) or 3 (mutual follows), got ${got}`);
}

/** follow_get's `StartCursor`: required, '' for the first page. */
export function readStartCursor(body: RequestBody): string {
  const value = body.StartCursor;
  if (value === undefined) throw invalid('StartCursor is required; pass "" for the first page');
  if (typeof value !== 'string') {
    throw invalid(`StartCursor must be a string, got ${typeName(value)}`);
  }
  return value;
}

/** follow_get's `WantNum`: 1 to 1000, 100 when omitted. */
export function readWantNum(body: RequestBody): number {
  const value = body.WantNum;
  if (value === undefined) return FOLLOW_LIMITS.defaultPageSize;
  const { maxPageSize } = FOLLOW_LIMITS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maxPageSize) {
    throw invalid(
      `WantNum must be an integer from 1 to ${maxPageSize}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
