using DlRadiomics.Statistics.Regression;
using DlRadiomics.Statistics.Tables;
using DlRadiomics.Statistics;
using DlRadiomics.Tables;
using Microsoft.Data.Analysis;

namespace DlRadiomics.Tests.Statistics.Tables;

public class DataTableLoaderTests
{
    private static DataFrame Load(string text) => DataTableLoader.Load(new StringReader(text), "t.csv");

    [Fact]
    public void InfersNumericAndTextColumnsAndMissingTokens()
    {
        var df = Load("id,sex,age,score\n1,F,30,1.5\n2,\"M, adult\",NA,\n3,F,41,nan\n");
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["age"]);
        Assert.IsType<StringDataFrameColumn>(df.Columns["sex"]);
        Assert.Equal("M, adult", df.Columns["sex"][1]);
        Assert.Null(df.Columns["age"][1]);
        Assert.Null(df.Columns["score"][1]);
        Assert.Null(df.Columns["score"][2]);
        Assert.Equal(41.0, df.Columns["age"][2]);
    }

    [Fact]
    public void RaggedRowNamesFileAndLine()
    {
        var e = Assert.Throws<CsvTableException>(() => Load("a,b\n1,2\n3\n"));
        Assert.StartsWith("t.csv: ", e.Message);
        Assert.Contains("3", e.Message);
    }

    [Fact]
    public void DuplicateHeadersAndMissingFilesAreRejected()
    {
        Assert.Contains("'a'", Assert.Throws<CsvTableException>(() => Load("a,b,a\n1,2,3\n")).Message);
        Assert.Equal("/no/such/file.csv", Assert.Throws<CsvTableException>(() => DataTableLoader.Load("/no/such/file.csv")).FilePath);
    }

    [Fact]
    public void TextInANumericModelColumnNamesRowAndColumn()
    {
        var df = Load("y,x\n0,1\n1,2\n0,3\n1,4\n");
        df.Columns.Add(new StringDataFrameColumn("t", ["1", "2", "oops", "4"]));
        var e = Assert.Throws<StatisticsInputException>(() => InteractionTerm.AddProductColumn(df, "x", "t"));
        Assert.Contains("column 't', row 3: 'oops' is not a number", e.Message);
    }
}
