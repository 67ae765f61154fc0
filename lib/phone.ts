import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

/** Where SMS may go (against SMS pumping): the Netherlands and the EU/EEA, plus Switzerland and the UK. */
export const SMS_COUNTRIES: readonly CountryCode[] = [
  "NL",
  "BE",
  "LU",
  "DE",
  "FR",
  "AT",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "MT",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "IS",
  "LI",
  "NO",
  "CH",
  "GB",
];

/**
 * A mobile number as the manual asks for it (`31612345678`, docs/client-manual.md M-2FA-2), or as people type it (`+31 6 1234 5678`,
 * `06-12345678`, `0031612345678`), in E.164; null when it is not a valid mobile number of an allowed country.
 */
export function normaliseMobile(input: string, countries: readonly CountryCode[] = SMS_COUNTRIES): string | null {
  const compact = input.replace(/[\s().-]/g, "");
  if (!/^(\+|00)?\d{6,16}$/.test(compact)) return null;
  let candidate = compact;
  if (candidate.startsWith("00")) candidate = `+${candidate.slice(2)}`;
  // The manual's form (docs/client-manual.md M-2FA-2): country code without "+" and without the leading 0 ("31612345678").
  else if (!candidate.startsWith("+") && !candidate.startsWith("0")) candidate = `+${candidate}`;
  const parsed = parsePhoneNumberFromString(candidate, "NL");
  if (!parsed || !parsed.isValid() || !parsed.country || !countries.includes(parsed.country)) return null;
  const type = parsed.getType();
  if (type !== "MOBILE" && type !== "FIXED_LINE_OR_MOBILE") return null;
  return parsed.number;
}
