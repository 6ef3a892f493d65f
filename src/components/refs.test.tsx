import { screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { createFollowDb } from '../../mocks/index';
import { renderWithFollowKit, stubElementSize } from '../../test/harness';
import { Avatar, FollowButton, FollowCounts, FollowerList, FollowPanel } from './index';

describe('refs', () => {
  it('reach the root element of every component (the <button> of FollowButton)', async () => {
    onTestFinished(stubElementSize());
    const db = createFollowDb({ users: [{ userID: 'me' }, { userID: 'alice', nick: 'Alice' }] });
    const refs = {
      avatar: createRef<HTMLSpanElement>(),
      button: createRef<HTMLButtonElement>(),
      counts: createRef<HTMLDivElement>(),
      list: createRef<HTMLDivElement>(),
      panel: createRef<HTMLDivElement>(),
    };
    renderWithFollowKit(
      <>
        <Avatar ref={refs.avatar} userID="alice" name="Alice" />
        <FollowButton ref={refs.button} userID="alice" name="Alice" confirmUnfollow />
        <FollowCounts ref={refs.counts} />
        <FollowerList ref={refs.list} type="following" />
        <FollowPanel ref={refs.panel} />
      </>,
      { db },
    );
    const button = await screen.findByRole('button', { name: 'Follow Alice' });
    expect(refs.button.current).toBe(button);
    expect(refs.avatar.current).toHaveClass('rfk-avatar');
    expect(refs.counts.current).toHaveClass('rfk-counts');
    expect(refs.list.current).toHaveClass('rfk-list');
    expect(refs.panel.current).toHaveClass('rfk-panel');
    // The kit's own use of the button (focus after the confirmation) still works.
    await waitFor(() => expect(refs.list.current).toHaveAttribute('data-state', 'empty'));
  });
});
