/**
 * The networks the legibility benchmark and its browser test measure: the seeds' situations,
 * the broad family network, realistic generated networks of 10–150 people and the
 * hostile-names network.
 */
import type { Network } from '@kring/core';
import {
  broadFamilyNetwork, dennisNoNetwork, fatimaNetwork, generateRealisticNetwork, hostileNamesNetwork, marcoNetwork,
  samirNetwork, yonasNetwork,
} from '@kring/fixtures';

export interface LegibilityFixture {
  name: string;
  network: Network;
  /** People besides the client. */
  people: number;
  /** The hostile-names network: only "lays out without overlap" is asked of it. */
  hostile?: boolean;
}

const fixture = (name: string, network: Network, hostile = false): LegibilityFixture => ({
  name, network, people: network.people.filter((p) => p.id !== network.focus).length, ...(hostile ? { hostile } : {}),
});

/** Sizes of the generated networks. */
export const GENERATED_SIZES = [10, 20, 40, 60, 150];

export const LEGIBILITY_FIXTURES: LegibilityFixture[] = [
  fixture('Dennis (seed: "ik heb geen netwerk")', dennisNoNetwork),
  fixture('Samir (FORMAT.md)', samirNetwork),
  fixture('Fatima (seed)', fatimaNetwork),
  fixture('Yonas (seed)', yonasNetwork),
  fixture('Marco (seed, history)', marcoNetwork),
  fixture('Rachid (broad family)', broadFamilyNetwork),
  ...GENERATED_SIZES.map((n) => fixture(`generateRealisticNetwork(${n}, 1)`, generateRealisticNetwork(n, 1))),
  fixture('hostile names', hostileNamesNetwork, true),
];

/** The two screens of issue 12. */
export const LEGIBILITY_VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
