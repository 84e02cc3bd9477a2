/** The middle value of `xs` (the upper of the two middles for an even count); 0 for none. */
export const median = (xs: number[]): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};
