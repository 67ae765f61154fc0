import { notFound, redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/viewer";
import { getDossierForStaff } from "@/lib/dossiers/queries";

/** A dossier opens on its first tab, as it does for the client. */
export default async function DossierPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireStaff();
  const dossier = await getDossierForStaff({ viewer, dossierId: (await params).id });
  if (!dossier) notFound();
  redirect(`/admin/dossiers/${dossier.id}/correspondence`);
}
