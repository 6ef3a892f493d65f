import fc from 'fast-check';
import { FollowErrorCode } from '../src/client/errors';
import { FollowEvent, type FollowListType } from '../src/client/types';
import { createFollowDb, type FollowDb } from './db';

const USERS = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'];
const CAP = 3;
const LIST_TYPES: FollowListType[] = ['followers', 'following', 'mutual'];

type Op = { kind: 'follow' | 'unfollow'; from: string; to: string };

const anyUser = fc.constantFrom(...USERS, 'ghost');
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<Op['kind']>('follow', 'unfollow'),
  from: anyUser,
  to: anyUser,
});
const pageSizes = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 });

/** The rules, written as plainly as possible: edges with the order they were made in. */
class Model {
  readonly edges = new Map<string, number>();
  private counter = 0;

  apply({ kind, from, to }: Op): { code: number; changed: boolean } {
    if (from === to) return { code: FollowErrorCode.CannotFollowSelf, changed: false };
    if (!USERS.includes(from) || !USERS.includes(to)) {
      return { code: FollowErrorCode.AccountNotFound, changed: false };
    }
    const key = `${from}>${to}`;
    if (kind === 'unfollow') return { code: 0, changed: this.edges.delete(key) };
    if (this.edges.has(key)) return { code: 0, changed: false };
    if (this.list(from, 'following').length >= CAP) {
      return { code: FollowErrorCode.FollowLimitReached, changed: false };
    }
    this.edges.set(key, ++this.counter);
    return { code: 0, changed: true };
  }

  follows(from: string, to: string): boolean {
    return this.edges.has(`${from}>${to}`);
  }

  /** The list newest first, each entry with the order of the follow that put it there. */
  list(owner: string, type: FollowListType): Array<[userID: string, order: number]> {
    const entries: Array<[string, number]> = [];
    for (const other of USERS) {
      const out = this.edges.get(`${owner}>${other}`);
      const into = this.edges.get(`${other}>${owner}`);
      if (type === 'following' && out) entries.push([other, out]);
      if (type === 'followers' && into) entries.push([other, into]);
      if (type === 'mutual' && out && into) entries.push([other, Math.max(out, into)]);
    }
    return entries.sort((a, b) => b[1] - a[1]);
  }
}

function readAll(db: FollowDb, owner: string, type: FollowListType, sizes: number[]): string[] {
  const ids: string[] = [];
  let cursor = '';
  let turn = 0;
  do {
    if (turn > 100) throw new Error('paging does not end');
    const page = db.page(owner, type, cursor, sizes[turn++ % sizes.length] as number);
    ids.push(...page.items.map((item) => item.userID));
    cursor = page.nextCursor;
  } while (cursor !== '');
  return ids;
}

