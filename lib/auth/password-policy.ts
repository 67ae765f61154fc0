import { dictionary } from "@zxcvbn-ts/language-common";

// docs/security-requirements.md / ASVS 6.2: length counts, composition rules do not; refuse known common passwords.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// The whole common-password list (most common first, ~49,000 entries); shorter ones fail on length anyway.
const commonPasswords = new Set(
  dictionary["passwords-common"]
    .map((password) => password.toLowerCase())
    .filter((password) => codePoints(password) >= PASSWORD_MIN_LENGTH),
);

/** Length in Unicode code points, so "é" or an emoji counts as one character, as a person would count. */
function codePoints(value: string): number {
  return Array.from(value).length;
}

export type PasswordPolicyError =
  "set_password.errors.too_short" | "set_password.errors.too_long" | "set_password.errors.too_common" | "set_password.errors.is_email";

/** The first rule `password` breaks (a message key), or null when it may be used for the account `email`. */
export function passwordPolicyError(password: string, email?: string): PasswordPolicyError | null {
  const length = codePoints(password);
  if (length < PASSWORD_MIN_LENGTH) return "set_password.errors.too_short";
  if (length > PASSWORD_MAX_LENGTH) return "set_password.errors.too_long";
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return "set_password.errors.too_common";
  if (email && lower.trim() === email.trim().toLowerCase()) return "set_password.errors.is_email";
  return null;
}
