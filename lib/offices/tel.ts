/**
 * A `tel:` link for a phone number as an office wrote it ("(020) 123 4567", "+31 (0)20 123 4567"): digits only,
 * with a leading + kept and the "(0)" of an international number dropped. Null when there are no digits.
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const international = trimmed.startsWith("+");
  const digits = (international ? trimmed.replace(/\(0\)/g, "") : trimmed).replace(/\D/g, "");
  if (!digits) return null;
  return `tel:${international ? "+" : ""}${digits}`;
}
