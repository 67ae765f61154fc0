import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { offices, type FaqEntry } from "@/db/schema";

/** One question and answer of an office's FAQ, in both languages (the column's shape, db/schema.ts). */
export type { FaqEntry };

/**
 * The FAQ of an office for the public help page: public text, so no viewer is needed. The office id comes from
 * the request host (getCurrentOffice), never from input. An unknown office has none.
 */
export async function getOfficeFaq(officeId: string): Promise<FaqEntry[]> {
  const db = await getDb();
  const [row] = await db.select({ faq: offices.faq }).from(offices).where(eq(offices.id, officeId)).limit(1);
  return row?.faq ?? [];
}

/** One FAQ entry in the reader's language; the Dutch text when the English one is missing. */
export function faqInLocale(entry: FaqEntry, locale: string): { question: string; answer: string } {
  const pick = (text: { nl: string; en: string }) => (locale === "en" && text.en.trim() ? text.en : text.nl);
  return { question: pick(entry.question), answer: pick(entry.answer) };
}
