/**
 * `react-follow-kit/mocks/tencent-chat`: a real `TencentCloudChat` instance against the
 * mock follow store. The SDK runs as shipped (its encoding, decoding, rate limiter and
 * errors); only Tencent's servers are replaced, at the SDK's WebSocket, by msw handlers.
 */
import type TencentCloudChat from '@tencentcloud/chat';

export {
  createTencentChatHandlers,
  type TencentChatAnswer,
  type TencentChatHandlersOptions,
} from './handlers';
export { SDK_VERSIONS_KNOWN_TO_WORK, SDK_WIRE_VERSION } from './sdk-wire';

/** A `TencentCloudChat` instance, as `TencentCloudChat.create()` returns it. */
export type TencentChatInstance = ReturnType<typeof TencentCloudChat.create>;

/** Options of {@link connectMockTencentChat}. */
export interface ConnectMockTencentChatOptions {
  /** Who logs in. */
  userID: string;
  /** @default 1400000000 */
  SDKAppID?: number;
  /** The SDK's log level (0 all … 4 none). @default 4 */
  logLevel?: 0 | 1 | 2 | 3 | 4;
  /**
   * Optional SDK modules, as in `TencentCloudChat.create({ modules })`, e.g.
   * `{ 'follow-module': FollowModule }` from `@tencentcloud/chat/modules/follow-module.js`.
   */
  modules?: Record<string, unknown>;
}

const SDK_READY = 'sdkStateReady';

/**
 * Creates an instance of the app's own `TencentCloudChat`, logs `userID` in and resolves once
 * the SDK is ready. Install {@link createTencentChatHandlers} on your msw server first. The
 * SDK keeps one instance per SDKAppID: `await chat.destroy()` after each test.
 *
 * @example
 * server.use(...createTencentChatHandlers(db));
 * const chat = await connectMockTencentChat(TencentCloudChat, { userID: 'me' });
 * render(<FollowProvider client={chat} userID="me">…</FollowProvider>);
 */
export async function connectMockTencentChat(
  SDK: typeof TencentCloudChat,
  { userID, SDKAppID = 1400000000, logLevel = 4, modules }: ConnectMockTencentChatOptions,
): Promise<TencentChatInstance> {
  const chat = SDK.create({ SDKAppID, ...(modules ? { modules } : {}) });
  chat.setLogLevel(logLevel);
  const ready = new Promise<void>((resolve) => {
    const onReady = () => {
      chat.off(SDK_READY, onReady);
      resolve();
    };
    chat.on(SDK_READY, onReady);
  });
  await chat.login({ userID, userSig: `mock-user-sig-${userID}` });
  await ready;
  return chat;
}
