import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFollowDb } from '../../mocks/index';
import { countFollowCalls, renderWithFollowKit } from '../../test/harness';
import { useFollowCounts } from './useFollowCounts';
import { useFollowers } from './useFollowers';
import { useFollowType } from './useFollowType';

function MyPage() {
  const counts = useFollowCounts();
  const followers = useFollowers({ type: 'followers' });
  const mutual = useFollowers({ type: 'mutual' });
  const type = useFollowType('newfan');
  return (
    <div>
      <p>
        counts:
        {counts.data ? `${counts.data.followersCount}/${counts.data.mutualFollowersCount}` : '?'}
      </p>
      <p>followers:{followers.rows.map((r) => r.nick ?? r.userID).join(',')}</p>
      <p>mutual:{mutual.rows.map((r) => r.userID).join(',')}</p>
      <p>type:{type.followType ?? '?'}</p>
    </div>
  );
}

const text = (prefix: string) =>
  screen.getByText((content) => content.startsWith(prefix)).textContent;

describe('follow events', () => {
  it('shows a new follower in my followers list and counts without refetching', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'newfan', nick: 'New Fan' }],
      follows: [
        ['old', 'me'],
        ['me', 'newfan'],
      ],
    });
    renderWithFollowKit(<MyPage />, { db });
    await waitFor(() => expect(text('counts:')).toBe('counts:1/0'));
    await waitFor(() => expect(text('type:')).toBe('type:2'));
    expect(text('followers:')).toBe('followers:old');
    const calls = countFollowCalls();
    act(() => void db.follow('newfan', 'me'));
    await waitFor(() => expect(text('followers:')).toBe('followers:New Fan,old'));
    expect(text('mutual:')).toBe('mutual:newfan');
    expect(text('counts:')).toBe('counts:2/1');
    expect(text('type:')).toBe('type:3');
    act(() => void db.unfollow('newfan', 'me'));
    await waitFor(() => expect(text('followers:')).toBe('followers:old'));
    expect(text('mutual:')).toBe('mutual:');
    expect(text('counts:')).toBe('counts:1/0');
    expect(text('type:')).toBe('type:2');
    expect(calls.of('follow_get') + calls.of('follow_get_info') + calls.of('follow_check')).toBe(0);
    calls.stop();
  });
});
