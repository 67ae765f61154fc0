// Object keys are built by the server from ids only: a file name never reaches the store [5.3.2],
// so it cannot collide, traverse or leak through a URL.
import { randomUUID } from "node:crypto";
import { isUuid, UUID_SOURCE } from "@/lib/core/ids";
const DOSSIER_KEY = new RegExp(`^o/(${UUID_SOURCE})/d/(${UUID_SOURCE})/(${UUID_SOURCE})$`);
const OFFICE_KEY = new RegExp(`^o/(${UUID_SOURCE})/office/(${UUID_SOURCE})$`);

function uuid(value: string, name: string): string {
  if (!isUuid(value)) throw new Error(`${name} must be a UUID`);
  return value.toLowerCase();
}

/** `o/{officeId}/d/{dossierId}/{uuid}`: a new key for a document in a dossier. */
export function objectKeyFor(ids: { officeId: string; dossierId: string }): string {
  return `o/${uuid(ids.officeId, "officeId")}/d/${uuid(ids.dossierId, "dossierId")}/${randomUUID()}`;
}

/** `o/{officeId}/office/{uuid}`: a new key for an office-wide file such as the logo. */
export function officeObjectKey(ids: { officeId: string }): string {
  return `o/${uuid(ids.officeId, "officeId")}/office/${randomUUID()}`;
}

export type ParsedObjectKey = { kind: "dossier"; officeId: string; dossierId: string } | { kind: "office"; officeId: string };

/** Reads a key back, or null when it is not one of ours; lets a caller check a key belongs to the office/dossier it is acting on. */
export function parseObjectKey(key: string): ParsedObjectKey | null {
  const dossier = DOSSIER_KEY.exec(key);
  if (dossier) return { kind: "dossier", officeId: dossier[1]!, dossierId: dossier[2]! };
  const office = OFFICE_KEY.exec(key);
  if (office) return { kind: "office", officeId: office[1]! };
  return null;
}
