import type { IconName } from "./icon-names";
import { ICON_SPRITE_URL } from "./icon-sprite";

/**
 * A decorative icon (hidden from assistive technology: the text next to it says what it means), drawn from the
 * sprite (public/icons.svg). Size and colour come from `className` (`size-5 text-slate-400`).
 */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg aria-hidden="true" className={className}>
      <use href={`${ICON_SPRITE_URL}#${name}`} />
    </svg>
  );
}
