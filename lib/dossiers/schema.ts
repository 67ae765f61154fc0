import { z } from "zod";
import { removeInvisibleCharacters } from "@/lib/text";
import { clientFields } from "@/lib/clients/schema";
import { isUuid } from "@/lib/core/ids";

const id = z.string().refine(isUuid, "errors.not_found");

/** One value or many: a FormData field with a single entry arrives as a string, with several as an array. */
const idList = z
  .union([z.array(id), id])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.string()).max(50, "errors.invalid"));

export const dossierFields = {
  reference: z.string().overwrite(removeInvisibleCharacters).trim().min(1, "errors.required").max(50, "errors.too_long"),
  title: z.string().overwrite(removeInvisibleCharacters).trim().min(1, "errors.required").max(200, "errors.too_long"),
};

export const createDossierSchema = z.object({
  ...dossierFields,
  clientIds: idList,
  // Clients made in the same step (two buyers, heirs): each becomes an invited account with its invitation.
  newClients: z.array(z.object(clientFields)).max(10, "errors.invalid").default([]),
});
export type CreateDossierInput = z.input<typeof createDossierSchema>;

export const updateDossierSchema = z.object({ dossierId: id, ...dossierFields });

export const linkClientsSchema = z.object({ dossierId: id, clientIds: idList });

export const unlinkClientSchema = z.object({ dossierId: id, clientId: id });

export const dossierIdSchema = z.object({ dossierId: id });

export const findClientsSchema = z.object({ q: z.string().max(100, "errors.too_long").default("") });

export const dossierStatusFilter = ["all", "open", "closed"] as const;
export type DossierStatusFilter = (typeof dossierStatusFilter)[number];

/** The list's `?status=`: anything unknown shows all dossiers. */
export function statusFilterOf(raw: string | string[] | undefined): DossierStatusFilter {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return dossierStatusFilter.find((option) => option === value) ?? "all";
}
