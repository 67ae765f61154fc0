"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionResult } from "@/lib/core/errors";

export type ActionOutcome = { tone: "success" | "error"; text: string };

/**
 * A button that runs one account action (resend, block, reset, …) and reports the outcome to its parent.
 * With `confirm`, it first opens a dialog that says what will happen; the dialog shows any failure itself.
 */
export function AccountActionButton({
  label,
  run,
  success,
  onOutcome,
  confirm,
  danger = false,
}: {
  label: string;
  run: () => Promise<ActionResult<unknown>>;
  success: string;
  onOutcome: (outcome: ActionOutcome) => void;
  confirm?: { title: string; description: string };
  danger?: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const execute = () =>
    startTransition(async () => {
      const result = await run();
      if (result.ok) {
        setOpen(false);
        onOutcome({ tone: "success", text: success });
        router.refresh();
      } else if (confirm) {
        setDialogError(t(result.code));
      } else {
        onOutcome({ tone: "error", text: t(result.code) });
      }
    });

  const busyLabel = pending ? t("accounts.working") : undefined;
  if (!confirm) {
    return (
      <Button type="button" variant="secondary" onClick={execute} disabled={pending} aria-busy={pending}>
        {busyLabel ?? label}
      </Button>
    );
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setDialogError(null);
      }}
      title={confirm.title}
      description={confirm.description}
      trigger={
        <Button type="button" variant={danger ? "danger-secondary" : "secondary"}>
          {label}
        </Button>
      }
    >
      <div className="flex flex-col gap-4">
        {dialogError ? <FormAlert>{dialogError}</FormAlert> : null}
        <div className="flex flex-wrap justify-end gap-3">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            {t("common.cancel")}
          </Button>
          <Button type="button" onClick={execute} disabled={pending} aria-busy={pending} variant={danger ? "danger" : "primary"}>
            {busyLabel ?? label}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
