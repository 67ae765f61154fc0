// Shared by the browser (the prefilled title field) and the server (a title left out): the file name
// without its extension reads better in a document list, which shows the file name beside it anyway.
export const MAX_TITLE_LENGTH = 200;

export function defaultTitle(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const base = (dot > 0 ? fileName.slice(0, dot) : fileName).trim();
  return [...(base || fileName)].slice(0, MAX_TITLE_LENGTH).join("");
}
