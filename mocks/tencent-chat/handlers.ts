import { HttpResponse, http, type WebSocketHandler, ws } from 'msw';
import type { FollowChange, FollowDb } from '../db';
import { FollowDbError } from '../db';
import { answerFollowCommand } from '../handlers';
import { toProfileItems } from '../profile';
import type { RequestBody } from '../request-validation';
import {
  decodeFrame,
  EMPTY_COMPLETE_ANSWER,
  ERROR_TABLE_PATH,
  encodeFrame,
  FOLLOW_SERVCMD_PREFIX,
  type FollowPushItem,
  followPush,
  LOGIN_SERVCMD,
  loginAnswer,
  PROFILE_SERVCMD,
  PURCHASE_BITS_SERVCMD,
  profileRequestAccounts,
  purchaseBitsAnswer,
  TENCENT_HOSTS,
  type WirePacket,
} from './sdk-wire';

/** A body the socket answers with: REST field names plus `ErrorCode` / `ErrorInfo`. */
export type TencentChatAnswer = Record<string, unknown>;

/** Options of {@link createTencentChatHandlers}. */
export interface TencentChatHandlersOptions {
  /**
   * Whether the app bought the follow feature. When false, the SDK itself refuses every
   * follow method with 3122. @default true
   */
  followEnabled?: boolean;
  /**
   * Whether pushed follow changes carry the other user's `ProfileItem` tags (raw, as the
   * SDK passes push fields on). @default true
   */
  pushProfiles?: boolean;
  /**
   * Sees every follow command (`follow_check`, …) with the store's answer and may return
   * another: a fault (`{ ErrorCode: 30006, ErrorInfo: '…' }`) or an odd answer.
   */
  alter?: (command: string, body: RequestBody, answer: TencentChatAnswer) => TencentChatAnswer;
}

interface Connection {
  userID: string | undefined;
  send(packet: WirePacket): void;
}

/**
 * msw handlers that stand in for Tencent's servers behind a real `TencentCloudChat`
 * instance: they accept its WebSocket, answer its login and start-up sync, answer its
 * `follow.*` commands and its profile fetch (`getUserProfile`) from `db` (the store the REST
 * handlers use) and push `db`'s changes to the signed-in user as the SDK's own follow events. The SDK's error-message download is
 * answered too, and any other request to Tencent's hosts fails as if offline.
 */
export function createTencentChatHandlers(
  db: FollowDb,
  options: TencentChatHandlersOptions = {},
): Array<WebSocketHandler | ReturnType<typeof http.all>> {
  const { followEnabled = true, pushProfiles = true, alter } = options;
  const connections = new Set<Connection>();
  let unsubscribe: (() => void) | undefined;
  // Changes made by a connection's own follow commands are not pushed back to it: the kit
  // applies its writes optimistically, as the SDK expects of an app.
  let commandOf: Connection | undefined;

  const onChange = (change: FollowChange) => {
    for (const connection of connections) {
      if (connection === commandOf || !connection.userID) continue;
      const items = pushItemsFor(db, connection.userID, change, pushProfiles);
      if (items.length > 0) connection.send(followPush(items));
    }
  };

  const answer = (connection: Connection, packet: WirePacket): TencentChatAnswer => {
    const { servcmd } = packet.head;
    if (servcmd === LOGIN_SERVCMD) {
      connection.userID = packet.head.identifier;
      return loginAnswer(followEnabled);
    }
    if (servcmd === PURCHASE_BITS_SERVCMD) return purchaseBitsAnswer(followEnabled);
    if (servcmd === PROFILE_SERVCMD) return profileAnswer(db, packet.body);
    if (!servcmd.startsWith(FOLLOW_SERVCMD_PREFIX)) return EMPTY_COMPLETE_ANSWER;
    const command = servcmd.slice(FOLLOW_SERVCMD_PREFIX.length);
    const result = followAnswer(db, command, packet.body, () => {
      commandOf = connection;
    });
    commandOf = undefined;
    return alter ? alter(command, packet.body, result) : result;
  };

  const socket = ws.link(TENCENT_HOSTS);
  return [
    socket.addEventListener('connection', ({ client }) => {
      const connection: Connection = {
        userID: undefined,
        send: (packet) => client.send(encodeFrame(packet)),
      };
      connections.add(connection);
      unsubscribe ??= db.subscribe(onChange);
      client.addEventListener('message', (event) => {
        const packet = decodeFrame(event.data);
        if (!packet) return;
        connection.send({ head: packet.head, body: answer(connection, packet) });
      });
      client.addEventListener('close', () => {
        connections.delete(connection);
        if (connections.size === 0) {
          unsubscribe?.();
          unsubscribe = undefined;
        }
      });
    }),
    http.get(ERROR_TABLE_PATH, () => HttpResponse.text('')),
    http.all(TENCENT_HOSTS, () => HttpResponse.error()),
  ];
}

/**
 * The answer to the SDK's profile fetch from `db`: every tag of each known user. Unknown
 * users are left out, which the SDK reads as it reads Tencent's not-found entries: no profile.
 */
function profileAnswer(db: FollowDb, body: RequestBody): TencentChatAnswer {
  const UserProfileItem = profileRequestAccounts(body).flatMap((account) => {
    const user = db.getUser(account);
    if (!user) return [];
    return [
      { To_Account: account, ProfileItem: toProfileItems(user), ResultCode: 0, ResultInfo: '' },
    ];
  });
  return { ErrorCode: 0, ErrorInfo: '', UserProfileItem };
}

function followAnswer(
  db: FollowDb,
  command: string,
  body: RequestBody,
  beforeChange: () => void,
): TencentChatAnswer {
  try {
    beforeChange();
    return { ErrorCode: 0, ErrorInfo: '', ...answerFollowCommand(db, command, body) };
  } catch (error) {
    if (error instanceof FollowDbError) return { ErrorCode: error.code, ErrorInfo: error.message };
    throw error;
  }
}

/** What `viewer` is told about one change of the graph, as the SDK's list numbers. */
function pushItemsFor(
  db: FollowDb,
  viewer: string,
  { kind, from, to, time }: FollowChange,
  withProfile: boolean,
): FollowPushItem[] {
  const isAdd = kind === 'follow';
  // A follower change when someone follows me; a following change when I follow someone
  // from another device. Mutual moves when the reverse edge exists.
  const side =
    to === viewer ? ([from, 1, 2] as const) : from === viewer ? ([to, 2, 1] as const) : undefined;
  if (!side) return [];
  const [other, list, reverse] = side;
  const extra =
    isAdd && withProfile ? { extra: { ProfileItem: db.restItem(other, time).ProfileItem } } : {};
  const items: FollowPushItem[] = [{ from: other, followType: list, isAdd, ...extra }];
  if ((db.followType(viewer, other) & reverse) !== 0) {
    items.push({ from: other, followType: 3, isAdd, ...extra });
  }
  return items;
}
