import { HttpResponse, http } from 'msw';
import type { MockUser } from '../../mocks';
import { recordRequests, rejectionOf, setupRestClient } from '../../test/client/restClientHarness';
import { server } from '../../test/server';
import { FollowErrorCode } from './errors';

const alice: MockUser = {
  userID: 'alice',
  nick: 'Alice',
  avatar: 'https://img.example.test/alice.png',
  selfSignature: 'Hello',
  gender: 'Gender_Type_Female',
  level: 7,
  custom: { Hobby: 'chess' },
};

const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${String(i).padStart(3, '0')}`);

describe('createRestFollowClient: getUserProfile over portrait_get', () => {
  it('answers in the SDK Profile shape: standard tags as fields, custom tags in profileCustomField', async () => {
    const { client } = setupRestClient({
      db: { users: [alice, { userID: 'bob' }] },
      client: { customProfileTags: ['Tag_Profile_Custom_Hobby'] },
    });
    const sent = recordRequests();
    const { code, data } = await client.getUserProfile({ userIDList: ['alice', 'bob'] });
    expect(code).toBe(0);
    expect(data).toEqual([
      {
        userID: 'alice',
        nick: 'Alice',
        avatar: 'https://img.example.test/alice.png',
        selfSignature: 'Hello',
        gender: 'Gender_Type_Female',
        level: 7,
        profileCustomField: [{ key: 'Tag_Profile_Custom_Hobby', value: 'chess' }],
      },
      { userID: 'bob', profileCustomField: [] },
    ]);
    const [request] = await sent.sent();
    expect(request?.url.pathname).toBe('/v4/profile/portrait_get');
    expect(request?.body).toMatchObject({ To_Account: ['alice', 'bob'] });
    expect(request?.body.TagList).toEqual(
      expect.arrayContaining(['Tag_Profile_IM_Nick', 'Tag_Profile_Custom_Hobby']),
    );
  });

  it('reads only the tags it asks for: custom tags need customProfileTags', async () => {
    const { client } = setupRestClient({ db: { users: [alice] } });
    const { data } = await client.getUserProfile({ userIDList: ['alice'] });
    expect(data[0]?.profileCustomField).toEqual([]);
  });

  it('leaves out accounts the server does not know, as the SDK does', async () => {
    const { client } = setupRestClient({ db: { users: [alice] } });
    const { data } = await client.getUserProfile({ userIDList: ['ghost', 'alice'] });
    expect(data.map((profile) => profile.userID)).toEqual(['alice']);
  });

  it('splits more than 100 IDs into calls of 100 and keeps the order', async () => {
    const users = ids(250).map((userID) => ({ userID, nick: userID.toUpperCase() }));
    const { client } = setupRestClient({ db: { users } });
    const sent = recordRequests();
    const { data } = await client.getUserProfile({ userIDList: ids(250) });
    expect(data.map((profile) => profile.userID)).toEqual(ids(250));
    expect((await sent.sent()).map((request) => (request.body.To_Account as []).length)).toEqual([
      100, 100, 50,
    ]);
  });

  it('refuses bad input before any request', async () => {
    const { client } = setupRestClient();
    const sent = recordRequests();
    expect(await rejectionOf(client.getUserProfile({ userIDList: [''] }))).toMatchObject({
      code: FollowErrorCode.InvalidUserID,
    });
    expect(await rejectionOf(client.getUserProfile(undefined as never))).toMatchObject({
      code: FollowErrorCode.InvalidUserID,
    });
    expect(sent.count()).toBe(0);
    expect(() => setupRestClient({ client: { customProfileTags: ['Nick'] } })).toThrow(
      /customProfileTags must be tags named Tag_Profile_Custom_\*/,
    );
  });

  it("fails with the server's code, or 90006 naming the field of a malformed answer", async () => {
    const { client } = setupRestClient({ db: { users: [alice] } });
    server.use(
      http.post('*/v4/profile/portrait_get', () =>
        HttpResponse.json({
          ActionStatus: 'OK',
          ErrorCode: 0,
          UserProfileItem: [{ To_Account: 'alice', ResultCode: 0, ProfileItem: 'nope' }],
        }),
      ),
    );
    const error = (await rejectionOf(client.getUserProfile({ userIDList: ['alice'] }))) as Error;
    expect(error).toMatchObject({ code: FollowErrorCode.MalformedResponse });
    expect(error.message).toMatch(/portrait_get.*UserProfileItem\[0\]\.ProfileItem is "nope"/);

    server.use(
      http.post('*/v4/profile/portrait_get', () =>
        HttpResponse.json({ ActionStatus: 'FAIL', ErrorCode: 40006, ErrorInfo: 'busy' }),
      ),
    );
    expect(await rejectionOf(client.getUserProfile({ userIDList: ['alice'] }))).toMatchObject({
      code: 40006,
      message: 'busy',
    });
  });
});
