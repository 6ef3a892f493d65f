import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFollowDb, scenarios } from '../../../mocks/index';
import { renderWithFollowKit, stubElementSize } from '../../../test/harness';
import { FollowButton } from '../FollowButton/FollowButton';
import { FollowerList } from '../FollowerList/FollowerList';
import { displayNameOf, isolateUserText, labelText } from './userText';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';
const spoof = `${RLO}ecilA`;

const db = () =>
  createFollowDb({
    users: [{ userID: 'me' }, { userID: 'alice', nick: spoof }],
    follows: [['alice', 'me']],
  });

describe('user text inside messages', () => {
  it.each(['en', 'zh-CN', 'ko', 'ja'])(
    'isolates a name with a right-to-left override in the button name (%s)',
    async (locale) => {
      renderWithFollowKit(<FollowButton userID="alice" name={spoof} />, { db: db(), locale });
      const button = await screen.findByRole('button', { name: (name) => name.includes(spoof) });
      await waitFor(() => expect(button).toHaveAttribute('data-state', 'follower'));
      const label = button.getAttribute('aria-label') ?? '';
      expect(label).toContain(`${FSI}${spoof}${PDI}`);
      // Nothing of the message sits inside the isolate.
      expect(label.replace(`${FSI}${spoof}${PDI}`, '')).not.toContain(RLO);
    },
  );

  it('isolates the name in the failure alert and in the unfollow confirmation title', async () => {
    const user = userEvent.setup();
    renderWithFollowKit(<FollowButton userID="alice" name={spoof} confirmUnfollow />, {
      db: db(),
      handlers: scenarios.failNext(1, 30006, { commands: ['follow_add'] }),
    });
    const button = await screen.findByRole('button', { name: `Follow back ${FSI}${spoof}${PDI}` });
    await user.click(button);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(`Couldn't follow ${spoof}. Try again.`));
    const isolated = alert.querySelector('bdi');
    expect(isolated).toHaveTextContent(spoof);
    expect(alert.querySelector('[dir="auto"]')?.firstChild?.textContent).toBe("Couldn't follow ");

    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'mutual'));
    await user.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(spoof).tagName).toBe('BDI');
    expect(dialog).toHaveAccessibleName(`Unfollow ${spoof}?`);
  });

  it('leaves plain names exactly as typed, so "Follow back Alice" stays findable', () => {
    expect(isolateUserText('Alice', 'Follow back {name}')).toBe('Alice');
    expect(isolateUserText('李雷', '关注 {name} 失败，请重试。')).toBe('李雷');
    expect(isolateUserText('דנה', 'Follow back {name}')).toBe(`${FSI}דנה${PDI}`);
    expect(isolateUserText('Alice', 'تابع {name}')).toBe(`${FSI}Alice${PDI}`);
    // A value cannot close the isolate around it early.
    expect(isolateUserText(`a${PDI}${RLO}b`, '{name}')).toBe(`${FSI}a${RLO}b${PDI}`);
  });

  it('isolates every letter of the right-to-left scripts, and no Latin, CJK or Cyrillic one', () => {
    const rightToLeft =
      /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Script=Mende_Kikakui}\p{Script=Phoenician}]/u;
    const leftToRight = /[\p{Script=Latin}\p{Script=Han}\p{Script=Hangul}\p{Script=Cyrillic}]/u;
    const missed: string[] = [];
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const letter = String.fromCodePoint(code);
      const isolated = isolateUserText(letter, '{name}') !== letter;
      if (rightToLeft.test(letter) && !isolated) missed.push(code.toString(16));
      if (leftToRight.test(letter) && isolated) wrong.push(code.toString(16));
    }
    expect(missed).toEqual([]);
    expect(wrong).toEqual([]);
  });
});

describe('names that show nothing', () => {
  const invisible = [' ', '\u200B', '\u2060\u200B', '\u200E\u3164', '\u00AD \u034F', '\uFEFF'];

  it.each(invisible.map((nick) => [JSON.stringify(nick), nick]))(
    'falls back to the user ID for the nick %s',
    (_, nick) => {
      expect(displayNameOf(nick, 'u42')).toBe('u42');
    },
  );

  it('shows and speaks the user ID in a list row and its button', async () => {
    onTestFinished(stubElementSize({ height: 480 }));
    const fans = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'ghost', nick: '\u200B\u2060' }],
      follows: [['ghost', 'me']],
    });
    renderWithFollowKit(<FollowerList type="followers" />, { db: fans });
    const list = await screen.findByRole('list', { name: 'Followers' });
    const row = within(list).getByRole('listitem');
    expect(row.querySelector('.rfk-row__name')).toHaveTextContent('ghost');
    expect(await within(row).findByRole('button', { name: 'Follow back ghost' })).toBeVisible();
  });

  it('names a button by user ID when its name prop is blank', async () => {
    renderWithFollowKit(<FollowButton userID="alice" name={'\u200B '} />, { db: db() });
    expect(await screen.findByRole('button', { name: 'Follow back alice' })).toBeVisible();
  });
});

describe('long user text in accessible names', () => {
  it('caps a 10,000-character name in the button name, keeping whole graphemes', async () => {
    const long = `${'👩‍👩‍👧'}${'x'.repeat(10_000)}`;
    renderWithFollowKit(<FollowButton userID="alice" name={long} />, { db: db() });
    const button = await screen.findByRole('button', { name: /^Follow back 👩‍👩‍👧x+…$/ });
    expect((button.getAttribute('aria-label') ?? '').length).toBeLessThan(100);
    expect(labelText('short')).toBe('short');
  });
});
