/** Heading elements the planner uses, and the level `n` below a given one (capped at h5). @internal */
export type Heading = 'h2' | 'h3' | 'h4' | 'h5';
/** The heading element of a level (2…5). @internal */
export const heading = (level: number): Heading => `h${Math.min(5, Math.max(2, level))}` as Heading;
