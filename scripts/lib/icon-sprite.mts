// The icon sprite: every icon of components/ui/icon-names.ts as a <symbol> drawn from Lucide's own data, so a page
// refers to an icon with two elements (<svg><use>) instead of drawing its paths in the HTML each time (issue 12).
import { createHash } from "node:crypto";
import { ICON_NAMES } from "../../components/ui/icon-names";

type IconNode = [tag: string, attributes: Record<string, string | number>][];

const escape = (value: string | number) => String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function element([tag, attributes]: IconNode[number]): string {
  const attrs = Object.entries(attributes)
    .filter(([name]) => name !== "key")
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join("");
  return `<${tag}${attrs}/>`;
}

/** The sprite's text and the URL pages use for it (versioned by its content, so browsers may keep it for a year). */
export async function buildIconSprite(): Promise<{ svg: string; url: string }> {
  const symbols: string[] = [];
  for (const name of ICON_NAMES) {
    // Lucide's canonical names only: a module under an alias name re-exports the component without its data.
    const icon = (await import(`lucide-react/icons/${name}`)) as { __iconData?: { node: IconNode } };
    if (!icon.__iconData) throw new Error(`lucide-react/icons/${name} is an alias: use the name of the icon it re-exports`);
    // Lucide's drawing attributes, on the symbol: what <use> shows inherits them (and the colour of the text).
    symbols.push(
      `<symbol id="${name}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">` +
        icon.__iconData.node.map(element).join("") +
        `</symbol>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg">\n${symbols.join("\n")}\n</svg>\n`;
  const version = createHash("sha256").update(svg).digest("hex").slice(0, 12);
  return { svg, url: `/icons.svg?v=${version}` };
}

export function iconSpriteModule(url: string): string {
  return `// Written by \`npm run icons\` (scripts/icons.mts) from ./icon-names.ts: the sprite's URL, versioned by its content.\nexport const ICON_SPRITE_URL = "${url}";\n`;
}

export const ICON_SPRITE_FILE = "public/icons.svg";
export const ICON_SPRITE_MODULE = "components/ui/icon-sprite.ts";
