using DlRadiomics.Learning;

namespace DlRadiomics.Tests.Learning;

/// <summary>
/// The SIMD element loops of the MLP's training step against the scalar rules they replace, bit for bit, on lengths
/// with a scalar tail and on the values where a vector rewrite could differ (−0, NaN, ±∞, exact zeros).
/// </summary>
public sealed class MlpArithmeticTests
{
    private const int Length = 103;

    private static double[] Values(int seed)
    {
        var random = new Random(seed);
        double[] special = [0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon];
        return Enumerable.Range(0, Length)
            .Select(i => i % 9 == 0 ? special[i / 9 % special.Length] : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4)))
            .ToArray();
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

    [Fact]
    public void Rectify_is_h_below_zero_set_to_zero()
    {
        var h = Values(1);
        var expected = h.Select(v => v < 0 ? 0 : v).ToArray();
        MlpNetwork.Rectify(h);
        Assert.Equal(Bits(expected), Bits(h));
    }

    [Theory]
    [InlineData(0.37)]
    [InlineData(-1.25)]
    [InlineData(0.0)]
    [InlineData(-0.0)]
    public void BackPropagate_is_d_times_w2_where_the_unit_is_active(double d)
    {
        var hidden = Values(2);
        var w2 = Values(3);
        var expected = hidden.Select((h, j) => h == 0 ? 0 : d * w2[j]).ToArray();
        var delta = new double[Length];
        MlpTrainer.BackPropagate(delta, d, w2, hidden);
        Assert.Equal(Bits(expected), Bits(delta));
    }

    [Fact]
    public void Penalise_is_the_penalised_sum_divided_by_the_rows()
    {
        var g = Values(4);
        var w = Values(5);
        var expected = g.Select((v, k) => (v + 1e-4 * w[k]) / 200).ToArray();
        MlpTrainer.Penalise(g, 1e-4, w, 200);
        Assert.Equal(Bits(expected), Bits(g));
    }

    [Fact]
    public void AdamStep_is_the_scalar_update_on_every_parameter_array()
    {
        var options = new MlpLearner(LearningRate: 0.01);
        int[] sizes = [Length, 8, 1];
        var adam = new AdamState(options, sizes);
        var random = new Random(6);
        double[][] Draw() => sizes.Select(n => Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray()).ToArray();
        var parameters = Draw();
        var expected = parameters.Select(p => (double[])p.Clone()).ToArray();
        var m = sizes.Select(n => new double[n]).ToArray();
        var v = sizes.Select(n => new double[n]).ToArray();
        for (int t = 1; t <= 3; t++)
        {
            var gradients = Draw();
            adam.Step(parameters, gradients);
            double step = options.LearningRate * Math.Sqrt(1 - Math.Pow(options.Beta2, t)) / (1 - Math.Pow(options.Beta1, t));
            for (int p = 0; p < sizes.Length; p++)
                for (int i = 0; i < sizes[p]; i++)
                {
                    double g = gradients[p][i];
                    m[p][i] = options.Beta1 * m[p][i] + (1 - options.Beta1) * g;
                    v[p][i] = options.Beta2 * v[p][i] + (1 - options.Beta2) * (g * g);
                    expected[p][i] += -step * m[p][i] / (Math.Sqrt(v[p][i]) + options.Epsilon);
                }
            for (int p = 0; p < sizes.Length; p++) Assert.Equal(Bits(expected[p]), Bits(parameters[p]));
        }
    }
}
