// CSV as RFC 4180 says (comma, CRLF, double quotes doubled) and safe to open in a spreadsheet: a cell that
// starts like a formula is prefixed with an apostrophe so Excel or LibreOffice shows it as text (CWE-1236).

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A byte-order mark first, so spreadsheet programs read the file as UTF-8 (names with é, ü, ...). */
export const CSV_BOM = "\uFEFF";
