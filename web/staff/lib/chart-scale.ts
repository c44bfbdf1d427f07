// Scales for the 集計 charts: a round top of the axis (so gridlines read 0, 5, 10 ...) and
// where its ticks fall. Pure, so the charts draw the same thing in tests and browsers.

/** The smallest of 1, 2, 5 × 10^k that is ≥ n (at least 1). */
export function niceMax(n: number): number {
  if (!(n > 1)) return 1;
  const pow = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * pow >= n) return step * pow;
  return 10 * pow;
}

/** Tick values from 0 to max (a niceMax) in at most `most` + 1 steps, all integers. */
export function ticks(max: number, most = 5): number[] {
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];
  let step = steps.find((s) => max / s <= most) ?? Math.ceil(max / most);
  if (step < 1) step = 1;
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

/** Length of a bar for `value` on an axis of `length` units topping at `max`. */
export function barLength(value: number, max: number, length: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(1, (Math.min(value, max) / max) * length);
}

/** Which of n day labels to print under a day chart so they do not overlap: every k-th, and the last. */
export function labelledDays(n: number, room: number): number[] {
  if (n <= 0) return [];
  const every = Math.max(1, Math.ceil(n / Math.max(1, room)));
  const out: number[] = [];
  for (let i = 0; i < n; i += every) out.push(i);
  if (out[out.length - 1] !== n - 1) {
    if (n - 1 - out[out.length - 1]! < every / 2 && out.length > 1) out.pop();
    out.push(n - 1);
  }
  return out;
}
