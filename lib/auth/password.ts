import { hash, verify } from "@node-rs/argon2";

// argon2id (Algorithm.Argon2id is a const enum, which isolated modules cannot import).
const ARGON2ID = 2;
const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// A real hash of a random string: verifying against it costs the same time as a real account.
let dummyHash: Promise<string> | undefined;

/** Verifies a password; with no stored hash it still does the work, so unknown accounts take as long. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword(crypto.randomUUID());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
