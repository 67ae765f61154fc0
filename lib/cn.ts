import { clsx, type ClassValue } from "clsx";

/**
 * Class names joined, falsy ones left out. No tailwind-merge: it cost ~9 KB gzip of every page's JavaScript
 * (issue 12), and components do not pass classes that conflict with their own (a caller adds layout such as
 * `self-start`; variants and options choose the rest, see components/ui/data-table.tsx `strongHeader`).
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
