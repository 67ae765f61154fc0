// The audit log's filters as they appear in the URL (page and CSV export share them). Anything malformed is
// dropped rather than refused: a filter can only ever narrow what the admin already may see.

export type AuditFilters = {
  /** A client's id, or text matched against clients' names and e-mail addresses. */
  client?: string;
  /** A dossier's id, or text matched against dossier references. */
  dossier?: string;
  action?: string;
  /** Calendar days (yyyy-mm-dd) in the portal's time zone, both inclusive. */
  from?: string;
  to?: string;
};

const AUDIT_FILTER_NAMES = ["client", "dossier", "action", "from", "to"] as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, name: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(name) : params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

function isDay(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function parseAuditFilters(params: Params): AuditFilters {
  const filters: AuditFilters = {};
  const client = first(params, "client")?.slice(0, 100);
  const dossier = first(params, "dossier")?.slice(0, 100);
  const action = first(params, "action");
  const from = first(params, "from");
  const to = first(params, "to");
  if (client) filters.client = client;
  if (dossier) filters.dossier = dossier;
  if (action && /^[a-z0-9_.]{1,64}$/.test(action)) filters.action = action;
  if (isDay(from)) filters.from = from;
  if (isDay(to)) filters.to = to;
  return filters;
}

/** The filters as search parameters, e.g. for pagination links and the export link. */
export function auditFilterParams(filters: AuditFilters): Record<string, string | undefined> {
  return Object.fromEntries(AUDIT_FILTER_NAMES.map((name) => [name, filters[name]]));
}
