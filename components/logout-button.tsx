"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { buttonClasses } from "@/components/ui/button";
import { logoutAction } from "@/lib/auth/logout-action";

export function LogoutButton({ className }: { className?: string }) {
  const t = useTranslations("nav");
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => void (await logoutAction({})))}
      className={buttonClasses("ghost", className)}
    >
      <Icon name="log-out" className="size-5" />
      {t("logout")}
    </button>
  );
}
