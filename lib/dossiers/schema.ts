import { z } from "zod";
import { rowId, typedText } from "@/lib/core/fields";
import { clientFields } from "@/lib/clients/schema";

/** One value or many: a FormData field with a single entry arrives as a string, with several as an array. */
const idList = z
  .union([z.array(rowId), rowId])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.string()).max(50, "errors.invalid"));

export const dossierFields = {
  reference: typedText(50),
  title: typedText(200),
};

export const createDossierSchema = z.object({
  ...dossierFields,
  clientIds: idList,
  // Clients made in the same step (two buyers, heirs): each becomes an invited account with its invitation.
  newClients: z.array(z.object(clientFields)).max(10, "errors.invalid").default([]),
});
export type CreateDossierInput = z.input<typeof createDossierSchema>;

export const updateDossierSchema = z.object({ dossierId: rowId, ...dossierFields });

export const linkClientsSchema = z.object({ dossierId: rowId, clientIds: idList });

export const unlinkClientSchema = z.object({ dossierId: rowId, clientId: rowId });

export const dossierIdSchema = z.object({ dossierId: rowId });

export const findClientsSchema = z.object({ q: z.string().max(100, "errors.too_long").default("") });

export const dossierStatusFilter = ["all", "open", "closed"] as const;
export type DossierStatusFilter = (typeof dossierStatusFilter)[number];

/** The list's `?status=`: anything unknown shows all dossiers. */
export function statusFilterOf(raw: string | string[] | undefined): DossierStatusFilter {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return dossierStatusFilter.find((option) => option === value) ?? "all";
}
