/**
 * The one table of month names: written out in dates ("3 mei 2019"), abbreviated on time axes
 * ("mrt"), and read back from what people type ("maart 2019", "Mar 2019", "sept 2022").
 */

/** Month names per locale, January first: `long` for dates in words, `short` for axis ticks. */
const MONTH_NAMES: Readonly<Record<'nl' | 'en', { readonly long: readonly string[]; readonly short: readonly string[] }>> = {
  nl: {
    long: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    short: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

/** Names read as a month besides those in the table. */
const ALSO_READ: Readonly<Record<string, number>> = { sept: 9 };

/**
 * The name of a month (1..12): `monthName(3, 'nl')` is "maart", `monthName(3, 'nl', 'short')`
 * "mrt", `monthName(3, 'en', 'short')` "Mar". An empty string for a month outside 1..12.
 */
export function monthName(month: number, locale: 'nl' | 'en' = 'nl', width: 'long' | 'short' = 'long'): string {
  return MONTH_NAMES[locale][width][month - 1] ?? '';
}

let byName: Map<string, number> | undefined;

/**
 * The month (1..12) a name stands for, in either language, written out or abbreviated, any
 * letter case: "maart", "mrt", "March", "Mar" and "MAART" are all 3; "sept" is 9 too.
 * `undefined` when it is not a month's name.
 */
export function monthFromName(name: string): number | undefined {
  if (!byName) {
    const map = new Map(Object.entries(ALSO_READ));
    for (const names of Object.values(MONTH_NAMES)) {
      for (const list of [names.long, names.short]) list.forEach((n, i) => map.set(n.toLowerCase(), i + 1));
    }
    byName = map;
  }
  return byName.get(name.toLowerCase());
}
