/**
 * Metrics: the numbers and lists behind a network summary ("Samenvatting").
 */
import {
  CLOSENESSES, PERSON_KINDS, QUALITIES, SECTORS, STRENGTHS, SUPPORT_TYPES, TIE_STATUSES,
  type Closeness, type Network, type Person, type PersonKind, type Quality, type Sector, type Strength,
  type SupportType, type Tie, type TieStatus,
} from '../model/types';
import { otherEnd, supportSeenFrom } from '../model/tie';
import { effectiveFormality } from '../operations';

/** Reciprocity ("wederkerigheid") of the client's current ties. */
export interface ReciprocityMetrics {
  /** Current ties on which the client receives some support. */
  receives: number;
  /** Current ties on which the client gives some support. */
  gives: number;
  /** Current ties on which the client both receives and gives. */
  mutual: number;
  /**
   * `mutual / receives`: of the people the client leans on, the share the client also does
   * something for (0..1). `null` when the client receives support on no tie.
   */
  share: number | null;
}

/**
 * The numbers and lists behind a network summary. Everything counts the people *other than*
 * the client (the focus). Lists hold person ids in the order of `network.people`, so a UI
 * can name them ("Anouk is overbelast"); their `length` is the count.
 *
 * "Current tie" below means a tie with the client whose status is `active` (or unset) and
 * whose other person is not deceased: the support that is there now.
 */
