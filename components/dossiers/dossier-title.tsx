import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icon";

/**
 * The top of a dossier page, for clients and staff alike: back to the list, reference and title, open or closed.
 * Texts come translated from the caller (each side has its own words).
 */
export function DossierTitle({
  back,
  reference,
  title,
  status,
}: {
  back: { href: string; label: string };
  /** "Dossiernummer …", already translated. */
  reference: string;
  title: string;
  status: { open: boolean; label: string };
}) {
  return (
    <>
      <Link href={back.href} className="inline-flex min-h-11 w-fit items-center gap-2 text-slate-700 hover:underline">
        <Icon name="arrow-left" className="size-5" />
        {back.label}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <p className="text-slate-700">{reference}</p>
          <h1 className="break-words text-2xl font-semibold">{title}</h1>
        </div>
        <Badge tone={status.open ? "success" : "neutral"}>{status.label}</Badge>
      </div>
    </>
  );
}
