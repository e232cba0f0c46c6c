namespace DlRadiomics.Statistics.Regression;

/// <summary>
/// Detects complete and quasi-complete separation of a binary outcome by linear programming (Konis 2007, the check of
/// R's <c>safeBinaryRegression</c> and <c>detectseparation</c>): the maximum-likelihood estimate of a logistic model
/// is infinite exactly when some direction d ≠ 0 keeps every row on its outcome's side, aᵢᵀd ≥ 0 with
/// aᵢ = (2yᵢ − 1)·xᵢ, and strictly for at least one row (Albert and Anderson 1984).
/// </summary>
/// <remarks>
/// The test is the linear programme max Σᵢ aᵢᵀd subject to aᵢᵀd ≥ 0 for every row and −1 ≤ dⱼ ≤ 1 (columns scaled to
/// a largest magnitude of 1). It is feasible (d = 0) and bounded; its optimum is positive exactly under separation.
/// It is solved as its dual, min Σⱼ (uⱼ + vⱼ) subject to Σᵢ (1 + λᵢ)·aᵢ = u − v with λ, u, v ≥ 0 (the optimum is 0 exactly
/// when strictly positive weights balance the rows, Stiemke's lemma): a simplex with one row per design column and a
/// feasible start, entering the column of most negative reduced cost (Dantzig) and, after 2·(columns + rows) pivots,
/// by Bland's rule, which cannot cycle. The primal direction is the dual's simplex multipliers.
/// Rows strictly separated by that direction are set aside and the test repeated on the rest (a direction for the rest
/// plus a large multiple of the first keeps both on their sides), until no further row separates: separation is
/// complete when every row is set aside. Fitted probabilities numerically 0 or 1 alone (R's glm warning) do not imply
/// separation: well separated but overlapping groups give large, finite estimates.
/// </remarks>
public static class SeparationCheck
{
    private const double Tolerance = 1e-9;

