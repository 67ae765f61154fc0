import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import type { Page } from "@/lib/pagination";

/**
 * One tab's list of documents, for clients and staff alike: heading with the total, the tab's explanation, the
 * rows (or what is not there yet) and the pages. Texts come translated; `children` renders the rows of this page,
 * labelled by the heading (`headingId`).
 */
export function DocumentListSection({
  headingId,
  texts,
  list,
  basePath,
  params,
  tools,
  children,
}: {
  headingId: string;
  texts: { title: string; total: string; intro: string; empty: string };
  list: Pick<Page<unknown>, "items" | "total" | "page" | "pageCount">;
  basePath: string;
  /** Search parameters the page links keep (a search, an order). */
  params?: Record<string, string | undefined>;
  /** Above the rows: search, order, filters, bulk actions. */
  tools?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold">
          {texts.title}
        </h2>
        {list.total > 0 ? <p className="text-slate-700">{texts.total}</p> : null}
      </div>
      <p className="text-slate-700">{texts.intro}</p>
      {tools}
      {list.items.length === 0 ? <EmptyState>{texts.empty}</EmptyState> : children}
      <Pagination page={list.page} pageCount={list.pageCount} basePath={basePath} params={params} />
    </section>
  );
}
