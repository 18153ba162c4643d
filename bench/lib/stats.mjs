// Small statistics for the benchmarks: medians, percentiles, paired ratios.

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export const median = (values) => {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The value below which `fraction` of `values` lie (nearest rank). */
export const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
};

/**
 * The median, over the rounds where both ran, of `a`'s time divided by `b`'s:
 * runs of one round are seconds apart, so a burst of load elsewhere on the
 * machine falls on both, and the ratio is steadier than a ratio of medians.
 */
export function pairedRatio(a, b) {
  const ratios = [];
  a.byRound?.forEach((value, round) => {
    const other = b.byRound?.[round];
    if (value != null && other != null && other > 0) ratios.push(value / other);
  });
  return median(ratios);
}
