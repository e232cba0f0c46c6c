using System.Globalization;
using System.Text.RegularExpressions;
using DlRadiomics.Cohort;
using Microsoft.Data.Analysis;
using DlRadiomics.Tables;

namespace DlRadiomics.Tests.Cohort;

public class SurgicalRiskCohortTests
{
    private static readonly Lazy<SyntheticCohort> Default = new(() => SurgicalRiskCohortGenerator.Generate());
    private static readonly PublishedBaselineTable Table2 = PublishedBaselineTable.Load(RepoPaths.Fixture("Cohort/fan2024_table2.csv"));

    private static bool[] Members(SyntheticCohort cohort, BaselineColumn column)
    {
        var cohorts = cohort.Texts("Cohort");
        var surgery = cohort.Numbers("Surgery");
        return Enumerable.Range(0, cohort.Count).Select(i => cohorts[i] == column.Cohort && column.Group switch
        {
            BaselineColumn.All => true,
            "surgical" => surgery[i] == 1,
            "nonsurgical" => surgery[i] == 0,
            _ => throw new InvalidDataException($"unknown group '{column.Group}' in the Table 2 fixture"),
        }).ToArray();
    }

    /// <summary>The generated value of a Table 2 row for one patient: the numeric value, or 1/0 for "is at this level".</summary>
    private static Func<int, double?> Accessor(SyntheticCohort cohort, PublishedBaselineRow row)
    {
        if (row.Level is null)
        {
            var numbers = cohort.Numbers(SurgicalRiskModel.Continuous.Single(v => v.Table2Name == row.Variable).Column);
            return i => numbers[i];
        }
        if (row.Variable == SurgicalRiskModel.MsuTable2Name)
        {
            var msu = cohort.Texts("MSU");
            return i => msu[i] is null ? null : msu[i] == row.Level ? 1 : 0;
        }
        var binary = SurgicalRiskModel.Binary.Single(v => v.Table2Name == row.Variable);
        var codes = cohort.Numbers(binary.Column);
        double code = row.Level == binary.LevelCodedOne ? 1 : 0;
        return i => codes[i] is null ? null : codes[i] == code ? 1 : 0;
    }

    [Fact]
    public void The_cohort_has_the_published_sizes_and_outcome_counts()
    {
        var cohort = Default.Value;
        var cohorts = cohort.Texts("Cohort");
        var surgery = cohort.Numbers("Surgery");
        Assert.Equal(1066, cohorts.Count(c => c == "training"));
        Assert.Equal(404, Enumerable.Range(0, cohort.Count).Count(i => cohorts[i] == "training" && surgery[i] == 1));
        Assert.Equal(191, cohorts.Count(c => c == "test"));
        Assert.Equal(47, Enumerable.Range(0, cohort.Count).Count(i => cohorts[i] == "test" && surgery[i] == 1));
    }

