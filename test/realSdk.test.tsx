/**
 * The kit's hooks and components on a real `TencentCloudChat` instance (the pinned SDK),
 * answered at its WebSocket from the mock store.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFollowDb } from '../mocks/index';
import { FollowButton } from '../src/components/FollowButton/FollowButton';
import { FollowCounts } from '../src/components/FollowCounts/FollowCounts';
import { FollowerList } from '../src/components/FollowerList/FollowerList';
import { renderWithFollowKit, stubElementSize } from './harness';
import { connectRealSdk } from './realSdk';

beforeEach(() => {
  onTestFinished(stubElementSize({ height: 480 }));
});

describe('a real TencentCloudChat instance', () => {
  it('follows, shows the lists and counts, and unfollows', async () => {
    const db = createFollowDb({
      users: [{ userID: 'me' }, { userID: 'ada', nick: 'Ada' }, { userID: 'bob', nick: 'Bob' }],
      follows: [['ada', 'me']],
    });
    const chat = await connectRealSdk(db);
    const user = userEvent.setup();
    renderWithFollowKit(
      <>
        <FollowCounts />
        <FollowerList type="followers" />
        <FollowButton userID="bob" />
      </>,
      { db, client: chat },
    );
    const list = await screen.findByRole('list', { name: 'Followers' });
    expect(await within(list).findByRole('button', { name: 'Follow back Ada' })).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Follow bob' }));
    expect(await screen.findByRole('button', { name: 'Following bob' })).toBeVisible();
    await waitFor(() => expect(db.followType('me', 'bob')).toBe(2));
  });
});
