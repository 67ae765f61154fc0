// File sizes for lists and the uploader, in the reader's locale ("1,2 MB" in Dutch). Decimal units, as
// operating systems on phones and macOS show them, so a size matches what the user sees in their files app.
const UNITS = ["B", "kB", "MB", "GB"] as const;

// Making a NumberFormat costs far more than using one, and a list formats a size per row.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
  return format;
}

export function formatFileSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${numberFormat(locale, digits).format(value)} ${UNITS[unit]}`;
}
