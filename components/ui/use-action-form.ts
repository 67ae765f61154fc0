"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/core/errors";

/**
 * Wires a guarded server action to a <form>: pending state, translated form and field errors, and a refresh
 * of the page's server data after success (`onSuccess` can do more, e.g. close a dialog).
 */
export function useActionForm<T>(
  action: (form: FormData) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T) => void; refresh?: boolean } = {},
) {
  const t = useTranslations();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (_previous: ActionResult<T> | null, form: FormData) => {
    const result = await action(form);
    if (result.ok) {
      options.onSuccess?.(result.data);
      if (options.refresh !== false) router.refresh();
    }
    return result;
  }, null);
  const failure = state && !state.ok ? state : null;
  return {
    state,
    formAction,
    pending,
    /** The form-level error, translated; only when no field carries it. */
    formError: failure && !failure.fieldErrors ? t(failure.code) : undefined,
    fieldError: (name: string) => {
      const key = failure?.fieldErrors?.[name];
      return key ? t(key) : undefined;
    },
  };
}
