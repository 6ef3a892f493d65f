import type TencentCloudChat from '@tencentcloud/chat';
import type { FollowDb } from '../mocks/index';
import {
  connectMockTencentChat,
  createTencentChatHandlers,
  type TencentChatHandlersOptions,
  type TencentChatInstance,
} from '../mocks/tencent-chat/index';
import { server } from './server';

let SDK: typeof TencentCloudChat | undefined;
const live = new Set<TencentChatInstance>();

/**
 * The pinned `@tencentcloud/chat`, imported once per file with its console chatter muted
 * (it logs on import and on create(), before setLogLevel can act).
 */
export async function loadTencentCloudChat(): Promise<typeof TencentCloudChat> {
  if (SDK) return SDK;
  const quiet = mute(['log', 'info']);
  try {
    SDK = (await import('@tencentcloud/chat')).default;
  } finally {
    quiet();
  }
  return SDK;
}

/** Silences console levels until the returned function is called. */
export function mute(levels: ReadonlyArray<'log' | 'info' | 'warn' | 'error'>): () => void {
  const spies = levels.map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
  return () => {
    for (const spy of spies) spy.mockRestore();
  };
}

/**
 * A real SDK instance, logged in as `userID` against `db` through the SDK's socket; destroyed
 * when the test ends.
 */
export async function connectRealSdk(
  db: FollowDb,
  userID = 'me',
  options: TencentChatHandlersOptions & { modules?: Record<string, unknown> } = {},
): Promise<TencentChatInstance> {
  server.use(...createTencentChatHandlers(db, options));
  const SDK = await loadTencentCloudChat();
  const quiet = mute(['log', 'info']);
  const { modules } = options;
  const chat = await connectMockTencentChat(SDK, {
    userID,
    ...(modules ? { modules } : {}),
  }).finally(quiet);
  live.add(chat);
  onTestFinished(() => destroyRealSdk(chat));
  return chat;
}

/** Logs out and tears down (timers, socket, the SDK's per-SDKAppID instance cache). */
export async function destroyRealSdk(chat: TencentChatInstance): Promise<void> {
  if (!live.delete(chat)) return;
  const quiet = mute(['log', 'info']);
  await chat.destroy().catch(() => {});
  quiet();
}
