import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientDossierHeader } from "@/components/portal/client-dossier-header";
import { deniedNotFound } from "@/lib/audit/denied";
import { requireClient } from "@/lib/auth/viewer";
import { getDossierForClient } from "@/lib/dossiers/queries";

type Props = { children: React.ReactNode; params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const viewer = await requireClient();
  const dossier = await getDossierForClient({ viewer, dossierId: (await params).id });
  return { title: dossier ? dossier.title : (await getTranslations("not_found"))("title") };
}

/** The frame of a dossier for its client: what it is, whether it is closed, and the four tabs. */
export default async function ClientDossierLayout({ children, params }: Props) {
  const viewer = await requireClient();
  const { id } = await params;
  const dossier = await getDossierForClient({ viewer, dossierId: id });
  if (!dossier) return deniedNotFound(viewer, { type: "dossier", id });
  return (
    <div className="flex flex-col gap-6">
      <ClientDossierHeader dossier={dossier} />
      {children}
    </div>
  );
}
