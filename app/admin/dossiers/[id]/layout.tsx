import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DossierHeader } from "@/components/admin/dossiers/dossier-header";
import { requireStaff } from "@/lib/auth/viewer";
import { getDossierForStaff } from "@/lib/dossiers/queries";

type Props = { children: React.ReactNode; params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const viewer = await requireStaff();
  const dossier = await getDossierForStaff({ viewer, dossierId: (await params).id });
  return dossier ? { title: `${dossier.reference} · ${dossier.title}` } : {};
}

export default async function DossierLayout({ children, params }: Props) {
  const viewer = await requireStaff();
  const dossier = await getDossierForStaff({ viewer, dossierId: (await params).id });
  if (!dossier) notFound();
  return (
    <AreaIntlProvider area="admin.dossier">
      <div className="flex flex-col gap-6">
        <DossierHeader dossier={dossier} />
        {children}
      </div>
    </AreaIntlProvider>
  );
}
