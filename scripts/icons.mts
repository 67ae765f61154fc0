// `npm run icons`: writes the icon sprite and its versioned URL (scripts/lib/icon-sprite.mts).
import { writeFileSync } from "node:fs";
import { buildIconSprite, ICON_SPRITE_FILE, ICON_SPRITE_MODULE, iconSpriteModule } from "./lib/icon-sprite.mts";

const { svg, url } = await buildIconSprite();
writeFileSync(ICON_SPRITE_FILE, svg);
writeFileSync(ICON_SPRITE_MODULE, iconSpriteModule(url));
console.log(`Wrote ${ICON_SPRITE_FILE} (${svg.length} bytes) and ${ICON_SPRITE_MODULE} (${url})`);
