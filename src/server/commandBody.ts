import {
  CHANGE_BATCH,
  CHECK_BATCH,
  DEFAULT_PAGE_SIZE,
  INFO_BATCH,
  MAX_PAGE_SIZE,
  PROFILE_BATCH,
} from '../client/followConstants';
import type { FollowCommand, RestCommand } from '../client/protocol';

/** The five follow commands and the profile read the proxy forwards; anything else is refused. */
export const FOLLOW_COMMANDS: ReadonlySet<RestCommand> = new Set([
  'follow_add',
  'follow_delete',
  'follow_get',
  'follow_check',
  'follow_get_info',
  'portrait_get',
]);

/** Commands that change the graph: `From_Account` must be the signed-in user. */
export const WRITE_COMMANDS: ReadonlySet<FollowCommand> = new Set(['follow_add', 'follow_delete']);

/**
 * A checked body: a JSON object with a string `From_Account` (portrait_get has none: it
 * reads profiles, which every signed-in user of the SDK can read of anyone).
 */
export interface CommandBody {
  From_Account?: string;
  [field: string]: unknown;
}

/** The list field of each command and its per-call limit. */
const LISTS: Record<FollowCommand, [field: string, max: number] | undefined> = {
  follow_add: ['FollowItem', CHANGE_BATCH],
  follow_delete: ['To_Account', CHANGE_BATCH],
  follow_check: ['To_Account', CHECK_BATCH],
  follow_get_info: ['To_Account', INFO_BATCH],
  follow_get: undefined,
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function isAccount(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

/** Why `item` is not a valid entry of `command`'s list, or undefined. */
function itemProblem(command: FollowCommand, item: unknown): string | undefined {
  if (command !== 'follow_add') return isAccount(item) ? undefined : 'a non-empty string';
  const account = kindOf(item) === 'object' && (item as { To_Account?: unknown }).To_Account;
  return isAccount(account) ? undefined : 'an object { To_Account: non-empty string }';
}

/** portrait_get: 1–100 accounts and a list of tag names. */
function portraitProblem(body: Record<string, unknown>): string | undefined {
  for (const [field, max] of [
    ['To_Account', PROFILE_BATCH],
    ['TagList', 200],
  ] as const) {
    const value = body[field];
    if (!Array.isArray(value)) return `${field} must be an array, got ${kindOf(value)}`;
    if (value.length < 1 || value.length > max) {
      return `${field} has ${value.length} items; pass 1 to ${max}`;
    }
    const bad = value.findIndex((item) => !isAccount(item));
    if (bad >= 0) return `${field}[${bad}] must be a non-empty string`;
  }
  return undefined;
}

/** The per-call limits and the fields the proxy's rules read; upstream checks the rest. */
function bodyProblem(command: RestCommand, body: Record<string, unknown>): string | undefined {
  if (command === 'portrait_get') return portraitProblem(body);
  if (!isAccount(body.From_Account)) return 'From_Account must be a non-empty string';
  const list = LISTS[command];
  if (list) {
    const [field, max] = list;
    const value = body[field];
    if (!Array.isArray(value)) return `${field} must be an array, got ${kindOf(value)}`;
    if (value.length < 1 || value.length > max) {
      return `${field} has ${value.length} items; pass 1 to ${max}`;
    }
    const bad = value.findIndex((item) => itemProblem(command, item) !== undefined);
    if (bad >= 0) return `${field}[${bad}] must be ${itemProblem(command, value[bad])}`;
    return undefined;
  }
  const { WantNum, FollowType } = body;
  if (FollowType !== 1 && FollowType !== 2 && FollowType !== 3) {
    return 'FollowType must be 1 (fans), 2 (follows) or 3 (mutual follows)';
  }
  const max = MAX_PAGE_SIZE;
  const pageSize = WantNum ?? DEFAULT_PAGE_SIZE;
  if (
    typeof pageSize !== 'number' ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > max
  ) {
    return `WantNum must be an integer from 1 to ${max}`;
  }
  return undefined;
}

/**
 * The body of `command` as a {@link CommandBody}, or the reason it is refused: not UTF-8,
 * not a JSON object, or outside the command's limits.
 */
export function parseCommandBody(
  command: RestCommand,
  bytes: Uint8Array,
): { body: CommandBody } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { problem: 'The request body is not valid UTF-8 JSON' };
  }
  if (kindOf(value) !== 'object') {
    return { problem: `The request body must be a JSON object, got ${kindOf(value)}` };
  }
  const problem = bodyProblem(command, value as Record<string, unknown>);
  return problem ? { problem } : { body: value as CommandBody };
}

/**
 * The request body, at most `maxBytes` long, or undefined when it is longer: counted as it
 * streams, so a huge body is never held in memory.
 */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return undefined;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
