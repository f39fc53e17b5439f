/** What the mount page (main.tsx) records on `window.kringMount`, read by tests/browser/mount.test.ts. */
export interface MountLog {
  errors: string[];
  /** The drawn names (id → text and position) in the first painted frame with people, and 40 frames later. */
  first: Record<string, string> | null;
  later: Record<string, string> | null;
  /** The server's markup had people in it (hydrate mode). */
  serverPeople: number;
  people: number;
}
