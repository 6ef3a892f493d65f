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
  const quiet = (['log', 'info'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation(() => {}),
  );
  try {
    SDK = (await import('@tencentcloud/chat')).default;
  } finally {
    for (const spy of quiet) spy.mockRestore();
  }
  return SDK;
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
  const quiet = vi.spyOn(console, 'log').mockImplementation(() => {});
  const { modules } = options;
  const chat = await connectMockTencentChat(SDK, {
    userID,
    ...(modules ? { modules } : {}),
  }).finally(() => quiet.mockRestore());
  live.add(chat);
  onTestFinished(() => destroyRealSdk(chat));
  return chat;
}

/** Logs out and tears down (timers, socket, the SDK's per-SDKAppID instance cache). */
export async function destroyRealSdk(chat: TencentChatInstance): Promise<void> {
  if (!live.delete(chat)) return;
  const quiet = vi.spyOn(console, 'log').mockImplementation(() => {});
  await chat.destroy().catch(() => {});
  quiet.mockRestore();
}
