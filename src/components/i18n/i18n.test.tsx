import { ALL_CATALOGS } from '../../../test/catalogs';
import { renderFollowHook } from '../../../test/harness';
import { catalogFor } from './catalogs';
import { createFollowTranslator } from './createFollowTranslator';
import { en } from './en';
import { useFollowMessages } from './FollowMessagesProvider';

describe('catalogs', () => {
  it.each(Object.entries(ALL_CATALOGS))('%s has every message and no stray ones', (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
  ])('finds the catalog for %s', (locale, expected) => {
    expect(catalogFor(locale, ALL_CATALOGS)).toBe(ALL_CATALOGS[expected]);
    expect(catalogFor(locale.toUpperCase(), ALL_CATALOGS)).toBe(ALL_CATALOGS[expected]);
  });

  it.each(['zh-TW', 'zh-Hant-HK', 'fr', 'en-GB'])('has no catalog for %s', (locale) => {
    expect(catalogFor(locale, ALL_CATALOGS)).toBeUndefined();
  });

  it('applies only the catalogs handed in: English text, the locale’s numbers', () => {
    const { t } = createFollowTranslator('ja', undefined, { ko: ALL_CATALOGS.ko ?? {} });
    expect(t('followBack')).toBe('Follow back');
    expect(t('followersCount', { count: 19_999, countText: '1.9万' })).toBe('1.9万 followers');
    expect(createFollowTranslator('ja').t('follow')).toBe('Follow');
  });
});

describe('createFollowTranslator', () => {
  it('merges English ← the locale ← overrides', () => {
    const { t } = createFollowTranslator('ja', { follow: 'Suivre' }, ALL_CATALOGS);
    expect(t('follow')).toBe('Suivre');
    expect(t('followBack')).toBe('フォローバック');
    expect(createFollowTranslator('fr').t('mutual')).toBe('Mutual');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const { t } = createFollowTranslator('en', { cancel: 'Cancel {what}' });
    expect(t('followFailed', { name: 'Alice' })).toBe("Couldn't follow Alice. Try again.");
    expect(t('buttonName', { action: 'Follow', name: '{name}' })).toBe('Follow {name}');
    expect(t('cancel')).toBe('Cancel {what}');
  });

  it('picks plural forms with Intl.PluralRules and formats the count', () => {
    const { t } = createFollowTranslator('en');
    expect(t('followersCount', { count: 1 })).toBe('1 follower');
    expect(t('followersCount', { count: 0 })).toBe('0 followers');
    expect(t('followersCount', { count: 1999 })).toBe('1,999 followers');
    expect(t('followersCount', { count: 1, countText: 'one' })).toBe('one follower');
  });

  it('takes plural overrides in any locale', () => {
    const { t } = createFollowTranslator(
      'ko',
      { mutualCount: { one: '{count} friend', other: '{count} friends' } },
      ALL_CATALOGS,
    );
    // Korean has no singular category: every count is "other".
    expect(t('mutualCount', { count: 1 })).toBe('1 friends');
    expect(
      createFollowTranslator('en', { mutualCount: { one: '# {count}', other: '{count}' } }).t(
        'mutualCount',
        { count: 1 },
      ),
    ).toBe('# 1');
  });

  it('formats numbers per locale, compact and truncated', () => {
    expect(createFollowTranslator('en').formatCompact(1999)).toBe('1.9K');
    expect(createFollowTranslator('en').formatCompact(999)).toBe('999');
    expect(createFollowTranslator('en').formatCompact(1_999_999)).toBe('1.9M');
    expect(createFollowTranslator('zh-CN').formatCompact(19_999)).toBe('1.9万');
    expect(createFollowTranslator('ja').formatCompact(19_999)).toBe('1.9万');
    expect(createFollowTranslator('ko').formatCompact(19_999)).toBe('1.9만');
    expect(createFollowTranslator('de').formatNumber(1999)).toBe('1.999');
  });

  it('falls back to English for a tag Intl refuses', () => {
    const translator = createFollowTranslator('not a locale!');
    expect(translator.locale).toBe('en');
    expect(translator.t('follow')).toBe('Follow');
    expect(translator.formatNumber(1999)).toBe('1,999');
  });

  it('splits a message into text and placeholders', () => {
    expect(
      createFollowTranslator('ko', undefined, ALL_CATALOGS).parts('followersCount', 5),
    ).toEqual([{ text: '팔로워 ' }, { name: 'count' }, { text: '명' }]);
  });
});

describe('useFollowMessages', () => {
  it("reads the provider's locale and overrides", () => {
    const { result } = renderFollowHook(() => useFollowMessages(en), {
      locale: 'zh-CN',
      messages: { mutual: '互粉' },
    });
    expect(result.current.t('follow')).toBe('关注');
    expect(result.current.t('followBack')).toBe('回关');
    expect(result.current.t('mutual')).toBe('互粉');
    expect(result.current.locale).toBe('zh-CN');
  });
});
