/**
 * The contract's promise: a `TencentCloudChat` instance is a FollowClient as it is, and what
 * it rejects with becomes a FollowError through toFollowError.
 */
import type TencentCloudChat from '@tencentcloud/chat';
import { HttpResponse, http, ws } from 'msw';
import { ERROR_TABLE_PATH, TENCENT_HOSTS } from '../../mocks/tencent-chat/sdk-wire';
import { server } from '../../test/server';
import { FollowError, FollowErrorCode, toFollowError } from './errors';
import { SDK_NOT_READY_EVENT, SDK_READY_EVENT } from './sdkClient';
import { type FollowClient, FollowEvent } from './types';

type ChatInstance = ReturnType<typeof TencentCloudChat.create>;

// On create() the SDK opens its WebSocket and downloads its table of error messages; the
// test answers both so nothing leaves the machine and no request goes unhandled: the socket
// is accepted and stays silent, the table comes back empty (a failed download would make the
// SDK retry on other hosts, after this test's handlers are gone), and anything else fails as
// if offline.
const USER_NOT_LOGGED_IN = FollowErrorCode.SdkNotLoggedIn;

describe('a TencentCloudChat instance as FollowClient', () => {
  it('is assignable to FollowClient by type', () => {
    expectTypeOf<ChatInstance>().toExtend<FollowClient>();
  });

  describe('at run time, not logged in', () => {
    let SDK: typeof TencentCloudChat;
    let chat: ChatInstance;
    const contacted: string[] = [];
    const unhandled: string[] = [];
    const onUnhandled = ({ request }: { request: Request }) => unhandled.push(request.url);
    // The SDK logs to the console on import and after create(), before setLogLevel can act.
    let quiet: Array<{ mockRestore(): void }> = [];
    beforeAll(async () => {
      quiet = (['log', 'info'] as const).map((level) =>
        vi.spyOn(console, level).mockImplementation(() => {}),
      );
      SDK = (await import('@tencentcloud/chat')).default;
      server.events.on('request:unhandled', onUnhandled);
    });
    afterAll(() => {
      server.events.removeListener('request:unhandled', onUnhandled);
      for (const spy of quiet) spy.mockRestore();
    });

    beforeEach(() => {
      const socket = ws.link(TENCENT_HOSTS);
      server.use(
        http.get(ERROR_TABLE_PATH, ({ request }) => {
          contacted.push(`GET ${new URL(request.url).host}`);
          return HttpResponse.text('');
        }),
        http.all(TENCENT_HOSTS, ({ request }) => {
          contacted.push(`${request.method} ${new URL(request.url).host}`);
          return HttpResponse.error();
        }),
        socket.addEventListener('connection', ({ client }) => {
          contacted.push(`WS ${client.url.host}`);
        }),
      );
      chat = SDK.create({ SDKAppID: 1400000000 });
      chat.setLogLevel(4);
    });

    afterEach(async () => {
      // destroy() logs out first, which rejects when nobody is logged in; the teardown
      // (timers, socket, the SDK's instance cache) runs in its `finally` all the same.
      await chat.destroy().catch(() => {});
    });

    it("listens for the SDK's own event names (follow lists, readiness)", () => {
      // The kit subscribes with these strings; a typo would leave every pushed change unseen.
      expect(FollowEvent).toEqual({
        MyFollowersListUpdated: SDK.EVENT.MY_FOLLOWERS_LIST_UPDATED,
        MyFollowingListUpdated: SDK.EVENT.MY_FOLLOWING_LIST_UPDATED,
        MutualFollowersListUpdated: SDK.EVENT.MUTUAL_FOLLOWERS_LIST_UPDATED,
      });
      expect([SDK_READY_EVENT, SDK_NOT_READY_EVENT]).toEqual([
        SDK.EVENT.SDK_READY,
        SDK.EVENT.SDK_NOT_READY,
      ]);
    });

    it('offers every follow method and on/off', () => {
      const client: FollowClient = chat;
      for (const method of [
        'followUser',
        'unfollowUser',
        'getMyFollowersList',
        'getMyFollowingList',
        'getMutualFollowersList',
        'getUserFollowInfo',
        'checkFollowType',
        'on',
        'off',
      ] as const) {
        expect(typeof client[method]).toBe('function');
      }
      expect('getUserFollowList' in client).toBe(false);
    });

    it('rejects with { code, message } that toFollowError keeps', async () => {
      const client: FollowClient = chat;
      const rejection: unknown = await client.checkFollowType(['u2']).then(
        () => expect.unreachable('not logged in, the SDK must reject'),
        (error: unknown) => error,
      );
      expect(rejection).toMatchObject({ code: USER_NOT_LOGGED_IN });
      const { code, message } = rejection as { code: number; message: string };
      expect(message).toContain('checkFollowType');

      const error = toFollowError(rejection);
      expect(error).toBeInstanceOf(FollowError);
      expect(error.code).toBe(code);
      expect(error.message).toBe(message);
      expect(error.cause).toBe(rejection);
      expect(error.retryable).toBe(false);
    });

    it('leaves no request unanswered', async () => {
      await chat.getUserFollowInfo().catch(() => {});
      expect(contacted).toContain('WS 1400000000w4c.my-imcloud.com');
      expect(unhandled).toEqual([]);
    });
  });
});
