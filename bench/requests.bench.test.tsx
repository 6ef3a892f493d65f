import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { createFollowDb } from '../mocks/index';
import { FollowCounts } from '../src/components/FollowCounts/index';
import { FollowerList } from '../src/components/FollowerList/index';
import { FollowButton } from '../src/index';
import { countFollowCalls, renderWithFollowKit, stubElementSize } from '../test/harness';
import { recordFigure } from './record';

function worldOf(userCount: number) {
  const users = Array.from({ length: userCount }, (_, i) => ({ userID: `user${i}` }));
  return { users, db: createFollowDb({ users: [{ userID: 'me' }, ...users] }) };
}

async function checkCallsFor(buttons: number, distinctUsers: number) {
  const { users, db } = worldOf(distinctUsers);
  const calls = countFollowCalls();
  const targets = Array.from({ length: buttons }, (_, i) => ({
    key: `button-${i}`,
    userID: users[i % distinctUsers]?.userID as string,
  }));
  const { container } = renderWithFollowKit(
    <div>
      {targets.map(({ key, userID }) => (
        <FollowButton key={key} userID={userID} />
      ))}
    </div>,
    { db },
  );
  // A plain selector: role queries over 1,000 buttons cost more than the work measured.
  await waitFor(
    () => expect(container.querySelectorAll('button[data-state="none"]')).toHaveLength(buttons),
    { timeout: 30_000 },
  );
  calls.stop();
  return calls.of('follow_check');
}

it('counts follow_check calls for 1,000 buttons on 1,000 and on 50 users', async () => {
  recordFigure(
    'requests.follow_check_1000_buttons_1000_users',
    await checkCallsFor(1000, 1000),
    'calls',
  );
  recordFigure(
    'requests.follow_check_1000_buttons_50_users',
    await checkCallsFor(1000, 50),
    'calls',
  );
}, 60_000);

it('counts list requests caused by a follow toggle on a page with lists and counts', async () => {
  const follows: Array<[string, string]> = Array.from({ length: 30 }, (_, i) => [`fan${i}`, 'me']);
  const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'alice' }], follows });
  stubElementSize({ height: 600, width: 400 });
  renderWithFollowKit(
    <div>
      <FollowCounts />
      <FollowButton userID="alice" name="Alice" />
      <FollowerList type="followers" />
      <FollowerList type="following" />
    </div>,
    { db },
  );
  const button = await screen.findByRole('button', { name: 'Follow Alice' });
  await screen.findAllByRole('button', { name: /^Follow back fan/ });
  const calls = countFollowCalls();
  const user = userEvent.setup();
  await user.click(button);
  // The header button comes first; the second "Following Alice" is her new row in my list.
  const [following] = await screen.findAllByRole('button', { name: 'Following Alice' });
  await user.click(following as HTMLElement);
  await screen.findByRole('button', { name: 'Follow Alice' });
  await waitFor(() => expect(db.followType('me', 'alice')).toBe(0));
  calls.stop();
  recordFigure('requests.list_requests_per_toggle', calls.of('follow_get') / 2, 'requests');
  recordFigure(
    'requests.all_requests_per_toggle',
    (calls.of('follow_add') + calls.of('follow_delete')) / 2,
    'requests',
  );
});
