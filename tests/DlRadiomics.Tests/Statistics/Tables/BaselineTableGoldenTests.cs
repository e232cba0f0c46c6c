using DlRadiomics.Statistics;
using static DlRadiomics.Tests.Statistics.HypothesisTests.StatisticsGolden;
using DlRadiomics.Statistics.Tables;
using DlRadiomics.Tables;

namespace DlRadiomics.Tests.Statistics.Tables;

/// <summary>Baseline tables against an independent R implementation of the studies' rule (make_golden_baseline.R).</summary>
public class BaselineTableGoldenTests
{
    private static List<string[]> Expected(string file)
    {
        using var reader = new StreamReader(Path(file));
        return CsvRows(reader.ReadToEnd());
    }

    private static List<string[]> CsvRows(string text)
    {
        var t = CsvTable.Read(new StringReader(text), "csv").EnsureRectangular();
        return [t.ColumnNames.ToArray(), .. Enumerable.Range(0, t.RowCount).Select(i => t.ColumnNames.Select(c => t.Text(c)[i]).ToArray())];
    }

    public static TheoryData<string, string, string?, string[], string[]> Tables => new()
    {
        { "baseline_infert_by_induced.csv", "infert.csv", "induced", ["age", "parity", "education", "spontaneous"], ["spontaneous"] },
        { "baseline_infert_missing.csv", "infert_missing.csv", null, ["age", "parity", "education"], [] },
        { "baseline_wdbc.csv", "wdbc.csv", null, ["mean_radius", "mean_texture", "mean_smoothness", "mean_concave_points"], [] },
    };

    [Theory, MemberData(nameof(Tables))]
    public void CellsMatchIndependentR(string expectedFile, string dataFile, string? split, string[] variables, string[] categorical)
    {
        string group = dataFile.StartsWith("wdbc") ? "target" : "case";
        var table = BaselineTable.Build(Data(dataFile), group, split, new BaselineTableOptions(Variables: variables, Categorical: categorical));
        var mine = CsvRows(table.ToCsv());
        var expected = Expected(expectedFile);
        Assert.Equal(expected[0], mine[0]);
        Assert.Equal(expected.Count, mine.Count);
        for (int i = 1; i < expected.Count; i++) Assert.Equal(expected[i], mine[i]);
    }

    [Fact]
    public void ThreeGroupsUseKruskalWallisAndAnRByCTable()
    {
        var table = BaselineTable.Build(Data("mtcars.csv"), "cyl", options: new BaselineTableOptions(Variables: ["mpg", "am"]));
        Assert.Equal(["all", "4", "6", "8", "p"], table.Columns);
        var mpg = table.Rows.Single(r => r.Variable == "mpg");
        Assert.Equal("Kruskal–Wallis", mpg.Tests[0]!.Test);
        Close(Case(R, "kruskal", "mtcars_mpg_cyl").Number("p"), mpg.Tests[0]!.PValue);
        var am = table.Rows.First(r => r.Variable == "am");
        Assert.Equal("Fisher exact", am.Tests[0]!.Test);
        var manual = table.Rows.Single(r => r.Variable == "am" && r.Level == "0");
        Assert.Equal(["19(59.38)", "3(27.27)", "4(57.14)", "12(85.71)", ""], manual.Cells);
    }

    [Fact]
    public void MedianIqrUsesRType7Quartiles()
    {
        // R: quantile(mtcars$mpg) and quantile(mtcars$mpg[mtcars$am == 0]) formatted with sprintf("%.2f").
        var table = BaselineTable.Build(Data("mtcars.csv"), "am", options: new BaselineTableOptions(Variables: ["mpg"], Summary: ContinuousSummary.MedianIqr));
        var cells = table.Rows.Single().Cells;
        Assert.Equal("19.20[15.43–22.80]", cells[0]);
        Assert.Equal("17.30[14.95–19.20]", cells[1]);
        var byTest = BaselineTable.Build(Data("wdbc.csv"), "target", options: new BaselineTableOptions(Variables: ["mean_area"], Summary: ContinuousSummary.ByTest));
        Assert.Equal("Mann–Whitney U", byTest.Rows.Single().Tests[0]!.Test);
        Assert.Matches(@"^\d+\.\d{2}\[\d+\.\d{2}–\d+\.\d{2}\]$", byTest.Rows.Single().Cells[0]);
    }

    [Fact]
    public void MissingValuesAreCountedPerVariableOrRejected()
    {
        var data = Data("infert_missing.csv");
        var table = BaselineTable.Build(data, "case", options: new BaselineTableOptions(Variables: ["age", "education", "parity"]));
        Assert.Equal([4], table.Rows.Single(r => r.Variable == "age").Missing);
        Assert.Equal([2], table.Rows.First(r => r.Variable == "education").Missing);
        Assert.Equal([0], table.Rows.Single(r => r.Variable == "parity").Missing);
        var e = Assert.Throws<StatisticsInputException>(() => BaselineTable.Build(data, "case", options: new BaselineTableOptions(Variables: ["age"], Missing: MissingValuePolicy.Error)));
        Assert.Contains("column 'age', row 5", e.Message);
    }

    [Fact]
    public void UntestableVariablesShowNotApplicableWithTheReason()
    {
        var df = new Microsoft.Data.Analysis.DataFrame(
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("g", [0, 0, 0, 1, 1, 1]),
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("x", [5, 5, 5, 5, 5, 5.0]),
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("w", [1.5, 2.5, 3.1, 4.2, 5.0, 6.5]));
        var table = BaselineTable.Build(df, "g", options: new BaselineTableOptions(Variables: ["x", "w"], Continuous: ["x"]));
        var x = table.Rows.Single(r => r.Variable == "x");
        Assert.Equal("n/a", x.Cells[^1]);
        Assert.Contains("identical", Assert.Single(x.Notes));
        Assert.DoesNotContain("NaN", table.ToCsv());
        Assert.Contains("x: no test", table.ToText());
    }

    [SkippableFact]
    public void LayoutHasThePaperTable2Columns()
    {
        var paper = File.ReadLines(SharedData.Path("papers/fan2024_table2.csv")).First().Split(',');
        var df = new Microsoft.Data.Analysis.DataFrame(
            new Microsoft.Data.Analysis.StringDataFrameColumn("cohort", ["training", "training", "training", "training", "test", "test", "test", "test"]),
            new Microsoft.Data.Analysis.StringDataFrameColumn("outcome", ["nonsurgical", "surgical", "nonsurgical", "surgical", "nonsurgical", "surgical", "nonsurgical", "surgical"]),
            new Microsoft.Data.Analysis.DoubleDataFrameColumn("Age", [30, 31, 35, 29, 33, 40, 28, 36.0]));
        var table = BaselineTable.Build(df, "outcome", "cohort");
        var header = table.ToCsv().Split('\n')[0].Split(',');
        Assert.Equal(paper, header[..^1]);
        Assert.Equal("missing", header[^1]);
    }
}
