import { AreaIntlProvider } from "@/components/i18n/area-intl-provider";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteStaffDialog } from "@/components/admin/staff/invite-staff-dialog";
import { StaffTable } from "@/components/admin/staff/staff-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireAdmin } from "@/lib/auth/viewer";
import { pageRequest } from "@/lib/pagination";
import { listStaff } from "@/lib/staff/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin_staff"))("title") };
}

export default async function AdminStaffPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const viewer = await requireAdmin();
  const [t, members] = await Promise.all([
    getTranslations("admin_staff"),
    listStaff({ viewer, request: pageRequest((await searchParams).page) }),
  ]);
  return (
    <AreaIntlProvider area="admin.staff">
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        <InviteStaffDialog />
        {members.total === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <>
            <StaffTable members={members.items} viewerId={viewer.userId} />
            <Pagination page={members.page} pageCount={members.pageCount} basePath="/admin/staff" />
          </>
        )}
      </div>
    </AreaIntlProvider>
  );
}
