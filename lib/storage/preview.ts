// Which files the portal lets a browser show by itself ("Bekijken"): PDFs and photos, never SVG or HTML,
// which could run script. Everything else is only ever downloaded.
export const PREVIEWABLE_CONTENT_TYPES: readonly string[] = ["application/pdf", "image/jpeg", "image/png"];

export function isPreviewable(contentType: string): boolean {
  return PREVIEWABLE_CONTENT_TYPES.includes(contentType);
}
