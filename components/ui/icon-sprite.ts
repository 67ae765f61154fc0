// Written by `npm run icons` (scripts/icons.mts) from ./icon-names.ts: the sprite's URL, versioned by its content.
export const ICON_SPRITE_URL = "/icons.svg?v=ca329e193127";
