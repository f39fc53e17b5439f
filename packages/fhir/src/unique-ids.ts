/**
 * Unique ids from hints in linear time, for `toFhir` (FHIR ids) and `fromFhir` (Kring ids).
 *
 * The first use of a hint gets the hint itself, later uses `hint-2`, `hint-3`, …. The next
 * number to try is remembered per hint, so n uses of one hint cost O(n) in all instead of
 * probing `hint-2 … hint-n` again for every new one (that probing made `fromFhir` quadratic
 * in RelatedPersons without an id: issue 13, 40,000 of them took 51 s). A number taken by
 * something else (an id given in the data, or another hint's result) is skipped once per
 * hint, so the total stays linear in the number of ids handed out and reserved.
 */
export class UniqueIds {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  /** Is `id` taken already? */
  has(id: string): boolean {
    return this.used.has(id);
  }

  /** Take `id` as it is (an id fixed by the data); `false` when it was taken already. */
  reserve(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  /** A new id: `hint` when free, else `hint-<n>` with the lowest number not tried for this hint before. */
  take(hint: string): string {
    if (this.reserve(hint)) return hint;
    let n = this.next.get(hint) ?? 2;
    while (this.used.has(`${hint}-${n}`)) n++;
    const id = `${hint}-${n}`;
    this.next.set(hint, n + 1);
    this.used.add(id);
    return id;
  }
}
