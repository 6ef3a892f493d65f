import { screen } from '@testing-library/react';
import { createFollowDb } from '../../mocks/index';
import { countFollowCalls, renderWithFollowKit } from '../../test/harness';
import type { FollowClient } from '../client/types';
import { ProfileCard } from '../components/ProfileCard';
import { useUserProfile } from './useUserProfile';

const users = Array.from({ length: 150 }, (_, i) => ({ userID: `u${i}`, nick: `User ${i}` }));

function Name({ userID }: { userID: string }) {
  const { data, error } = useUserProfile(userID);
  if (error) return <p>{`${userID}: error ${(error as { code?: number }).code}`}</p>;
  if (data === undefined) return null;
  return <p>{data === null ? `${userID}: nobody` : `${userID}: ${data.nick}`}</p>;
}

describe('useUserProfile', () => {
  it('a page of 150 cards reads all profiles in two portrait_get calls (100 + 50)', async () => {
    const calls = countFollowCalls();
    onTestFinished(calls.stop);
    renderWithFollowKit(
      <div>
        {users.map(({ userID }) => (
          <Name key={userID} userID={userID} />
        ))}
      </div>,
      { db: createFollowDb({ users: [{ userID: 'me' }, ...users] }) },
    );
    expect(await screen.findByText('u149: User 149')).toBeInTheDocument();
    expect(screen.getByText('u0: User 0')).toBeInTheDocument();
    expect(calls.of('portrait_get')).toBe(2);
  });

  it('is null for a user the server does not know, and shares the cache with ProfileCard', async () => {
    const calls = countFollowCalls();
    onTestFinished(calls.stop);
    renderWithFollowKit(
      <>
        <Name userID="ghost" />
        <Name userID="u1" />
        <ProfileCard userID="u1" />
      </>,
      { db: createFollowDb({ users: [{ userID: 'me' }, ...users] }) },
    );
    expect(await screen.findByText('ghost: nobody')).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'User 1' })).toBeInTheDocument();
    expect(calls.of('portrait_get')).toBe(1);
  });

  it('works with any client that has getUserProfile, and fails with 90008 without one', async () => {
    const client = {
      getUserProfile: async ({ userIDList }: { userIDList: string[] }) => ({
        code: 0,
        data: userIDList.map((userID) => ({ userID, nick: `SDK ${userID}` })),
      }),
    } as unknown as FollowClient;
    renderWithFollowKit(<Name userID="x1" />, { client });
    expect(await screen.findByText('x1: SDK x1')).toBeInTheDocument();

    renderWithFollowKit(<Name userID="x2" />, { client: {} as FollowClient });
    expect(await screen.findByText('x2: error 90008')).toBeInTheDocument();
  });

  it('refuses an invalid user ID with 90001 before any request', async () => {
    const calls = countFollowCalls();
    onTestFinished(calls.stop);
    renderWithFollowKit(<Name userID="" />);
    expect(await screen.findByText(': error 90001')).toBeInTheDocument();
    expect(calls.of('portrait_get')).toBe(0);
  });
});
