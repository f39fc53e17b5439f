/** Options every benchmark module gets. */
export interface BenchOptions {
  /** Timed runs per measurement (the median is reported). At least 15. */
  runs: number;
}

/** A benchmark's result: one markdown table plus notes printed under it. */
export interface BenchTable {
  title: string;
  columns: string[];
  rows: string[][];
  notes?: string[];
}

/** A benchmark module, listed in bench/index.ts. */
export interface BenchModule {
  /** Short name, used by `--only <name>`. */
  name: string;
  /** One or more tables. */
  run(options: BenchOptions): BenchTable | BenchTable[] | Promise<BenchTable | BenchTable[]>;
}