export interface NetworkMetrics {
  /** Number of people (all kinds, deceased included) other than the client. */
  people: number;
  /** People by kind. */
  byKind: Record<PersonKind, number>;
  /** People by sector; no sector counts as `other` (as the ecogram places them). */
  bySector: Record<Sector, number>;
  /** People by circle; no closeness counts as `outer` (as the ecogram places them). */
  byCloseness: Record<Closeness, number>;
  /** People without a sector (still counted in `bySector.other`). */
  withoutSector: number;
  /** People without a closeness (still counted in `byCloseness.outer`). */
  withoutCloseness: number;
  /** Formal (professional) people: `formality`, or `care` sector when it is unset. */
  formal: number;
  /** Informal people: everyone else. `formal + informal === people`. */
  informal: number;
  /** Deceased people (ids). */
  deceased: string[];
  /** Number of ties with the client. */
  clientTies: number;
  /** Ties with the client by status; an unset status counts as `active`. */
  byStatus: Record<TieStatus, number>;
  /** Ties with the client by strength; unset strengths are not counted. */
  byStrength: Record<Strength, number>;
  /** Ties with the client by quality; unset qualities are not counted. */
  byQuality: Record<Quality, number>;
  /** People whose tie with the client has faded ("verwaterd"): candidates to re-engage. */
  faded: string[];
  /** People whose tie with the client is broken. */
  broken: string[];
  /** People whose tie with the client has ended. */
  ended: string[];
  /** People who could play a role (tie status `potential`). */
  potential: string[];
  /** Number of ties between people other than the client. */
  tiesBetweenOthers: number;
  /** Reciprocity of the current ties (see {@link ReciprocityMetrics}). */
  reciprocity: ReciprocityMetrics;
  /** Living people with burden `overloaded`. */
  overloaded: string[];
  /** Living people with burden `strained`. */
  strained: string[];
  /** Living people the client does not allow to be contacted (`consent: not-allowed`). */
  notAllowed: string[];
  /** Living people to contact only after asking the client (`consent: ask-first`). */
  askFirst: string[];
  /**
   * Living people of kind `person` whose consent is `unknown` or not recorded: something to
   * ask the client. (Organisations, places, groups and animals are not asked about.)
   */
  consentUnknown: string[];
  /** Living people with a boundary (contact to be limited). */
  withBoundary: string[];
  /** Living people who live abroad. */
  abroad: string[];
  /** Living people for whom an interpreter is needed. */
  needsInterpreter: string[];
  /** Support types the client receives on at least one current tie, in `SUPPORT_TYPES` order. */
  supportCovered: SupportType[];
  /** Support types the client receives on no current tie, in `SUPPORT_TYPES` order. */
  supportMissing: SupportType[];
  /** Per support type, who gives it to the client on a current tie. */
  supportFrom: Record<SupportType, string[]>;
  /** Distinct people (not the client) in groups of kind `support-group` or `base-team`. */
  supportGroupSize: number;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function bump<K extends string>(record: Record<K, number>, key: K | undefined): void {
  if (key !== undefined && Object.prototype.hasOwnProperty.call(record, key)) record[key] += 1;
}

/**
 * Numbers and lists for a summary of the network: people by kind, sector, circle and
 * formality; the client's ties by status, strength and quality; faded, broken, ended and
 * potential ties; reciprocity; overloaded and strained naasten; consent and boundaries;
 * people abroad or needing an interpreter; which kinds of support the client receives and
 * which are missing; the size of the support group. See {@link NetworkMetrics} for the
 * exact meaning of each field. Only people other than the client count.
 *
 * Formality uses `effectiveFormality` from the operations (one rule, one place). Pure;
 * never throws on a valid network.
 */
export function networkMetrics(network: Network): NetworkMetrics {
  const focus = network.focus;
  const others = network.people.filter((p) => p.id !== focus);
  const byId = new Map<string, Person>(others.map((p) => [p.id, p]));
  const alive = others.filter((p) => p.deceased === undefined);
  const ids = (test: (p: Person) => boolean): string[] => alive.filter(test).map((p) => p.id);

  const byKind = zeros(PERSON_KINDS);
  const bySector = zeros(SECTORS);
  const byCloseness = zeros(CLOSENESSES);
  let formal = 0;
  for (const p of others) {
    bump(byKind, p.kind);
    bump(bySector, p.sector ?? 'other');
    bump(byCloseness, p.closeness ?? 'outer');
    if (effectiveFormality(p) === 'formal') formal += 1;
  }

  const byStatus = zeros(TIE_STATUSES);
  const byStrength = zeros(STRENGTHS);
  const byQuality = zeros(QUALITIES);
  const withStatus: Record<TieStatus, string[]> = { active: [], faded: [], broken: [], ended: [], potential: [] };
  const supportFrom = Object.fromEntries(SUPPORT_TYPES.map((s) => [s, [] as string[]])) as Record<SupportType, string[]>;
  const reciprocity: ReciprocityMetrics = { receives: 0, gives: 0, mutual: 0, share: null };
  let clientTies = 0;
  let tiesBetweenOthers = 0;

  // Ties in the order of the other person in `people`, so the lists follow `people`.
  const clientTieOf = new Map<string, Tie>();
  for (const tie of network.ties) {
    const [a, b] = tie.between;
    if (a !== focus && b !== focus) {
      tiesBetweenOthers += 1;
      continue;
    }
    const other = otherEnd(tie, focus);
    if (!byId.has(other) || clientTieOf.has(other)) continue;
    clientTieOf.set(other, tie);
  }
  for (const p of others) {
    const tie = clientTieOf.get(p.id);
    if (!tie) continue;
    clientTies += 1;
    const status = tie.status ?? 'active';
    bump(byStatus, status);
    bump(byStrength, tie.strength);
    bump(byQuality, tie.quality);
    withStatus[status]?.push(p.id);
    if (status !== 'active' || p.deceased !== undefined) continue;
    const flow = supportSeenFrom(tie, focus);
    for (const s of new Set(flow.receives)) supportFrom[s]?.push(p.id);
    const receives = flow.receives.length > 0;
    const gives = flow.gives.length > 0;
    if (receives) reciprocity.receives += 1;
    if (gives) reciprocity.gives += 1;
    if (receives && gives) reciprocity.mutual += 1;
  }
  reciprocity.share = reciprocity.receives > 0 ? reciprocity.mutual / reciprocity.receives : null;

  const groupMembers = new Set<string>();
  for (const g of network.groups) {
    if (g.kind !== 'support-group' && g.kind !== 'base-team') continue;
    for (const m of g.members) if (byId.has(m)) groupMembers.add(m);
  }

  return {
    people: others.length,
    byKind,
    bySector,
    byCloseness,
    withoutSector: others.filter((p) => p.sector === undefined).length,
    withoutCloseness: others.filter((p) => p.closeness === undefined).length,
    formal,
    informal: others.length - formal,
    deceased: others.filter((p) => p.deceased !== undefined).map((p) => p.id),
    clientTies,
    byStatus,
    byStrength,
    byQuality,
    faded: withStatus.faded,
    broken: withStatus.broken,
    ended: withStatus.ended,
    potential: withStatus.potential,
    tiesBetweenOthers,
    reciprocity,
    overloaded: ids((p) => p.burden === 'overloaded'),
    strained: ids((p) => p.burden === 'strained'),
    notAllowed: ids((p) => p.consent === 'not-allowed'),
    askFirst: ids((p) => p.consent === 'ask-first'),
    consentUnknown: ids((p) => p.kind === 'person' && (p.consent === undefined || p.consent === 'unknown')),
    withBoundary: ids((p) => p.boundary !== undefined),
    abroad: ids((p) => p.location?.area === 'abroad'),
    needsInterpreter: ids((p) => p.interpreter === true),
    supportCovered: SUPPORT_TYPES.filter((s) => supportFrom[s].length > 0),
    supportMissing: SUPPORT_TYPES.filter((s) => supportFrom[s].length === 0),
    supportFrom,
    supportGroupSize: groupMembers.size,
  };
}