    [Fact]
    public void Every_Table2_cell_is_matched_within_tolerance()
    {
        var cohort = Default.Value;
        var failures = new List<string>();
        int checkedCells = 0;
        foreach (var row in Table2.Rows)
        {
            var value = Accessor(cohort, row);
            foreach (var (column, target) in row.Cells)
            {
                var values = Enumerable.Range(0, cohort.Count).Where(Members(cohort, column).ElementAt).Select(value).OfType<double>().ToArray();
                checkedCells++;
                if (target.IsContinuous)
                {
                    double mean = values.Average(), sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
                    if (Math.Abs(mean - target.Mean!.Value) > 0.05 * Math.Abs(target.Mean.Value))
                        failures.Add($"{row.Variable} {column}: mean {mean:F2} vs {target.Mean:F2}");
                    if (Math.Abs(sd - target.StandardDeviation!.Value) > 0.05 * target.StandardDeviation.Value)
                        failures.Add($"{row.Variable} {column}: SD {sd:F2} vs {target.StandardDeviation:F2}");
                }
                else
                {
                    double percent = 100 * values.Average();
                    if (Math.Abs(percent - target.Percent!.Value) > 2)
                        failures.Add($"{row.Variable} = {row.Level} {column}: {percent:F2}% vs {target.Percent:F2}%");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCells > 400, $"only {checkedCells} Table 2 cells were compared");
    }

    [Fact]
    public void Missing_values_appear_only_in_the_documented_columns_at_about_the_configured_rate()
    {
        var cohort = Default.Value;
        foreach (var field in cohort.Schema.Fields.Where(f => f.Type != FieldType.String))
        {
            double rate = cohort.Numbers(field.Name).Count(v => v is null) / (double)cohort.Count;
            if (SurgicalRiskModel.ColumnsWithMissingValues.Contains(field.Name)) Assert.InRange(rate, 0.002, 0.025);
            else Assert.Equal(0, rate);
        }
        var complete = SurgicalRiskCohortGenerator.Generate(new SurgicalRiskCohortOptions(MissingRate: 0));
        Assert.All(SurgicalRiskModel.ColumnsWithMissingValues, c => Assert.DoesNotContain(null, complete.Numbers(c)));
    }

    private static double Correlation(IReadOnlyList<double?> a, IReadOnlyList<double?> b, bool[] members)
    {
        var pairs = Enumerable.Range(0, a.Count).Where(i => members[i] && a[i] is not null && b[i] is not null).Select(i => (X: a[i]!.Value, Y: b[i]!.Value)).ToArray();
        double mx = pairs.Average(p => p.X), my = pairs.Average(p => p.Y);
        return pairs.Sum(p => (p.X - mx) * (p.Y - my)) / Math.Sqrt(pairs.Sum(p => (p.X - mx) * (p.X - mx)) * pairs.Sum(p => (p.Y - my) * (p.Y - my)));
    }

    [Fact]
    public void Variables_are_correlated_plausibly_within_an_outcome_group()
    {
        var cohort = Default.Value;
        var group = Members(cohort, new BaselineColumn("training", "nonsurgical"));
        var msuSize = cohort.Texts("MSU").Select(m => m is null ? (double?)null : m[0] - '0').ToArray();
        Assert.InRange(Correlation(cohort.Numbers("VAS"), cohort.Numbers("ODI"), group), 0.35, 0.75);
        Assert.InRange(Correlation(cohort.Numbers("PfirrmannGrade"), msuSize, group), 0.15, 0.6);
        Assert.InRange(Correlation(cohort.Numbers("PfirrmannSevere"), cohort.Numbers("ModicChange"), group), 0.1, 0.6);
        Assert.InRange(Correlation(cohort.Numbers("Sex"), cohort.Numbers("PMMCSA"), group), 0.1, 0.5);
        Assert.InRange(Math.Abs(Correlation(cohort.Numbers("Smoke"), cohort.Numbers("APSH"), group)), 0, 0.1);
    }

    [Fact]
    public void Grades_agree_with_their_mild_severe_grouping()
    {
        var cohort = Default.Value;
        var pairs = new[] { ("PfirrmannGrade", "PfirrmannSevere", 4.0), ("MMFI", "MMFISevere", 3), ("ESMFI", "ESMFISevere", 3), ("QLMFI", "QLMFISevere", 3), ("PMMFI", "PMMFISevere", 3) };
        foreach (var (grade, severe, threshold) in pairs)
            for (int i = 0; i < cohort.Count; i++)
                Assert.Equal(cohort.Numbers(severe)[i], cohort.Numbers(grade)[i] >= threshold ? 1 : 0);
    }

    private static (double LogOr, double Intercept) UnivariateLogistic(double[] x, double[] y)
    {
        double mean = x.Average(), scale = Math.Max(1e-12, Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length));
        var z = x.Select(v => (v - mean) / scale).ToArray();
        double b0 = 0, b1 = 0;
        for (int iteration = 0; iteration < 50; iteration++)
        {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (int i = 0; i < z.Length; i++)
            {
                double p = 1 / (1 + Math.Exp(-(b0 + b1 * z[i]))), w = p * (1 - p);
                g0 += y[i] - p; g1 += (y[i] - p) * z[i];
                h00 += w; h01 += w * z[i]; h11 += w * z[i] * z[i];
            }
            double det = h00 * h11 - h01 * h01;
            b0 += (h11 * g0 - h01 * g1) / det;
            b1 += (h00 * g1 - h01 * g0) / det;
        }
        return (b1 / scale, b0 - b1 * mean / scale);
    }

    [Fact]
    public void Univariate_odds_ratios_have_the_signs_and_rough_sizes_of_Table3()
    {
        var cohort = Default.Value;
        var training = Members(cohort, new BaselineColumn("training", BaselineColumn.All));
        var table3 = CsvTableRows(RepoPaths.Fixture("Cohort/fan2024_table3.csv"));
        var mapping = CsvTableRows(RepoPaths.Fixture("Cohort/table3_columns.csv"));
        Assert.Equal(table3.Select(r => r["variable"]).Order(), mapping.Select(r => r["variable"]).Order());
        var failures = new List<string>();
        foreach (var map in mapping.Where(m => m["check"] != "skip"))
        {
            var paper = table3.Single(r => r["variable"] == map["variable"]);
            var m = Regex.Match(paper["univariate_OR_95CI"], @"^\s*([\d.]+)\s*\(\s*([\d.]+)\s*[–-]\s*([\d.]+)\s*\)");
            double or = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            double lo = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), hi = double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            var x = cohort.Numbers(map["column"]);
            var y = cohort.Numbers("Surgery");
            var rows = Enumerable.Range(0, cohort.Count).Where(i => training[i] && x[i] is not null).ToArray();
            var (logOr, _) = UnivariateLogistic(rows.Select(i => x[i]!.Value).ToArray(), rows.Select(i => y[i]!.Value).ToArray());
            bool paperSignificant = lo > 1 || hi < 1;
            string what = $"{map["variable"]}: generated OR {Math.Exp(logOr):G4}, paper {or:G4} ({lo}–{hi})";
            if (paperSignificant && Math.Sign(logOr) != Math.Sign(Math.Log(or))) failures.Add("sign — " + what);
            // 'size': within a factor 2.5 on the log scale, or both ORs inside the paper's confidence interval region near 1.
            if (map["check"] == "size" && paperSignificant)
            {
                double ratio = logOr / Math.Log(or);
                if (ratio is < 0.4 or > 2.5) failures.Add("size — " + what);
            }
            if (map["check"] == "size" && !paperSignificant && (Math.Exp(logOr) < lo / 1.25 || Math.Exp(logOr) > hi * 1.25))
                failures.Add("outside the paper's CI — " + what);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_same_seed_gives_the_same_table_and_another_seed_a_different_one()
    {
        using var dir = new TempFolder();
        var options = SurgicalRiskCohortOptions.Scaled(120, seed: 5);
        SurgicalRiskCohortGenerator.Generate(options).WriteCsv(dir.PathOf("a.csv"));
        SurgicalRiskCohortGenerator.Generate(options).WriteCsv(dir.PathOf("b.csv"));
        SurgicalRiskCohortGenerator.Generate(options with { Seed = 6 }).WriteCsv(dir.PathOf("c.csv"));
        Assert.Equal(File.ReadAllBytes(dir.PathOf("a.csv")), File.ReadAllBytes(dir.PathOf("b.csv")));
        Assert.NotEqual(File.ReadAllBytes(dir.PathOf("a.csv")), File.ReadAllBytes(dir.PathOf("c.csv")));
    }

    [Fact]
    public void The_csv_conforms_to_the_clinical_schema_and_the_DataFrame_is_typed()
    {
        using var dir = new TempFolder();
        var cohort = Default.Value;
        string path = dir.PathOf("clinical.csv");
        cohort.WriteCsv(path);
        var report = SchemaValidator.Validate(path, TableSchema.BuiltIn("clinical"));
        Assert.True(report.IsValid, report.Format());
        Assert.Equal(1257, report.RowCount);

        DataFrame frame = cohort.ToDataFrame();
        Assert.Equal(cohort.Schema.Fields.Select(f => f.Name), frame.Columns.Select(c => c.Name));
        Assert.Equal(typeof(int), frame.Columns["Surgery"].DataType);
        Assert.Equal(typeof(double), frame.Columns["VAS"].DataType);
        Assert.Equal(typeof(string), frame.Columns["MSU"].DataType);
        Assert.Equal(cohort.Numbers("BMI").Count(v => v is null), frame.Columns["BMI"].NullCount);
    }

    private static List<Dictionary<string, string>> CsvTableRows(string path)
    {
        var table = CsvTable.Read(path);
        return table.Rows.Select(r => table.ColumnNames.Select((h, i) => (h, v: r.Cell(i) ?? "")).ToDictionary(x => x.h, x => x.v)).ToList();
    }
}
