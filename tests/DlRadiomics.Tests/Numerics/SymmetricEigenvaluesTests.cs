using DlRadiomics.Numerics;

namespace DlRadiomics.Tests.Numerics;

/// <summary>The symmetric eigenvalue solver (GLCM's MCC, shape's principal moments) against matrices whose eigenvalues are known in closed form.</summary>
public sealed class SymmetricEigenvaluesTests
{
    /// <summary>
    /// The n×n tridiagonal Toeplitz matrix with diagonal a and off-diagonals b has eigenvalues
    /// a + 2b·cos(kπ/(n + 1)), k = 1…n (e.g. Golub and Van Loan, Matrix Computations, 4th ed., §4.8).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(40)]
    public void TridiagonalToeplitzMatrixHasTheClosedFormEigenvalues(int n)
    {
        const double a = 0.6, b = -0.2;
        var matrix = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            matrix[i * n + i] = a;
            if (i + 1 < n) matrix[i * n + i + 1] = matrix[(i + 1) * n + i] = b;
        }
        var expected = Enumerable.Range(1, n).Select(k => a + 2 * b * Math.Cos(k * Math.PI / (n + 1))).Order().ToArray();

        var actual = SymmetricEigenvalues.Compute(matrix, n);

        Assert.Equal(n, actual.Length);
        for (int k = 0; k < n; k++) Assert.Equal(expected[k], actual[k], 1e-14);
    }

    /// <summary>
    /// A dense matrix Q·diag(λ)·Qᵀ built from a Householder reflection Q = I − 2vvᵀ/vᵀv has exactly the eigenvalues λ,
    /// including repeated and zero ones (as the MCC matrix has for grey levels without pairs).
    /// </summary>
    [Fact]
    public void DenseMatrixWithRepeatedAndZeroEigenvaluesIsSolved()
    {
        double[] lambda = [1.0, 0.5, 0.5, 0.0, 0.0, 0.125, 0.9];
        int n = lambda.Length;
        var v = Enumerable.Range(0, n).Select(i => 1.0 + 0.37 * i - 0.05 * i * i).ToArray();
        double vv = v.Sum(x => x * x);
        double Q(int i, int j) => (i == j ? 1 : 0) - 2 * v[i] * v[j] / vv;
        var matrix = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int k = 0; k < n; k++) matrix[i * n + j] += Q(i, k) * lambda[k] * Q(j, k);

        var actual = SymmetricEigenvalues.Compute(matrix, n);

        var expected = lambda.Order().ToArray();
        for (int k = 0; k < n; k++) Assert.Equal(expected[k], actual[k], 1e-14);
    }
}
