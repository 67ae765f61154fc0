export const PAGE_SIZE = 25;

export type PageRequest = { page: number; limit: number; offset: number };

/** A page number from a search parameter: whole, at least 1, at most 10,000; anything else is page 1. */
export function pageRequest(raw: string | string[] | undefined, limit = PAGE_SIZE): PageRequest {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  const page = Number.isInteger(value) && value >= 1 && value <= 10_000 ? value : 1;
  return { page, limit, offset: (page - 1) * limit };
}

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

export function pageOf<T>(items: T[], total: number, request: PageRequest): Page<T> {
  return { items, page: request.page, pageCount: Math.max(1, Math.ceil(total / request.limit)), total };
}

/** A search term from a search parameter: trimmed, at most 100 characters, `%` and `_` escaped for ILIKE. */
export function searchTerm(raw: string | string[] | undefined): { text: string; pattern: string } | null {
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  if (!text) return null;
  return { text, pattern: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}