describe('the follow store, under random follows and unfollows', () => {
  it('answers the codes the rules give and keeps every list, count and type consistent', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), pageSizes, (ops, sizes) => {
        const db = createFollowDb({
          users: USERS.map((userID) => ({ userID })),
          maxFollowing: CAP,
        });
        const model = new Model();
        for (const step of ops) {
          expect(db[step.kind](step.from, step.to)).toBe(model.apply(step).code);
        }
        for (const user of USERS) {
          const lists = Object.fromEntries(
            LIST_TYPES.map((type) => [type, readAll(db, user, type, sizes)]),
          );
          for (const type of LIST_TYPES) {
            expect(lists[type]).toEqual(model.list(user, type).map(([id]) => id));
            expect(new Set(lists[type]).size).toBe(lists[type]?.length);
            expect(lists[type]).not.toContain(user);
          }
          expect(db.counts(user)).toEqual({
            followers: lists.followers?.length,
            following: lists.following?.length,
            mutual: lists.mutual?.length,
          });
          expect(db.counts(user).following).toBeLessThanOrEqual(CAP);
          const intersection = lists.followers?.filter((id) => lists.following?.includes(id));
          expect(new Set(lists.mutual)).toEqual(new Set(intersection));
          for (const other of USERS) {
            if (other === user) continue;
            const expected =
              (lists.followers?.includes(other) ? 1 : 0) +
              (lists.following?.includes(other) ? 2 : 0);
            expect(db.followType(user, other)).toBe(expected);
          }
        }
      }),
    );
  });

  it('reports exactly the real changes, and sends each user the SDK events of others’ actions', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const db = createFollowDb({
          users: USERS.map((userID) => ({ userID })),
          maxFollowing: CAP,
        });
        const model = new Model();
        const changes: string[] = [];
        db.subscribe(({ kind, from, to }) => changes.push(`${kind} ${from} ${to}`));
        const received = new Map<string, string[]>(USERS.map((user) => [user, []]));
        for (const user of USERS) {
          for (const name of Object.values(FollowEvent)) {
            db.eventsFor(user).on(name, ({ data }) => {
              const who = data.userInfoList.map((entry) =>
                typeof entry === 'string' ? entry : entry.userID,
              );
              received.get(user)?.push(`${name} ${data.isAdd} ${who.join()}`);
            });
          }
        }
        const expectedChanges: string[] = [];
        const expectedEvents = new Map<string, string[]>(USERS.map((user) => [user, []]));
        for (const step of ops) {
          db[step.kind](step.from, step.to);
          if (!model.apply(step).changed) continue;
          expectedChanges.push(`${step.kind} ${step.from} ${step.to}`);
          const isAdd = step.kind === 'follow';
          const events = expectedEvents.get(step.to) as string[];
          events.push(`${FollowEvent.MyFollowersListUpdated} ${isAdd} ${step.from}`);
          if (model.follows(step.to, step.from)) {
            events.push(`${FollowEvent.MutualFollowersListUpdated} ${isAdd} ${step.from}`);
          }
        }
        expect(changes).toEqual(expectedChanges);
        expect(received).toEqual(expectedEvents);
      }),
    );
  });

  it('keeps a heavily churned list right (removed entries are compacted away)', () => {
    const churn = fc.record({
      kind: fc.constantFrom<Op['kind']>('follow', 'unfollow'),
      from: fc.constantFrom('u1', 'u2', 'u3'),
      to: fc.constant('u0'),
    });
    fc.assert(
      fc.property(fc.array(churn, { minLength: 50, maxLength: 300 }), pageSizes, (ops, sizes) => {
        const db = createFollowDb({ users: USERS.map((userID) => ({ userID })) });
        const model = new Model();
        for (const step of ops) {
          db[step.kind](step.from, step.to);
          model.apply(step);
        }
        expect(readAll(db, 'u0', 'followers', sizes)).toEqual(
          model.list('u0', 'followers').map(([id]) => id),
        );
        expect(db.counts('u0').followers).toBe(model.list('u0', 'followers').length);
      }),
    );
  });

  it('pages each entry present throughout exactly once, whatever happens between pages', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 60 }),
        fc.array(fc.array(op, { maxLength: 4 }), { maxLength: 10 }),
        fc.constantFrom(...USERS),
        fc.constantFrom(...LIST_TYPES),
        pageSizes,
        (setup, between, owner, type, sizes) => {
          const db = createFollowDb({
            users: USERS.map((userID) => ({ userID })),
            maxFollowing: CAP,
          });
          const model = new Model();
          for (const step of setup) {
            db[step.kind](step.from, step.to);
            model.apply(step);
          }
          const before = model.list(owner, type);
          const seen: string[] = [];
          let cursor = '';
          let turn = 0;
          do {
            if (turn > 100) throw new Error('paging does not end');
            const page = db.page(owner, type, cursor, sizes[turn % sizes.length] as number);
            seen.push(...page.items.map((item) => item.userID));
            cursor = page.nextCursor;
            for (const step of between[turn] ?? []) {
              db[step.kind](step.from, step.to);
              model.apply(step);
            }
            turn++;
          } while (cursor !== '');
          // An entry keeps its order number only if it was never removed in between.
          const after = new Map(model.list(owner, type));
          const throughout = before
            .filter(([id, order]) => after.get(id) === order)
            .map(([id]) => id);
          expect(seen.filter((id) => throughout.includes(id))).toEqual(throughout);
          expect(new Set(seen).size).toBe(seen.length);
        },
      ),
    );
  });
});
