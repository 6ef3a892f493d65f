import { useState } from 'react';
import { createPortal } from 'react-dom';
import { demoUsers, type FollowDb } from '../mocks/index';
import { FollowType } from '../src/client/index';

interface SimulatePanelProps {
  db: FollowDb;
  userID: string;
}

/**
 * Storybook-only controls acting as other users on the mock server. The db pushes the SDK
 * follow events to the signed-in client, so every view of the kit should update. Rendered
 * outside the story root, so play functions' `within(canvasElement)` never see it.
 */
export function SimulatePanel({ db, userID }: SimulatePanelProps) {
  const [status, setStatus] = useState('');
  const nameOf = (id: string) => db.getUser(id)?.nick ?? id;

  const someoneFollows = () => {
    const fan = findNewFan(db, userID);
    db.follow(fan, userID);
    setStatus(`${nameOf(fan)} followed you`);
  };
  const someoneUnfollows = () => {
    const newest = db.page(userID, 'followers', '', 1).items[0];
    if (!newest) return setStatus('Nobody follows you');
    db.unfollow(newest.userID, userID);
    setStatus(`${nameOf(newest.userID)} unfollowed you`);
  };

  return createPortal(
    <details className="rfk-sb-simulate">
      <summary>Simulate</summary>
      <p>Act as another user on the mock server:</p>
      <button type="button" onClick={someoneFollows}>
        Someone follows me
      </button>
      <button type="button" onClick={someoneUnfollows}>
        Someone unfollows me
      </button>
      <output>{status}</output>
    </details>,
    document.body,
  );
}

let visitorCount = 0;

/** A demo user who does not follow `userID` yet, else a brand-new visitor. */
function findNewFan(db: FollowDb, userID: string): string {
  const candidate = demoUsers.find(
    ({ userID: id }) =>
      id !== userID && db.hasUser(id) && (db.followType(userID, id) & FollowType.Follower) === 0,
  );
  if (candidate) return candidate.userID;
  visitorCount += 1;
  const visitor = { userID: `visitor-${visitorCount}`, nick: `Visitor ${visitorCount}` };
  db.addUser(visitor);
  return visitor.userID;
}
