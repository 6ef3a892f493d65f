import { flattenProfileItems, toFollowUserProfile, toUserProfile } from './flattenProfile';

describe('flattenProfileItems', () => {
  it('maps every tag the SDK knows to its field and keeps other tags by name', () => {
    const flat = flattenProfileItems([
      { Tag: 'Tag_Profile_IM_Nick', Value: 'Alice' },
      { Tag: 'Tag_Profile_IM_Image', Value: 'https://img.example/a.png' },
      { Tag: 'Tag_Profile_IM_SelfSignature', Value: 'hi' },
      { Tag: 'Tag_Profile_IM_Gender', Value: 'Gender_Type_Female' },
      { Tag: 'Tag_Profile_IM_Location', Value: 'Shenzhen' },
      { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_AllowAny' },
      { Tag: 'Tag_Profile_IM_Level', Value: 3 },
      { Tag: 'Tag_Profile_IM_Role', Value: 1 },
      { Tag: 'Tag_Profile_IM_BirthDay', Value: 19900101 },
      { Tag: 'Tag_Profile_IM_Language', Value: 0 },
      { Tag: 'Tag_Profile_IM_MsgSettings', Value: 0 },
      { Tag: 'Tag_Profile_IM_AdminForbidType', Value: 'AdminForbid_Type_None' },
      { Tag: 'Tag_Profile_Custom_Hobby', Value: 'chess' },
    ]);
    expect(flat).toEqual({
      nick: 'Alice',
      avatar: 'https://img.example/a.png',
      selfSignature: 'hi',
      gender: 'Gender_Type_Female',
      location: 'Shenzhen',
      allowType: 'AllowType_Type_AllowAny',
      level: 3,
      role: 1,
      birthday: 19900101,
      language: 0,
      messageSettings: 0,
      adminForbidType: 'AdminForbid_Type_None',
      Tag_Profile_Custom_Hobby: 'chess',
    });
  });

  it('treats tag names like Object members as plain custom tags', () => {
    const flat = flattenProfileItems([
      { Tag: 'toString', Value: 'x' },
      { Tag: '__proto__', Value: { polluted: true } },
    ]);
    expect(Object.getPrototypeOf(flat)).toBe(Object.prototype);
    expect(Object.keys(flat)).toEqual(['toString', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('toFollowUserProfile', () => {
  it('keeps the ID and follow time, which no tag can overwrite', () => {
    expect(
      toFollowUserProfile({
        To_Account: 'u2',
        FollowTime: 1_700_000_000,
        ProfileItem: [
          { Tag: 'Tag_Profile_IM_Nick', Value: 'Bob' },
          { Tag: 'userID', Value: 'spoofed' },
        ],
        profile_sequence: 4,
      }),
    ).toEqual({ userID: 'u2', followTime: 1_700_000_000, nick: 'Bob' });
  });
});

describe('toUserProfile', () => {
  it('shapes tags as the SDK getUserProfile does: fields, profileCustomField, unknown tags dropped', () => {
    const profile = toUserProfile('ada', [
      { Tag: 'Tag_Profile_IM_Nick', Value: 'Ada' },
      { Tag: 'Tag_Profile_IM_Level', Value: 3 },
      { Tag: 'Tag_Profile_Custom_Hobby', Value: 'chess' },
      { Tag: 'Tag_Profile_IM_Unknown', Value: 'x' },
      { Tag: '__proto__', Value: { polluted: true } },
    ]);
    expect(profile).toEqual({
      userID: 'ada',
      nick: 'Ada',
      level: 3,
      profileCustomField: [{ key: 'Tag_Profile_Custom_Hobby', value: 'chess' }],
    });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
