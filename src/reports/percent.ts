/** part / whole × 100 with one decimal, half up, in integers (2/3 → 66.7, never 66.66666); null when whole is 0. */
export function percentOneDecimal(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}
