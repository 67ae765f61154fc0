export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{children}</p>;
}
