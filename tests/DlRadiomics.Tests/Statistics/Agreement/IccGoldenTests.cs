using DlRadiomics.Statistics.Agreement;
using DlRadiomics.Tests.Statistics.RocAnalysis;


namespace DlRadiomics.Tests.Statistics.Agreement;

/// <summary>All six ICCs, their F tests and intervals against psych::ICC 2.2.9 (golden_r.R).</summary>
public class IccGoldenTests
{
    private static readonly GoldenValues G = GoldenValues.R;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in new[] { "shrout_fleiss", "attitude", "two_readers" })
            foreach (var form in new[] { "ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k" })
                data.Add(c, form);
        return data;
    }

    internal static IccResult Load(string c, IccOptions? options = null)
    {
        var table = GoldenValues.Table($"icc_{c}.csv");
        return IntraclassCorrelation.Compute(table.Text("subject"), table.Text("rater"), table.Numbers("value"), options);
    }

    [Theory, MemberData(nameof(Cases))]
    public void Icc_f_test_and_interval_match_psych(string c, string psychForm)
    {
        var form = Enum.Parse<IccForm>(psychForm, ignoreCase: true);
        var e = Load(c)[form];
        string g = $"icc:{c}";
        Close.Relative(G.Number(g, $"{psychForm}_icc"), e.Value, what: "ICC");
        Close.Relative(G.Number(g, $"{psychForm}_f"), e.F, what: "F");
        Close.Relative(G.Number(g, $"{psychForm}_df1"), e.Df1, what: "df1");
        Close.Relative(G.Number(g, $"{psychForm}_df2"), e.Df2, what: "df2");
        Close.Relative(G.Number(g, $"{psychForm}_p"), e.PValue, what: "p");
        Close.Relative(G.Number(g, $"{psychForm}_lower"), e.Lower, what: "lower");
        Close.Relative(G.Number(g, $"{psychForm}_upper"), e.Upper, what: "upper");
    }
}
