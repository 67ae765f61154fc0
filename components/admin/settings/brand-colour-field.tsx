"use client";

import { useFormatter, useTranslations } from "next-intl";
import { contrastWithWhite, isHexColour } from "@/lib/offices/colour";
import { MIN_BRAND_CONTRAST } from "@/lib/offices/limits";

/**
 * The brand colour as `#rrggbb` text (typed or picked), with a live sample of a button in that colour and its
 * contrast against the white button text; the server refuses colours below WCAG AA.
 */
export function BrandColourField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const t = useTranslations("admin_settings");
  const format = useFormatter();
  const valid = isHexColour(value.trim());
  const colour = valid ? value.trim().toLowerCase() : null;
  const ratio = colour ? contrastWithWhite(colour) : null;
  const describedBy = ["brandColor-hint", error ? "brandColor-error" : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="brandColor" className="font-medium">
        {t("brand_colour")}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id="brandColor"
          name="brandColor"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="min-h-11 w-36 rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-base aria-[invalid]:border-red-600"
        />
        <input
          type="color"
          aria-label={t("brand_colour_picker")}
          value={colour ?? "#000000"}
          onChange={(event) => onChange(event.target.value)}
          className="size-11 cursor-pointer rounded-lg border border-slate-300 bg-white p-1"
        />
        {colour ? (
          // The sample button shows its white text only when it is readable; a refused colour shows as a swatch.
          <span
            className="inline-flex min-h-11 min-w-11 items-center rounded-lg px-4 font-medium text-white"
            style={{ backgroundColor: colour }}
            aria-hidden
          >
            {ratio !== null && ratio >= MIN_BRAND_CONTRAST ? t("brand_colour_sample") : null}
          </span>
        ) : null}
      </div>
      <p id="brandColor-hint" className="text-sm text-slate-700">
        {t("brand_colour_hint", { min: format.number(MIN_BRAND_CONTRAST) })}{" "}
        {ratio !== null
          ? t("brand_colour_ratio", { ratio: format.number(ratio, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) })
          : null}
      </p>
      {error ? (
        <p id="brandColor-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
