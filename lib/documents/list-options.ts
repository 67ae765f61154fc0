import { searchTerm } from "@/lib/pagination";

// How a client narrows a tab's list (docs/client-manual.md M-DOC): a search in the titles, the order, and only what
// they have not opened yet. From the page's search parameters, so a result can be shared and survives a reload.

export const DOCUMENT_SORTS = ["newest", "oldest", "title"] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

export type DocumentListOptions = { search: string | null; sort: DocumentSort; unreadOnly: boolean };

export const NO_DOCUMENT_FILTER: DocumentListOptions = { search: null, sort: "newest", unreadOnly: false };

type Query = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Anything unknown falls back to the default: all documents, newest first. */
export function documentListOptions(query: Query): DocumentListOptions {
  const sort = first(query.sort);
  return {
    search: searchTerm(query.q)?.text ?? null,
    sort: DOCUMENT_SORTS.includes(sort as DocumentSort) ? (sort as DocumentSort) : "newest",
    unreadOnly: first(query.unread) === "1",
  };
}

/** The options as search parameters again (for the page links), leaving out the defaults. */
export function documentListParams(options: DocumentListOptions): Record<string, string | undefined> {
  return {
    q: options.search ?? undefined,
    sort: options.sort === "newest" ? undefined : options.sort,
    unread: options.unreadOnly ? "1" : undefined,
  };
}

export function isFiltered(options: DocumentListOptions): boolean {
  return options.search !== null || options.unreadOnly;
}

/** Alles downloaden takes at most this many of a tab's newest documents, asking for their links this many at a time. */
export const ZIP_MAX_DOCUMENTS = 500;
export const ZIP_LINK_BATCH = 25;
