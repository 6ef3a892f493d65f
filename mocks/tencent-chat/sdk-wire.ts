/**
 * What the `@tencentcloud/chat` SDK sends and expects over its WebSocket, read from the
 * published package's `index.js` (version {@link SDK_WIRE_VERSION}). It is not public API:
 * this is the one module that names it, and `sdkWire.test.ts` fails when an SDK version
 * moves any of it.
 */

/** The SDK version these facts were read from. */
export const SDK_WIRE_VERSION = '3.6.6';

/** SDK versions whose wire format the mock has been run against. */
export const SDK_VERSIONS_KNOWN_TO_WORK: readonly string[] = ['3.6.6'];

/**
 * The SDK's own hosts: its WebSocket (`wss://<SDKAppID>w4c.my-imcloud.com/binfo?…` first,
 * then backups), its statistics and its table of error messages.
 */
export const TENCENT_HOSTS =
  /^(wss|https):\/\/[^/]*\b(my-imcloud\.com|qcloud\.com|tencent\.cn|qq\.com|my-cpaas\.com)(:\d+)?\//;

/** The error-message table the SDK downloads after `create()`. */
export const ERROR_TABLE_PATH = /\/tim-error-message\.txt$/;

/** One packet either way: `head.servcmd` names the command, `head.seq` pairs the answer. */
export interface WirePacket {
  head: { servcmd: string; seq?: number; identifier?: string; [field: string]: unknown };
  body: Record<string, unknown>;
}

/**
 * The SDK sends JSON as UTF-8 bytes in binary frames (text frames only in dev mode) and
 * decodes an answer's bytes the same way; a text frame would reach it as an empty string.
 */
export function decodeFrame(data: unknown): WirePacket | undefined {
  const text =
    typeof data === 'string'
      ? data
      : new TextDecoder().decode(data instanceof ArrayBuffer ? data : (data as Uint8Array));
  try {
    const packet = JSON.parse(text) as Partial<WirePacket>;
    return packet?.head && typeof packet.head.servcmd === 'string'
      ? (packet as WirePacket)
      : undefined;
  } catch {
    return undefined;
  }
}

/** An answer or a push as the SDK reads it. */
export function encodeFrame(packet: WirePacket): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(packet));
}

/** `servcmd` of the follow commands: `follow.<REST command>`, bodies in REST field names. */
export const FOLLOW_SERVCMD_PREFIX = 'follow.';

/** `servcmd` of login and logout; login's head carries the user as `identifier`. */
export const LOGIN_SERVCMD = 'im_open_status.wslogin';
export const LOGOUT_SERVCMD = 'im_open_status.wslogout';

/**
 * `servcmd` of `getUserProfile` (and of the SDK's own profile fetch after login). Its body is
 * `{ From_Account, UserItem: [{ To_Account, StandardSequence, CustomSequence }] }`, in chunks
 * of 100; the answer's `UserProfileItem: [{ To_Account, ProfileItem: [{ Tag, Value }] }]` is
 * read without its `ResultCode`, dropping entries whose `To_Account` is '' or
 * `@TLS#NOT_FOUND`. Every tag the user has comes back (standard and custom).
 */
export const PROFILE_SERVCMD = 'profile.portrait_get_all';

/** The `To_Account` list of a {@link PROFILE_SERVCMD} body; anything malformed is skipped. */
export function profileRequestAccounts(body: Record<string, unknown>): string[] {
  const items = Array.isArray(body.UserItem) ? body.UserItem : [];
  return items.flatMap((item) => {
    const account = (item as { To_Account?: unknown } | null)?.To_Account;
    return typeof account === 'string' && account !== '' ? [account] : [];
  });
}

/** `servcmd` of the purchased-features fetch, answered in its own field names. */
export const PURCHASE_BITS_SERVCMD = 'im_sdk_config_mgr.fetch_imsdk_purchase_bitsv2';

/**
 * Purchased features as a bit string, lowest bit last. The follow feature is bit 52
 * (`new Long(2 ** 20, 0)` in the SDK): without it every follow method rejects with 3122.
 */
export function purchaseBits(followEnabled: boolean): string {
  return `${followEnabled ? '1' : '0'}${'0'.repeat(52)}`;
}

/** The answer to login: without `A2Key` and `TinyId` the SDK refuses it. */
export function loginAnswer(followEnabled: boolean): Record<string, unknown> {
  return {
    ErrorCode: 0,
    ErrorInfo: '',
    A2Key: 'mock-a2-key',
    TinyId: '144115000000000001',
    HelloInterval: 30,
    InstId: 1,
    TimeStamp: Math.floor(Date.now() / 1000),
    PurchaseBits: purchaseBits(followEnabled),
  };
}

/** The answer to the purchased-features fetch. */
export function purchaseBitsAnswer(followEnabled: boolean): Record<string, unknown> {
  return {
    int32_error_code: 0,
    str_purchase_bits: purchaseBits(followEnabled),
    uint32_expired_time: 3600,
  };
}

/**
 * After login the SDK syncs messages, conversations, groups, friends and its cloud config.
 * Every other command gets this empty, complete answer: paging loops stop (`CompleteFlag`,
 * `StartIndex: 0`, `SyncFlag: 2` with a cookie), and no request is left to time out.
 */
export const EMPTY_COMPLETE_ANSWER: Readonly<Record<string, unknown>> = {
  ErrorCode: 0,
  ErrorInfo: '',
  CompleteFlag: 1,
  StartIndex: 0,
  SyncFlag: 2,
  Cookie: 'mock-cookie',
};

/** `servcmd` of a server push; its body's `eventArray` items are routed by their key. */
export const PUSH_SERVCMD = 'im_open_push.msg_push';

/** One relationship change pushed to the user it concerns. */
export interface FollowPushItem {
  /** Who changed the relationship. */
  from: string;
  /** 1 added to my followers, 2 to my following, 3 to my mutuals (the SDK's list numbers). */
  followType: 1 | 2 | 3;
  isAdd: boolean;
  /** Extra raw fields of the push item (REST names); the SDK passes them on as they are. */
  extra?: Record<string, unknown>;
}

/**
 * A push carrying follow changes. The SDK routes the `FollowChangeList` key (camel-cased on
 * arrival) to its follow module, which emits one follow event per `FollowDiffList` entry.
 */
export function followPush(items: readonly FollowPushItem[]): WirePacket {
  return {
    head: { servcmd: PUSH_SERVCMD },
    body: {
      eventArray: [
        {
          event: 1,
          FollowChangeList: items.map(({ from, followType, isAdd, extra }) => ({
            ...extra,
            From_Account: from,
            FollowDiffList: [{ IsAdd: isAdd ? 1 : 0, FollowType: followType }],
          })),
        },
      ],
    },
  };
}
