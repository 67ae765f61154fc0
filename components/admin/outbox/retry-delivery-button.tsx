"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { retryDeliveryAction } from "@/lib/notify/actions";

/** Queues one failed e-mail or SMS again; says so, or why not. */
export function RetryDeliveryButton({ outboxId, recipient }: { outboxId: string; recipient: string }) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        aria-busy={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await retryDeliveryAction({ outboxId });
            setError(result.ok ? null : t(result.code));
          })
        }
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 font-medium hover:bg-slate-100 disabled:cursor-not-allowed"
        aria-label={t("admin_outbox.retry_named", { recipient })}
      >
        <Icon name="rotate-ccw" className="size-4" />
        {t("admin_outbox.retry")}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
