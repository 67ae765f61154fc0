import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { requireClient } from "@/lib/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("actions") };
}

export default async function ActionsPage() {
  await requireClient();
  const t = await getTranslations("actions");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <EmptyState>{t("not_in_use")}</EmptyState>
    </div>
  );
}
