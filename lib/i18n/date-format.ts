// One date formatter per language, time zone and style for the whole process (server or browser): making one
// cost ~0.1 ms on this machine, far more than using it, and next-intl's formatters make a new one in every request
// (issue 12). A formatter holds no data of anyone.
type DateStyles = Pick<Intl.DateTimeFormatOptions, "dateStyle" | "timeStyle">;

const formats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, timeZone: string | undefined, styles: DateStyles): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ""}|${styles.dateStyle ?? ""}|${styles.timeStyle ?? ""}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...styles, timeZone })));
  return format;
}
