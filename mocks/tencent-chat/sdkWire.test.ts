/**
 * The SDK details the socket mock relies on (sdk-wire.ts), checked against the installed
 * `@tencentcloud/chat`. When a new SDK version moves one, this fails and names it.
 */
import { ws } from 'msw';
import { connectRealSdk, loadTencentCloudChat, mute } from '../../test/realSdk';
import { server } from '../../test/server';
import { createFollowDb } from '../db';
import {
  decodeFrame,
  LOGIN_SERVCMD,
  PROFILE_SERVCMD,
  SDK_VERSIONS_KNOWN_TO_WORK,
  SDK_WIRE_VERSION,
  TENCENT_HOSTS,
  type WirePacket,
} from './sdk-wire';

function recordPackets(): WirePacket[] {
  const packets: WirePacket[] = [];
  server.use(
    ws.link(TENCENT_HOSTS).addEventListener('connection', ({ client }) => {
      client.addEventListener('message', (event) => {
        const packet = decodeFrame(event.data);
        if (packet) packets.push(packet);
      });
    }),
  );
  return packets;
}

const sent = (packets: WirePacket[], servcmd: string) =>
  packets.filter((packet) => packet.head.servcmd === servcmd).map((packet) => packet.body);

describe(`the SDK wire format (read from @tencentcloud/chat ${SDK_WIRE_VERSION})`, () => {
  it('is the installed SDK version, or one the mock is known to work with', async () => {
    // VERSION is on the SDK object but not in its type declarations.
    const { VERSION } = (await loadTencentCloudChat()) as unknown as { VERSION: string };
    expect(
      SDK_VERSIONS_KNOWN_TO_WORK,
      `@tencentcloud/chat ${VERSION} is not a version mocks/tencent-chat/sdk-wire.ts was ` +
        'checked against: rerun this file, fix what moved, then add the version there',
    ).toContain(VERSION);
  });

  it('logs in as the user, learns the follow feature from its purchase bits, and gets ready', async () => {
    const packets = recordPackets();
    const chat = await connectRealSdk(createFollowDb({ users: [{ userID: 'me' }] }));
    expect(chat.isReady()).toBe(true);
    const login = packets.find((packet) => packet.head.servcmd === LOGIN_SERVCMD);
    expect(login?.head.identifier).toBe('me');
    // The follow feature comes with login's PurchaseBits: without it this rejects with 3122.
    await expect(chat.getUserFollowInfo()).resolves.toMatchObject({ code: 0 });
  });

  it('sends follow commands as follow.<REST command> with REST field names', async () => {
    const packets = recordPackets();
    const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'u2' }] });
    const chat = await connectRealSdk(db);
    await chat.followUser(['u2']);
    await chat.unfollowUser(['u2']);
    await chat.checkFollowType(['u2']);
    await chat.getUserFollowInfo(['u2']);
    await chat.getMyFollowersList();
    expect(sent(packets, 'follow.follow_add')).toEqual([
      { From_Account: 'me', FollowItem: [{ To_Account: 'u2' }] },
    ]);
    expect(sent(packets, 'follow.follow_delete')).toEqual([
      { From_Account: 'me', To_Account: ['u2'] },
    ]);
    expect(sent(packets, 'follow.follow_check')).toEqual([
      { From_Account: 'me', To_Account: ['u2'] },
    ]);
    expect(sent(packets, 'follow.follow_get_info')).toEqual([
      { From_Account: 'me', To_Account: ['u2'] },
    ]);
    // 500 a page, whatever the app asks for (cloud config `follow_req_count`, ≤ 1000).
    expect(sent(packets, 'follow.follow_get')).toEqual([
      { From_Account: 'me', FollowType: 1, StartCursor: '', WantNum: 500 },
    ]);
  });

  it('asks profiles as profile.portrait_get_all in chunks of 100 and reads all tags back', async () => {
    const packets = recordPackets();
    const ids = Array.from({ length: 150 }, (_, i) => `u${i}`);
    const db = createFollowDb({
      users: [
        { userID: 'me' },
        { userID: 'ada', nick: 'Ada', level: 3, custom: { Hobby: 'chess' } },
        ...ids.map((userID) => ({ userID })),
      ],
    });
    const chat = await connectRealSdk(db);
    const { data } = await chat.getUserProfile({ userIDList: ['ada', 'ghost'] });
    // The SDK fills every standard field; a user the answer leaves out has no profile.
    expect(data).toEqual([
      expect.objectContaining({
        userID: 'ada',
        nick: 'Ada',
        level: 3,
        selfSignature: '',
        profileCustomField: [{ key: 'Tag_Profile_Custom_Hobby', value: 'chess' }],
      }),
    ]);
    expect(sent(packets, PROFILE_SERVCMD).at(-1)).toEqual({
      From_Account: 'me',
      UserItem: ['ada', 'ghost'].map((To_Account) => ({
        To_Account,
        StandardSequence: 0,
        CustomSequence: 0,
      })),
    });
    await chat.getUserProfile({ userIDList: ids });
    const chunks = sent(packets, PROFILE_SERVCMD).slice(-2);
    expect(chunks.map((body) => (body.UserItem as unknown[]).length)).toEqual([100, 50]);
  });

  it('turns a pushed FollowChangeList into the three events with { userInfoList, isAdd }', async () => {
    const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'ada', nick: 'Ada' }] });
    db.follow('me', 'ada');
    const chat = await connectRealSdk(db);
    const events: unknown[] = [];
    for (const name of [
      'onMyFollowersListUpdated',
      'onMyFollowingListUpdated',
      'onMutualFollowersListUpdated',
    ]) {
      chat.on(name, (event: unknown) => events.push(event));
    }
    db.follow('ada', 'me');
    db.unfollow('me', 'ada');
    await vi.waitFor(() => expect(events).toHaveLength(4));
    const added = {
      userID: 'ada',
      profileItem: [{ tag: 'Tag_Profile_IM_Nick', value: 'Ada' }],
    };
    expect(events).toEqual([
      { name: 'onMyFollowersListUpdated', data: { userInfoList: [added], isAdd: true } },
      { name: 'onMutualFollowersListUpdated', data: { userInfoList: [added], isAdd: true } },
      { name: 'onMyFollowingListUpdated', data: { userInfoList: ['ada'], isAdd: false } },
      { name: 'onMutualFollowersListUpdated', data: { userInfoList: ['ada'], isAdd: false } },
    ]);
  });

  it('truncates checkFollowType to 100 IDs in the full build', async () => {
    const chat = await connectRealSdk(createFollowDb({ users: [{ userID: 'me' }] }));
    const ids = Array.from({ length: 101 }, (_, i) => `u${i}`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onTestFinished(() => warn.mockRestore());
    await expect(chat.checkFollowType(ids)).resolves.toMatchObject({
      data: expect.objectContaining({ length: 100 }),
    });
  });

  it("throws a ReferenceError on more than 100 IDs with the modular 'follow-module' (3.6.6 bug)", async () => {
    // The module logs through a logger of its own, which setLogLevel does not reach.
    onTestFinished(mute(['log', 'info', 'warn', 'error']));
    // @ts-expect-error: the SDK ships its modules without type declarations.
    const { default: FollowModule } = await import('@tencentcloud/chat/modules/follow-module.js');
    const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'u2' }] });
    const chat = await connectRealSdk(db, 'me', { modules: { 'follow-module': FollowModule } });
    await expect(chat.checkFollowType(['u2'])).resolves.toMatchObject({
      data: [{ userID: 'u2', followType: 0 }],
    });
    const ids = Array.from({ length: 101 }, (_, i) => `u${i}`);
    await expect(Promise.resolve().then(() => chat.checkFollowType(ids))).rejects.toThrow(
      ReferenceError,
    );
  });
});
