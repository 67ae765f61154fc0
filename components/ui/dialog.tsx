"use client";

import { Icon } from "@/components/ui/icon";
import { useTranslations } from "next-intl";
import { Dialog as RadixDialog } from "radix-ui";

/** A modal dialog (Radix: focus trap, Escape, labelled) with a title and a close button. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  trigger,
  returnFocusTo,
  children,
}: {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: string;
  description?: string;
  trigger?: React.ReactNode;
  /** Without a `trigger`: the element that gets the focus back when the dialog closes (its opener). */
  returnFocusTo?: React.RefObject<HTMLElement | null>;
  children: React.ReactNode;
}) {
  const t = useTranslations("common");
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger ? <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger> : null}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <RadixDialog.Content
          className="fixed inset-x-0 bottom-0 z-50 max-h-[90dvh] overflow-y-auto rounded-t-2xl bg-white p-6 shadow-xl sm:inset-auto sm:left-1/2 sm:top-1/2 sm:w-full sm:max-w-lg sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-2xl"
          {...(description ? {} : { "aria-describedby": undefined })}
          onCloseAutoFocus={
            returnFocusTo
              ? (event) => {
                  event.preventDefault();
                  returnFocusTo.current?.focus();
                }
              : undefined
          }
        >
          <div className="mb-4 flex items-start justify-between gap-4">
            <RadixDialog.Title className="text-xl font-semibold">{title}</RadixDialog.Title>
            <RadixDialog.Close className="-m-2 rounded-lg p-2 hover:bg-slate-100" aria-label={t("close")}>
              <Icon name="x" className="size-5" />
            </RadixDialog.Close>
          </div>
          {description ? <RadixDialog.Description className="mb-4 text-slate-700">{description}</RadixDialog.Description> : null}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
