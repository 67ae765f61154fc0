// What the bench measures: the floor's two pages, then the portal's pages as a client, as staff and signed out.
import { BENCH_IDS, DOSSIER_SEARCH } from "./seed.mts";

export type Who = "anonymous" | "client" | "staff";

export type Case = {
  /** The name used by --only, in budgets.json and in the results file. */
  name: string;
  label: string;
  server: "floor" | "portal";
  path: string;
  who: Who;
  /** The status every answer must have: 200 for a page, 303 for the download route. */
  status: 200 | 303;
  /** A page a client's browser loads: its first-load JavaScript is measured (and budgeted). */
  clientPage?: boolean;
};

export const FLOOR_DYNAMIC = "floor-dynamic";

const small = `/dossiers/${BENCH_IDS.smallDossier}`;
const big = `/dossiers/${BENCH_IDS.bigDossier}`;

export const CASES: readonly Case[] = [
  { name: "floor-static", label: "floor: static page", server: "floor", path: "/", who: "anonymous", status: 200 },
  { name: FLOOR_DYNAMIC, label: "floor: dynamic page, 50 rows", server: "floor", path: "/dynamic", who: "anonymous", status: 200 },
  { name: "login", label: "/login, signed out", server: "portal", path: "/login", who: "anonymous", status: 200, clientPage: true },
  { name: "home", label: "beginscherm /", server: "portal", path: "/", who: "client", status: 200, clientPage: true },
  { name: "dossiers", label: "/dossiers (5 dossiers)", server: "portal", path: "/dossiers", who: "client", status: 200, clientPage: true },
  {
    name: "small-documents",
    label: "small dossier, Documenten (10)",
    server: "portal",
    path: `${small}/documents`,
    who: "client",
    status: 200,
    clientPage: true,
  },
  {
    name: "small-messages",
    label: "small dossier, Berichten (10)",
    server: "portal",
    path: `${small}/messages`,
    who: "client",
    status: 200,
    clientPage: true,
  },
  {
    name: "big-documents",
    label: "big dossier, Documenten (10,000)",
    server: "portal",
    path: `${big}/documents`,
    who: "client",
    status: 200,
    clientPage: true,
  },
  {
    name: "big-messages",
    label: "big dossier, Berichten (500)",
    server: "portal",
    path: `${big}/messages`,
    who: "client",
    status: 200,
    clientPage: true,
  },
  {
    name: "message",
    label: "message page /messages/[id]",
    server: "portal",
    path: `/messages/${BENCH_IDS.message}`,
    who: "client",
    status: 200,
    clientPage: true,
  },
  { name: "admin-messages", label: "/admin/messages (5,000)", server: "portal", path: "/admin/messages", who: "staff", status: 200 },
  {
    name: "admin-dossiers-search",
    label: `/admin/dossiers?q=${DOSSIER_SEARCH}`,
    server: "portal",
    path: `/admin/dossiers?q=${DOSSIER_SEARCH}`,
    who: "staff",
    status: 200,
  },
  {
    name: "download",
    label: "download route (303)",
    server: "portal",
    path: `/api/documents/${BENCH_IDS.downloadDocument}/download`,
    who: "client",
    status: 303,
  },
];

/** The cases of `--only a,b` (the floor's dynamic page always: every ratio needs it), else all. */
export function selectCases(only: string[] | null): Case[] {
  if (!only) return [...CASES];
  const unknown = only.filter((name) => !CASES.some((c) => c.name === name));
  if (unknown.length > 0) {
    throw new Error(`Unknown case(s) for --only: ${unknown.join(", ")}. Known: ${CASES.map((c) => c.name).join(", ")}`);
  }
  return CASES.filter((c) => c.name === FLOOR_DYNAMIC || only.includes(c.name));
}
