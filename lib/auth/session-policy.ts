/** Absolute session lifetime (SECURITY.md: 12 hours); idle expiry is enforced with the session checks. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
