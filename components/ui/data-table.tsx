import { cn } from "@/lib/cn";

export type DataTableColumn = {
  label: string;
  /** Added to the base header classes, e.g. `hidden sm:table-cell` or `text-right` (no padding or weight: those are the table's). */
  className?: string;
};

/**
 * The list tables' shared frame: a bordered card that scrolls sideways on a phone rather than squeezing the
 * columns, a header row of `scope="col"` cells and a divided body. The rows (`<tr>`) come in as children.
 * Server-safe, so server components can render it directly.
 */
export function DataTable({
  columns,
  caption,
  captionVisible = false,
  strongHeader = false,
  children,
}: {
  columns: DataTableColumn[];
  /** Names the table for screen readers; hidden unless `captionVisible`. */
  caption?: string;
  captionVisible?: boolean;
  /** Semibold instead of medium header labels. */
  strongHeader?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left">
        {caption ? <caption className={captionVisible ? "px-4 py-3 text-left font-semibold" : "sr-only"}>{caption}</caption> : null}
        <thead className="border-b border-slate-200 bg-slate-50 text-sm text-slate-700">
          <tr>
            {columns.map((column, index) => (
              // The header row never reorders, so the position is a stable key (labels need not be unique).
              <th key={index} scope="col" className={cn("px-4 py-3", strongHeader ? "font-semibold" : "font-medium", column.className)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </div>
  );
}
