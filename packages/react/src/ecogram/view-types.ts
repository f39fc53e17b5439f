import type { EcogramFilter } from '../view/map/filters';

export type { EcogramFilter } from '../view/map/filters';

/**
 * How the Ecogram is laid out around the map.
 * - `'standard'`: the toolbar, hints, keyboard help and (optionally) legend and time slider.
 * - `'table'`: for working through the map *with* the client on a tablet or a big screen:
 *   the map as large as the screen allows, bigger names, symbols and touch targets, and
 *   only the controls needed at the table (no keyboard help, hints or legend beside the map).
 */
export type EcogramMode = 'standard' | 'table';

/** Props of the Ecogram about what is shown and how: phone, filters, table mode. */
export interface EcogramViewProps {
  /** Layout around the map; default `'standard'`. See {@link EcogramMode}.
 * @defaultValue 'standard'
 */
  mode?: EcogramMode;
  /**
   * Below this width of the component (CSS px) the map opens zoomed in on the client, so that
   * names are drawn at 12 px or more (16 px in table mode) and people are targets of 24 px or
   * more; the rest is reached by sliding the map, a hint under the map says so and offers
   * "Alles tonen". Default `600` (phones). `0` turns it off (the whole map is always fitted).
   * @defaultValue 600
   */
  zoomBelow?: number;
  /**
   * Below this width of the component (CSS px) the list view is shown instead of the map when
   * the component mounts or becomes this narrow (the user can still switch to the map).
   * Default: not set (the zoomed map, see `zoomBelow`). Ignored when `view` is controlled.
   */
  listBelow?: number;
  /** Controlled filter of what the map and list show (the network itself is never changed). */
  filter?: EcogramFilter;
  /** Initial filter when uncontrolled. Default: everything shown. */
  defaultFilter?: EcogramFilter;
  /** The filter changed (from the "Filter" control). */
  onFilterChange?: (filter: EcogramFilter) => void;
  /**
   * Hide the "Filter" control (a host that filters from its own UI). Default `false`.
   * @defaultValue false
   */
  hideFilter?: boolean;
}