    /// <summary>Separation of <paramref name="outcome"/> (0/1) by rows × predictors, with an intercept column added when <paramref name="fitIntercept"/>.</summary>
    public static SeparationResult Diagnose(double[][] rows, IReadOnlyList<int> outcome, bool fitIntercept = true)
    {
        if (rows.Length != outcome.Count) throw new StatisticsInputException($"separation check: {rows.Length} rows but {outcome.Count} outcome values.");
        int n = rows.Length, p = n > 0 ? rows[0].Length : 0, shift = fitIntercept ? 1 : 0, k = p + shift;
        var columns = new double[n * k];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (rows[i].Length != p) throw new StatisticsInputException($"separation check: row {i + 1} has {rows[i].Length} values, row 1 has {p}.");
            if (outcome[i] is not (0 or 1)) throw new StatisticsInputException($"separation check: outcome row {i + 1} is {outcome[i]}; it must be 0 or 1.");
            y[i] = outcome[i];
            if (fitIntercept) columns[i] = 1;
            for (int j = 0; j < p; j++) columns[(j + shift) * n + i] = rows[i][j];
        }
        return Diagnose(columns, y, n, k);
    }

    /// <summary>Separation for a design stored column by column (column j at [j·n, j·n + n)) and a 0/1 outcome.</summary>
    internal static SeparationResult Diagnose(double[] columns, double[] y, int n, int k)
    {
        // Row i of a: (2yᵢ − 1)·xᵢ, each column scaled to a largest magnitude of 1 (separation is invariant to it).
        var a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = new double[k];
        for (int j = 0; j < k; j++)
        {
            double scale = 0;
            for (int i = 0; i < n; i++) scale = Math.Max(scale, Math.Abs(columns[j * n + i]));
            if (scale == 0) scale = 1;
            for (int i = 0; i < n; i++) a[i][j] = (2 * y[i] - 1) * columns[j * n + i] / scale;
        }
        var direction = new int[k];
        var remaining = Enumerable.Range(0, n).ToList();
        while (remaining.Count > 0)
        {
            var d = MostSeparatingDirection(remaining.Select(i => a[i]).ToArray(), k);
            if (d is null) break;
            var separated = remaining.Where(i => Dot(a[i], d) > Tolerance * (1 + a[i].Sum(Math.Abs))).ToHashSet();
            if (separated.Count == 0) break;
            for (int j = 0; j < k; j++)
                if (direction[j] == 0 && Math.Abs(d[j]) > Tolerance) direction[j] = Math.Sign(d[j]);
            remaining.RemoveAll(separated.Contains);
        }
        int count = n - remaining.Count;
        var kind = count == 0 ? SeparationKind.None : remaining.Count == 0 ? SeparationKind.Complete : SeparationKind.QuasiComplete;
        return new SeparationResult(kind, count, direction);
    }

    /// <summary>
    /// The maximiser d of Σ aᵢᵀd over aᵢᵀd ≥ 0, −1 ≤ d ≤ 1, or null when the maximum is 0 (no separating direction),
    /// from the dual simplex described in the class remarks.
    /// </summary>
    private static double[]? MostSeparatingDirection(double[][] a, int k)
    {
        int m = a.Length, width = m + 2 * k;
        // Columns: λ₁…λ_m (−aᵢ), u₁…u_k (+eⱼ), v₁…v_k (−eⱼ); right-hand side c = Σ aᵢ. A row with cⱼ < 0 is negated so that
        // vⱼ starts basic; the tableau B⁻¹[columns] does not depend on that sign.
        var tableau = new double[k][];
        var rhs = new double[k];
        var basis = new int[k];
        for (int j = 0; j < k; j++)
        {
            var row = tableau[j] = new double[width];
            double c = 0;
            for (int i = 0; i < m; i++) { row[i] = -a[i][j]; c += a[i][j]; }
            row[m + j] = 1;
            row[m + k + j] = -1;
            rhs[j] = c;
            if (c < 0)
            {
                for (int col = 0; col < width; col++) row[col] = -row[col];
                rhs[j] = -c;
                basis[j] = m + k + j;
            }
            else basis[j] = m + j;
        }
        double Cost(int col) => col < m ? 0 : 1;
        var reduced = new double[width];
        for (int iteration = 0; ; iteration++)
        {
            if (iteration > 50 * (width + k))
                throw new InvalidOperationException($"separation check: the simplex made {iteration} pivots on {m} rows × {k} columns without finishing.");
            for (int col = 0; col < width; col++)
            {
                double r = Cost(col);
                for (int j = 0; j < k; j++) r -= Cost(basis[j]) * tableau[j][col];
                reduced[col] = r;
            }
            bool bland = iteration > 2 * (width + k);
            int entering = -1;
            for (int col = 0; col < width; col++)
                if (reduced[col] < -Tolerance && (entering < 0 || (!bland && reduced[col] < reduced[entering]))) entering = col;
            if (entering < 0) break;
            int leaving = -1;
            double best = double.PositiveInfinity;
            for (int j = 0; j < k; j++)
            {
                double t = tableau[j][entering];
                if (t <= Tolerance) continue;
                double ratio = rhs[j] / t;
                if (leaving < 0 || ratio < best - Tolerance || (ratio <= best + Tolerance && basis[j] < basis[leaving])) { best = Math.Min(best, ratio); leaving = j; }
            }
            // The objective is a sum of non-negative variables, so every descent direction is blocked by some row.
            if (leaving < 0) throw new InvalidOperationException($"separation check: the simplex found an unbounded direction in a bounded programme ({m} rows × {k} columns).");
            Pivot(tableau, rhs, leaving, entering);
            basis[leaving] = entering;
        }
        double objective = 0;
        for (int j = 0; j < k; j++) objective += Cost(basis[j]) * rhs[j];
        if (objective <= Tolerance * (1 + m)) return null;
        // Simplex multipliers π = c_Bᵀ B⁻¹ from the reduced costs of the uⱼ columns: r(uⱼ) = 1 − πⱼ.
        return Enumerable.Range(0, k).Select(j => 1 - reduced[m + j]).ToArray();
    }

    private static void Pivot(double[][] tableau, double[] rhs, int row, int col)
    {
        var pivotRow = tableau[row];
        double pivot = pivotRow[col];
        for (int c = 0; c < pivotRow.Length; c++) pivotRow[c] /= pivot;
        rhs[row] /= pivot;
        for (int j = 0; j < tableau.Length; j++)
        {
            if (j == row) continue;
            double factor = tableau[j][col];
            if (factor == 0) continue;
            var target = tableau[j];
            for (int c = 0; c < target.Length; c++) target[c] -= factor * pivotRow[c];
            rhs[j] -= factor * rhs[row];
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int j = 0; j < a.Length; j++) s += a[j] * b[j];
        return s;
    }
}
