/**
 * The angle each slice needs for its name along the outer edge of the map, so that a slice
 * sized by its content never cuts "Werk, school, dagbesteding" to "school, dagbes".
 * Estimated from the text (bold sans-serif, the sector-label font size of ecogram.css):
 * the layout needs it before anything is drawn, also on the server.
 * @internal
 */
import { SECTORS, type Sector } from '@kring/core';

/** Font size of the sector names, layout units (ecogram.css `[data-part="sector-label"]`). */
export const SECTOR_LABEL_SIZE = 15;
/** Average character width of bold sans-serif as a fraction of the font size (generous). */
const CHAR_WIDTH = 0.64;
/** Room at both ends of the name, degrees (the name's path starts 2° inside the slice). */
const ENDS_DEG = 6;

/** Degrees each slice needs for its name on a circle of `radius` layout units. */
export function sectorNameAngles(nameOf: (sector: Sector) => string, radius: number): Partial<Record<Sector, number>> {
  const out: Partial<Record<Sector, number>> = {};
  for (const sector of SECTORS) {
    const width = Array.from(nameOf(sector)).length * SECTOR_LABEL_SIZE * CHAR_WIDTH;
    out[sector] = (width / radius) * (180 / Math.PI) + ENDS_DEG;
  }
  return out;
}
