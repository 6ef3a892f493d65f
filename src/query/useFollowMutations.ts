'use client';

import { MutationObserver, useMutation } from '@tanstack/react-query';
import { SELF_FOLLOW } from '../client/errorCodes';
import { FollowError, toFollowError } from '../client/errors';
import { validateUserIDList } from '../client/validateUserIDs';
import { useFollowKit } from './FollowKitProvider';
import type { FollowKit } from './followKit';
import type { WriteHint } from './writeQueue';

/** What `mutate` takes: one ID, many IDs, or one ID with what the caller knows of the user. */
export type FollowTarget = string | string[] | ({ userID: string } & WriteHint);

function targetsOf(target: FollowTarget, viewerID: string): { ids: string[]; hint?: WriteHint } {
  const ids =
    typeof target === 'string' ? [target] : Array.isArray(target) ? target : [target.userID];
  const valid = validateUserIDList(ids);
  if (valid.includes(viewerID)) {
    throw new FollowError(SELF_FOLLOW, 'You cannot follow or unfollow yourself.', {
      userID: viewerID,
    });
  }
  const hint = typeof target === 'object' && !Array.isArray(target) ? target : undefined;
  return hint?.profile ? { ids: valid, hint: { profile: hint.profile } } : { ids: valid };
}

async function write(kit: FollowKit, target: FollowTarget, follow: boolean): Promise<void> {
  const { ids, hint } = targetsOf(target, kit.userID);
  const outcomes = await Promise.allSettled(ids.map((id) => kit.writes.request(id, follow, hint)));
  const failures = outcomes.flatMap((outcome) =>
    outcome.status === 'rejected' ? [toFollowError(outcome.reason)] : [],
  );
  const [first] = failures;
  if (!first) return;
  if (ids.length === 1) throw first;
  const action = follow ? 'follow' : 'unfollow';
  throw new FollowError(
    first.code,
    `Could not ${action} ${failures.length} of ${ids.length} users: ${first.message}`,
    { ...(first.userID ? { userID: first.userID } : {}), cause: failures },
  );
}

function useFollowWrite(follow: boolean) {
  const kit = useFollowKit();
  return useMutation<void, FollowError, FollowTarget>({
    mutationFn: (target) => write(kit, target, follow),
  });
}

/**
 * Follows one user or many (sent 20 per call). The relationship, both users' counts and the
 * loaded lists change at once; if the server says no, exactly that is undone and the
 * mutation fails with a `FollowError`. Rapid clicks on one user are queued: one request in
 * flight, the latest intent next, repeats dropped.
 *
 * @example const follow = useFollowUser(); follow.mutate('u2');
 */
export function useFollowUser() {
  return useFollowWrite(true);
}

/** Unfollows one user or many; optimistic and serialized like {@link useFollowUser}. */
export function useUnfollowUser() {
  return useFollowWrite(false);
}

/**
 * For a component that shows a write's progress through the cache (`FollowButton`): runs the
 * write as a TanStack mutation, so the app's `MutationCache` callbacks and `useIsMutating`
 * see it, without subscribing to its state. A subscribed component would re-render on the
 * mutation's own updates and show the new relationship ahead of the other readers.
 */
export function useSendFollowWrite(): (target: FollowTarget, follow: boolean) => Promise<void> {
  const kit = useFollowKit();
  return (target, follow) => {
    const observer = new MutationObserver<void, FollowError, FollowTarget>(kit.queryClient, {
      mutationFn: (next) => write(kit, next, follow),
    });
    // Detached once settled, so that the cache can drop the mutation after its gcTime.
    return observer.mutate(target).finally(() => observer.reset());
  };
}
