/**
 * Small line icons for the ten life domains of the levenslijn. Every icon is drawn
 * in a 16×16 box with `currentColor` strokes, so it follows the text colour and works
 * in light, dark and print. Icons always come with a text label or an accessible name:
 * the category is never shown by colour alone.
 */
import type { EventCategory } from '@kring/core';

/** SVG path data (16×16 box, stroked, no fill) per category. */
export const CATEGORY_ICON_PATHS: Record<EventCategory, string> = {
  // a house: roof and walls with a door
  housing: 'M2 8 L8 2.5 L14 8 M3.5 6.8 V14 H12.5 V6.8 M6.5 14 V10 H9.5 V14',
  // two people, one smaller (parent and child)
  family: 'M5.5 5.5 a2 2 0 1 0 0.01 0 M2 14 V11.5 a3.5 3.5 0 0 1 7 0 V14 M11.5 7.5 a1.5 1.5 0 1 0 0.01 0 M9.5 14 V12.5 a2 2 0 0 1 4 0 V14',
  // a heart
  relationships: 'M8 13.5 L2.8 8.3 a3 3 0 0 1 5.2 -3.6 a3 3 0 0 1 5.2 3.6 Z',
  // a plus in a rounded square (health care)
  health: 'M4 2.5 H12 a1.5 1.5 0 0 1 1.5 1.5 V12 a1.5 1.5 0 0 1 -1.5 1.5 H4 a1.5 1.5 0 0 1 -1.5 -1.5 V4 a1.5 1.5 0 0 1 1.5 -1.5 Z M8 5 V11 M5 8 H11',
  // a briefcase
  work: 'M2 5.5 H14 V13 H2 Z M5.5 5.5 V3.5 H10.5 V5.5 M2 9 H14',
  // a coin with a euro-like sign
  income: 'M8 2 a6 6 0 1 0 0.01 0 M10.5 5.5 a3 3 0 1 0 0 5 M5 7.3 H9 M5 8.8 H9',
  // scales of justice
  justice: 'M8 2 V14 M5 14 H11 M3 4.5 H13 M3 4.5 L1.5 9 a1.5 1.5 0 0 0 3 0 Z M13 4.5 L11.5 9 a1.5 1.5 0 0 0 3 0 Z',
  // an open hand holding (care and support)
  care: 'M1.5 10 H4 L7 12.5 H11.5 L14.5 9.5 M4 10 L6 8.5 H9.5 a1 1 0 0 1 0 2 H7 M8 2.5 a1.6 1.6 0 0 1 2.5 1.9 L8 7 L5.5 4.4 A1.6 1.6 0 0 1 8 2.5',
  // a candle (loss, remembrance)
  loss: 'M6 7 H10 V14 H6 Z M4.5 14 H11.5 M8 7 V5.5 M8 5.5 C6.5 4.3 7.4 3 8 1.8 C8.6 3 9.5 4.3 8 5.5',
  // three dots
  other: 'M3.5 8 a1.2 1.2 0 1 0 0.01 0 M8 8 a1.2 1.2 0 1 0 0.01 0 M12.5 8 a1.2 1.2 0 1 0 0.01 0',
};

/** Props of {@link CategoryIcon}. */
export interface CategoryIconProps {
  category: EventCategory;
  /** Size in pixels (the icon is square). Default 16. */
  size?: number;
  /** Position of the top-left corner inside an SVG (when drawn inside another SVG). */
  x?: number;
  y?: number;
  /** Accessible name; when absent the icon is decorative (`aria-hidden`). */
  title?: string;
  className?: string;
}

/**
 * One category icon as an `<svg>` (usable in HTML and nested in SVG). Decorative unless
 * `title` is given.
 */
export function CategoryIcon({ category, size = 16, x, y, title, className }: CategoryIconProps) {
  const d = CATEGORY_ICON_PATHS[category] ?? CATEGORY_ICON_PATHS.other;
  return (
    <svg
      className={className}
      data-part="category-icon"
      data-category={category}
      width={size}
      height={size}
      x={x}
      y={y}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      {...(title ? { role: 'img', 'aria-label': title } : { 'aria-hidden': true })}
    >
      <path d={d} />
    </svg>
  );
}
