import { Icon } from "@/components/ui/icon";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "./button";

/** A GET form: the search term (and any filters passed as children) end up in the URL, so results can be shared. */
export async function SearchForm({
  action,
  query,
  label,
  children,
}: {
  action: string;
  query: string | undefined;
  label: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("search");
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="q" className="font-medium">
          {label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={100}
          className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2"
        />
      </div>
      {children}
      <button type="submit" className={buttonClasses("secondary")}>
        <Icon name="search" className="size-5" />
        {t("submit")}
      </button>
    </form>
  );
}
