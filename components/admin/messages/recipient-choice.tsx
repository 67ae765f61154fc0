"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChoiceField } from "@/components/ui/choice-field";

export type DossierClientOption = { id: string; name: string };

/**
 * Aan wie in the staff Nieuw bericht: every client of the dossier (the default) or only the clients ticked
 * here. Sent as `audience` and, for chosen clients, `recipientIds`; the server checks each is linked.
 */
export function RecipientChoice({ clients, error }: { clients: DossierClientOption[]; error?: string }) {
  const t = useTranslations("admin_messages.tab");
  const [audience, setAudience] = useState<"dossier" | "recipients">("dossier");
  const [chosen, setChosen] = useState<string[]>([]);
  const options = [
    { value: "dossier", label: t("recipients_all") },
    { value: "recipients", label: t("recipients_chosen") },
  ] as const;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 font-medium">{t("recipients_legend")}</legend>
      {options.map((option) => (
        <ChoiceField
          key={option.value}
          type="radio"
          name="audience"
          value={option.value}
          checked={audience === option.value}
          onChange={() => setAudience(option.value)}
          label={option.label}
        />
      ))}
      {audience === "recipients" ? (
        <fieldset
          className="ml-8 flex flex-col gap-1"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "recipient-error" : undefined}
        >
          <legend className="sr-only">{t("recipients_choose")}</legend>
          {clients.map((client) => (
            <ChoiceField
              key={client.id}
              type="checkbox"
              name="recipientIds"
              value={client.id}
              checked={chosen.includes(client.id)}
              onChange={(event) =>
                setChosen((current) => (event.target.checked ? [...current, client.id] : current.filter((id) => id !== client.id)))
              }
              label={client.name}
            />
          ))}
        </fieldset>
      ) : null}
      {error ? (
        <p id="recipient-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
