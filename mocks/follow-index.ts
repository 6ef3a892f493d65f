/**
 * One user's list (their followers, their following, or their mutuals), ordered by the
 * db-wide edge sequence number. Entries are appended with a sequence greater than any
 * before, so the arrays stay sorted and a page is found by binary search: reading a page
 * costs the page, not the list. Removal leaves a tombstone (found by binary search too); the
 * arrays are compacted once tombstones outnumber live entries, so (past 32 entries) they
 * never hold more than twice the list and compaction costs amortised O(1) per removal.
 */
export class FollowIndex {
  private seqs: number[] = [];
  /** `null` marks a removed entry. */
  private ids: Array<string | null> = [];
  private liveCount = 0;

  /** Live entries. */
  get size(): number {
    return this.liveCount;
  }

  /** Adds `userID` as the newest entry; `seq` must exceed every sequence added before. */
  append(userID: string, seq: number): void {
    // Most users follow a few: literal one-element arrays keep a million of them small.
    if (this.seqs.length === 0) {
      this.seqs = [seq];
      this.ids = [userID];
    } else {
      this.seqs.push(seq);
      this.ids.push(userID);
    }
    this.liveCount++;
  }

  /** Removes the entry added with `seq`, if it is live. */
  remove(seq: number): void {
    const position = lowerBound(this.seqs, seq);
    if (this.seqs[position] !== seq || this.ids[position] === null) return;
    this.ids[position] = null;
    this.liveCount--;
    const dead = this.seqs.length - this.liveCount;
    if (dead > this.liveCount && this.seqs.length >= 32) this.compact();
  }

  /**
   * Up to `limit` live entries with a sequence below `beforeSeq` (Infinity: from the newest),
   * newest first, and whether any older live entry remains.
   */
  pageBefore(
    beforeSeq: number,
    limit: number,
  ): { entries: Array<{ userID: string; seq: number }>; hasMore: boolean } {
    const entries: Array<{ userID: string; seq: number }> = [];
    let position = lowerBound(this.seqs, beforeSeq) - 1;
    for (; position >= 0 && entries.length < limit; position--) {
      const userID = this.ids[position];
      if (userID != null) entries.push({ userID, seq: this.seqs[position] as number });
    }
    while (position >= 0 && this.ids[position] === null) position--;
    return { entries, hasMore: position >= 0 };
  }

  private compact(): void {
    const seqs: number[] = [];
    const ids: string[] = [];
    this.ids.forEach((userID, position) => {
      if (userID === null) return;
      seqs.push(this.seqs[position] as number);
      ids.push(userID);
    });
    this.seqs = seqs;
    this.ids = ids;
  }
}

/** First position whose value is >= `target` (`values.length` when none is). */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
