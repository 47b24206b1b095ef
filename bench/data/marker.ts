/** The comment bench:data leaves on the database it filled, read back by the benchmarks that use it. */
export interface DataMarker {
  size: string;
  seed: number;
  /** The day the data is centred on: the benchmarks judge deadlines as of it. */
  today: string;
}

const PATTERN = /^bench:data size=(\w+) seed=(-?\d+) today=(\d{4}-\d{2}-\d{2})$/;

export function dataMarker(size: string, seed: number, today: string): string {
  return `bench:data size=${size} seed=${seed} today=${today}`;
}

/** The marker's fields, or null for a database bench:data did not fill (or has not finished filling). */
export function parseDataMarker(comment: string | null): DataMarker | null {
  const match = comment === null ? null : PATTERN.exec(comment);
  return match ? { size: match[1]!, seed: Number(match[2]), today: match[3]! } : null;
}
