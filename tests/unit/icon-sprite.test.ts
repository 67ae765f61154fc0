// Icons come from one sprite (public/icons.svg) instead of being drawn in every page's HTML (issue 12). These
// checks fail when the sprite or its versioned URL is out of date with components/ui/icon-names.ts (run
// `npm run icons`), and when a component draws a Lucide icon itself again.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ICON_NAMES } from "@/components/ui/icon-names";
import { ICON_SPRITE_URL } from "@/components/ui/icon-sprite";
import { buildIconSprite, ICON_SPRITE_FILE } from "@/scripts/lib/icon-sprite.mts";

const root = path.resolve(__dirname, "../..");

function sources(target: string): string[] {
  const full = path.join(root, target);
  if (!statSync(full).isDirectory()) return /\.(ts|tsx)$/.test(full) ? [full] : [];
  return readdirSync(full).flatMap((name) => sources(path.join(target, name)));
}

describe("the icon sprite", () => {
  it("is what `npm run icons` writes for the listed icons, under a URL versioned by its content", async () => {
    const { svg, url } = await buildIconSprite();
    expect(readFileSync(path.join(root, ICON_SPRITE_FILE), "utf8")).toBe(svg);
    expect(ICON_SPRITE_URL).toBe(url);
    for (const name of ICON_NAMES) expect(svg).toContain(`<symbol id="${name}" viewBox="0 0 24 24"`);
  });

  it("is the only way pages draw icons: no component imports Lucide's React icons", () => {
    const drawing = ["app", "components", "lib"]
      .flatMap(sources)
      .filter((file) => readFileSync(file, "utf8").includes('from "lucide-react"'));
    expect(drawing.map((file) => path.relative(root, file))).toEqual([]);
  });
});
