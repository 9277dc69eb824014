export function basicSigmoid(x: number): number {
  const s = 1 / (1 + Math.exp(-x));
  return s;
}
