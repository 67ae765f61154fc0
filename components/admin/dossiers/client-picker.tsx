"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { findClientsAction } from "@/lib/dossiers/actions";
import type { ClientOption } from "@/lib/dossiers/queries";

export type ClientResults = { items: ClientOption[]; more: boolean };

/**
 * Choose several existing clients: a search box (the office may have thousands, so the server searches), the
 * results as checkboxes, and the chosen ones as a list with remove buttons. Chosen ids go into the form as
 * `clientIds`. Clients already linked (`exclude`) are not offered.
 */
export function ClientPicker({
  legend,
  initial,
  exclude = [],
  error,
  hint,
}: {
  legend: string;
  initial: ClientResults;
  exclude?: string[];
  error?: string;
  hint?: string;
}) {
  const t = useTranslations("admin_dossiers.picker");
  const [query, setQuery] = useState("");
  const [results, setResults] = useState(initial);
  const [searching, setSearching] = useState(false);
  const [failed, setFailed] = useState(false);
  const [selected, setSelected] = useState<ClientOption[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(0);

  const search = (text: string) => {
    setQuery(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      // Only the answer to the newest search counts; slower earlier answers are dropped.
      const request = ++latest.current;
      setSearching(true);
      const result = await findClientsAction({ q: text });
      if (request !== latest.current) return;
      setSearching(false);
      setFailed(!result.ok);
      if (result.ok) setResults(result.data);
    }, 250);
  };
  const isSelected = (id: string) => selected.some((client) => client.id === id);
  const toggle = (client: ClientOption) =>
    setSelected((current) => (isSelected(client.id) ? current.filter((c) => c.id !== client.id) : [...current, client]));
  const offered = results.items.filter((client) => !exclude.includes(client.id));

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={error ? "clients-error" : undefined}>
      <legend className="mb-1 text-lg font-semibold">{legend}</legend>
      {hint ? <p className="text-slate-700">{hint}</p> : null}
      <div className="flex flex-col gap-2">
        <p id="clients-selected" className="font-medium">
          {t("selected")}
        </p>
        {selected.length === 0 ? (
          <p className="text-slate-700">{t("none_selected")}</p>
        ) : (
          <ul aria-labelledby="clients-selected" className="flex flex-wrap gap-2">
            {selected.map((client) => (
              <li key={client.id} className="flex items-center gap-1 rounded-full bg-slate-100 py-1 pl-3 pr-1">
                <input type="hidden" name="clientIds" value={client.id} />
                <span>{client.name}</span>
                <button
                  type="button"
                  onClick={() => toggle(client)}
                  aria-label={t("remove", { name: client.name })}
                  className="inline-flex size-11 items-center justify-center rounded-full hover:bg-slate-200"
                >
                  <Icon name="x" className="size-4" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="client-search" className="font-medium">
          {t("search")}
        </label>
        <input
          id="client-search"
          type="search"
          value={query}
          maxLength={100}
          autoComplete="off"
          onChange={(event) => search(event.target.value)}
          // Enter searches here; it must not submit the dossier form around it.
          onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
          className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
        />
      </div>
      <p role="status" className="text-sm text-slate-700">
        {searching ? t("searching") : failed ? t("search_failed") : t("results", { count: offered.length })}
      </p>
      {offered.length > 0 ? (
        <ul aria-label={t("results_label")} className="flex max-h-72 flex-col overflow-y-auto rounded-lg border border-slate-200 bg-white">
          {offered.map((client) => (
            <li key={client.id} className="border-b border-slate-100 last:border-b-0">
              <label className="flex min-h-11 cursor-pointer items-center gap-3 px-3 py-2 hover:bg-slate-50">
                <input type="checkbox" checked={isSelected(client.id)} onChange={() => toggle(client)} className="size-5" />
                <span className="flex min-w-0 flex-col">
                  <span className="font-medium">
                    {client.name}
                    {client.status !== "active" ? (
                      <span className="ml-2 text-sm font-normal text-slate-700">({t(`status_${client.status}`)})</span>
                    ) : null}
                  </span>
                  <span className="truncate text-sm text-slate-700">{client.email}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {results.more ? <p className="text-sm text-slate-700">{t("more")}</p> : null}
      {error ? (
        <p id="clients-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
