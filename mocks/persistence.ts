/// <reference types="node" />
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createFollowDb, type FollowDb, type FollowDbOptions, type FollowDbSnapshot } from './db';

/** What a data file holds: a versioned {@link FollowDbSnapshot}. */
interface DataFile extends FollowDbSnapshot {
  version: 1;
}

let writes = 0;

/**
 * Writes `db` to `file` atomically: a temp file beside it, flushed to disk, then renamed
 * over the old one, so a crash at any moment leaves either the old or the new file whole.
 */
export function saveFollowDb(file: string, db: FollowDb): void {
  const data: DataFile = { version: 1, ...db.snapshot() };
  const temp = `${file}.${process.pid}.${++writes}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, JSON.stringify(data));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The store saved in `file`, or, when there is none yet, `seed()` saved there. */
export function loadFollowDb(file: string, seed: () => FollowDbOptions): FollowDb {
  if (!existsSync(file)) {
    const db = createFollowDb(seed());
    saveFollowDb(file, db);
    return db;
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<DataFile>;
  if (data.version !== 1 || !Array.isArray(data.users) || !Array.isArray(data.follows)) {
    throw new Error(`${file} is not a react-follow-kit mock data file (version 1)`);
  }
  return createFollowDb({ users: data.users, follows: data.follows });
}
