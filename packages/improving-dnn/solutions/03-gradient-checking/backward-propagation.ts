/**
 * The backward pass of J(θ) = θ·x: the derivative of J with respect to θ, computed
 * analytically (the value gradient checking will verify).
 *
 * @param x a real-valued input
 * @param theta the parameter θ, a real number
 * @returns dθ = ∂J/∂θ
 */
// biome-ignore lint/correctness/noUnusedFunctionParameters: the notebook's signature; dθ does not depend on θ
export function backwardPropagation(x: number, theta: number): number {
  return x;
}
