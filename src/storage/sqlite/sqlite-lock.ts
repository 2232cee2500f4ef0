import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import type Database from "better-sqlite3";

interface LockRow {
  owner: string;
  host: string;
  pid: number;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the named lock in the `locks` table, waiting (polling) while another holder has it.
 * A lock left by a process of this host that no longer runs (killed mid-update) is taken over.
 * Returns the function that releases it.
 */
export async function acquireSqliteLock(db: Database.Database, name: string): Promise<() => void> {
  const owner = randomUUID();
  const host = hostname();
  const read = db.prepare("SELECT owner, host, pid FROM locks WHERE name = ?");
  const write = db.prepare("INSERT OR REPLACE INTO locks (name, owner, host, pid, acquired_at) VALUES (?, ?, ?, ?, ?)");
  const tryTake = db.transaction((): boolean => {
    const holder = read.get(name) as LockRow | undefined;
    if (holder !== undefined && !(holder.host === host && !processIsAlive(holder.pid))) return false;
    write.run(name, owner, host, process.pid, new Date().toISOString());
    return true;
  });
  let wait = 10;
  while (!tryTake.immediate()) {
    await sleep(wait);
    wait = Math.min(wait * 2, 250);
  }
  return () => {
    db.prepare("DELETE FROM locks WHERE name = ? AND owner = ?").run(name, owner);
  };
}
