import { redirect } from "next/navigation";

/** A dossier opens on its first tab, Correspondentie; the layout has already checked access. */
export default async function ClientDossierPage({ params }: { params: Promise<{ id: string }> }) {
  redirect(`/dossiers/${(await params).id}/correspondence`);
}
