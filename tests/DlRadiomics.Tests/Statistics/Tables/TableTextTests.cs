using DlRadiomics.Statistics.Tables;

namespace DlRadiomics.Tests.Statistics.Tables;

/// <summary>The single p-value and number formats of tables, figures and verbs.</summary>
public sealed class TableTextTests
{
    [Theory]
    [InlineData(0.0004, "<0.001")]
    [InlineData(1e-12, "<0.001")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.3384, "0.338")] // "P = 0.338" as Fan et al. print it
    [InlineData(1.0, "1.000")]
    [InlineData(double.NaN, "n/a")]
    public void PValueFollowsTheStudiesTables(double p, string expected) => Assert.Equal(expected, TableText.PValue(p));

    [Theory]
    [InlineData(0.12345, 3, "0.123")]
    [InlineData(double.NaN, 3, "n/a")]
    [InlineData(double.PositiveInfinity, 3, "+inf")]
    [InlineData(double.NegativeInfinity, 2, "-inf")]
    public void FixedNamesUndefinedAndInfiniteValues(double value, int decimals, string expected) => Assert.Equal(expected, TableText.Fixed(value, decimals));
}
