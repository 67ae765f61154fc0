// PGlite takes no lock of its own and two processes on one data folder corrupt it (docs/platform-notes.md). The portal
// server and the operator CLI therefore hold `<DATA_DIR>/db.lock`, a file with their pid, while they use it.
// A lock whose process is gone (killed, crashed) is stale and taken over.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export type PgliteLock = { ok: true; release: () => void } | { ok: false; pid: number };

function lockFile(dataDir: string): string {
  return path.join(dataDir, "db.lock");
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holder(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock for this process (released on exit), or says which live process holds it. */
export function acquirePgliteLock(dataDir: string): PgliteLock {
  const file = lockFile(dataDir);
  mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = holder(file);
      if (pid !== null && pid !== process.pid && isProcessAlive(pid)) return { ok: false, pid };
      try {
        unlinkSync(file); // stale: its process is gone
      } catch {
        // another process removed it first; try again
      }
      continue;
    }
    const release = () => {
      if (holder(file) !== process.pid) return;
      try {
        unlinkSync(file);
      } catch {
        // already gone
      }
    };
    process.once("exit", release);
    return { ok: true, release };
  }
  throw new Error(`Could not take the database lock ${file}`);
}
