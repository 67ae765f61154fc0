"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { MessageComposer } from "./message-composer";

function ComposerLoading() {
  const t = useTranslations("common");
  return (
    <p role="status" aria-busy className="text-slate-700">
      {t("loading")}
    </p>
  );
}

/**
 * The composer with its uploader, loaded when it is first shown (Nieuw bericht, Beantwoorden) rather than with
 * the page: most visits only read, and it is the largest part of a message page's JavaScript (issue 12).
 */
export const LazyMessageComposer = dynamic(() => import("./message-composer").then((module) => module.MessageComposer), {
  ssr: false,
  loading: ComposerLoading,
}) as typeof MessageComposer; // dynamic() forgets that the composer is generic over what its action returns
