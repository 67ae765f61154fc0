// Test data and small pure helpers shared by the specs and the page objects (no page behaviour here).
import { randomBytes } from "node:crypto";
import type { TestInfo } from "@playwright/test";
import { CLIENT_SIDE } from "../../../scripts/lib/e2e-fixtures.mts";

/** The demo dossier 2026-0042 as the client's dossier list names it. */
export const DEMO_DOSSIER = /Aankoop woning Kerkstraat 1/;

/** A valid (tiny) JPEG: the server checks the bytes, not just the name. */
export const JPEG = Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
  "base64",
);

/** A random address in 10.0.0.0/8, for an X-Forwarded-For of its own (the sign-in delay and limits are per IP). */
export function freshAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** The reader of the demo dossier for this project (scripts/lib/e2e-fixtures.mts): each project has its own. */
export function readerFor(testInfo: TestInfo): string {
  return CLIENT_SIDE.readerByProject[testInfo.project.name as "desktop" | "mobile"];
}
