/** One titled block of the Account page; each setting (and later 2-step verification) is its own section. */
export function AccountSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5">
      <div className="flex flex-col gap-1">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {intro ? <p className="text-slate-700">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}
