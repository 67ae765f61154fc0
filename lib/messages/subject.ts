// Shared by the reply form (prefill) and the server (what is stored), so both agree on one "Re: ".
const REPLY_PREFIXES = /^(\s*re\s*:\s*)+/i;

/** "Re: <subject>" for an answer; a subject that already starts with "Re:" (or several) keeps exactly one. */
export function replySubject(subject: string): string {
  return `Re: ${subject.replace(REPLY_PREFIXES, "").trim()}`;
}

/** A typed subject as stored: trimmed, and stacked prefixes ("Re: RE: Re:") collapsed into one "Re: ". */
export function normaliseSubject(subject: string): string {
  const trimmed = subject.trim();
  return REPLY_PREFIXES.test(trimmed) ? replySubject(trimmed) : trimmed;
}
