export interface Side {
  requestsPerSecond: number;
  /** At the fixed rate, ms. */
  p50: number;
  p99: number;
  cpuMicros: number;
  peakRssMb: number;
  /** requests/s of each round. */
  rounds: number[];
}

export interface Result {
  id: string;
  label: string;
  /** requests/s of the latency runs: 70 % of the floor's maximum. */
  fixedRate: number;
  service: Side;
  floor: Side;
}

const ratio = (service: number, floor: number): string => (floor > 0 ? `${(service / floor).toFixed(2)}×` : '-');

/** The table of the run, service ÷ floor beside each figure. */
export function printTable(results: Result[]): void {
  const header = [
    'endpoint',
    'req/s svc',
    'floor',
    '÷',
    'at req/s',
    'p50 ms svc',
    'floor',
    'p99 ms svc',
    'floor',
    '÷',
    'CPU µs svc',
    'floor',
    '÷',
    'RSS MB svc',
    'floor',
  ];
  const rows = results.map((r) => [
    r.label,
    r.service.requestsPerSecond.toFixed(0),
    r.floor.requestsPerSecond.toFixed(0),
    ratio(r.service.requestsPerSecond, r.floor.requestsPerSecond),
    String(r.fixedRate),
    r.service.p50.toFixed(1),
    r.floor.p50.toFixed(1),
    r.service.p99.toFixed(1),
    r.floor.p99.toFixed(1),
    ratio(r.service.p99, r.floor.p99),
    r.service.cpuMicros.toFixed(0),
    r.floor.cpuMicros.toFixed(0),
    ratio(r.service.cpuMicros, r.floor.cpuMicros),
    r.service.peakRssMb.toFixed(0),
    r.floor.peakRssMb.toFixed(0),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\n${line(header)}`);
  console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}
