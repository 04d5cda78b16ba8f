/**
 * The little dense linear algebra a meta-regression needs: p × p matrices (p = moderators + 1) built
 * from k rows of the design without ever forming a k × k matrix, so 10,000 studies stay cheap.
 */

export type Matrix = number[][];

/** X' diag(w) X for the design rows X and weights w (plain loops: this is the hot path at large k). */
export function crossWeighted(X: number[][], w: ArrayLike<number>): Matrix {
  const p = X[0]?.length ?? 0;
  const upper = new Float64Array(p * p);
  for (let i = 0; i < X.length; i++) {
    const row = X[i] as number[];
    const wi = w[i] as number;
    for (let r = 0; r < p; r++) {
      const xr = (row[r] as number) * wi;
      for (let c = r; c < p; c++) upper[r * p + c] = (upper[r * p + c] as number) + xr * (row[c] as number);
    }
  }
  return Array.from({ length: p }, (_, r) =>
    Array.from({ length: p }, (__, c) => upper[Math.min(r, c) * p + Math.max(r, c)] as number),
  );
}

/** X' diag(w) y. */
export function crossWeightedY(X: number[][], w: ArrayLike<number>, y: ArrayLike<number>): number[] {
  const p = X[0]?.length ?? 0;
  const out = new Float64Array(p);
  for (let i = 0; i < X.length; i++) {
    const row = X[i] as number[];
    const wy = (w[i] as number) * (y[i] as number);
    for (let r = 0; r < p; r++) out[r] = (out[r] as number) + (row[r] as number) * wy;
  }
  return Array.from(out);
}

/** Cholesky factor L (A = LL') of a symmetric positive definite matrix, or null if it is not. */
export function cholesky(A: Matrix): Matrix | null {
  const n = A.length;
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let diagonal = A[j]?.[j] as number;
    for (let m = 0; m < j; m++) diagonal -= (L[j]?.[m] as number) ** 2;
    if (!(diagonal > 0)) return null;
    const ljj = Math.sqrt(diagonal);
    (L[j] as number[])[j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = A[i]?.[j] as number;
      for (let m = 0; m < j; m++) s -= (L[i]?.[m] as number) * (L[j]?.[m] as number);
      (L[i] as number[])[j] = s / ljj;
    }
  }
  return L;
}

/** The inverse of a symmetric positive definite matrix (through its Cholesky factor). */
export function inverse(A: Matrix): Matrix {
  const L = cholesky(A);
  if (!L) throw new Error('matrix is not positive definite');
  const n = A.length;
  return Array.from({ length: n }, (_, c) => solveWithCholesky(L, unit(n, c)));
}

/** log det A for a symmetric positive definite A. */
export function logDeterminant(A: Matrix): number {
  const L = cholesky(A);
  if (!L) throw new Error('matrix is not positive definite');
  return L.reduce((sum, row, i) => sum + 2 * Math.log(row[i] as number), 0);
}

export const multiply = (A: Matrix, B: Matrix): Matrix =>
  A.map((row) => (B[0] ?? []).map((_, c) => row.reduce((s, a, m) => s + a * (B[m]?.[c] as number), 0)));

export const multiplyVector = (A: Matrix, v: number[]): number[] =>
  A.map((row) => row.reduce((s, a, c) => s + a * (v[c] as number), 0));

/** tr(AB) for square A and B. */
export const traceOfProduct = (A: Matrix, B: Matrix): number =>
  A.reduce((s, row, i) => s + row.reduce((t, a, m) => t + a * (B[m]?.[i] as number), 0), 0);

export const submatrix = (A: Matrix, indices: number[]): Matrix =>
  indices.map((r) => indices.map((c) => A[r]?.[c] as number));

function solveWithCholesky(L: Matrix, b: number[]): number[] {
  const n = L.length;
  const z = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    for (let m = 0; m < i; m++) s -= (L[i]?.[m] as number) * (z[m] as number);
    z[i] = s / (L[i]?.[i] as number);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let m = i + 1; m < n; m++) s -= (L[m]?.[i] as number) * (x[m] as number);
    x[i] = s / (L[i]?.[i] as number);
  }
  return x;
}

const unit = (n: number, at: number) => Array.from({ length: n }, (_, i) => (i === at ? 1 : 0));
