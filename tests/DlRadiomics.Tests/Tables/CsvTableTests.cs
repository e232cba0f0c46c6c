using DlRadiomics.Tables;
using DlRadiomics.Tests.Imaging;

namespace DlRadiomics.Tests.Tables;

public class CsvTableTests
{
    private static CsvTable Parse(string text) => CsvTable.Read(new StringReader(text), "t.csv");

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_know_their_first_line()
    {
        var table = Parse("id,note\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\nnext line\"\r\n\r\n3,plain\r\n");
        Assert.Equal(["id", "note"], table.ColumnNames);
        Assert.Equal(["a, b", "say \"hi\"\nnext line", "plain"], table.Text("note"));
        Assert.Equal([2, 3, 6], table.Rows.Select(r => r.Line));
        Assert.Equal([1, 2, 3], table.Rows.Select(r => r.Row));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        string path = TempFile.Path(".csv");
        File.WriteAllText(path, "x,y\n1,2\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(["x", "y"], CsvTable.Read(path).ColumnNames);
        Assert.Equal(["x"], Parse("\uFEFFx\n1\n").ColumnNames);
    }

    [Fact]
    public void Errors_name_file_line_and_column()
    {
        var unclosed = Assert.Throws<CsvTableException>(() => Parse("a,b\n1,\"open\n2,3\n"));
        Assert.Equal(("t.csv", 2), (unclosed.FilePath, unclosed.Line));

        var number = Assert.Throws<CsvTableException>(() => Parse("a,b\n1,2\n3,x\n").Numbers("b"));
        Assert.Equal((3, "b"), (number.Line, number.Column));
        Assert.Contains("'x' is not a number", number.Message);

        var ragged = Assert.Throws<CsvTableException>(() => Parse("a,b\n1,2\n3\n").EnsureRectangular());
        Assert.Equal(3, ragged.Line);
    }

    [Fact]
    public void A_binary_outcome_is_0_1_or_two_text_values_whose_second_is_the_event_unless_named()
    {
        var zeroOne = Parse("y\n1\n0\nNA\ntrue\n").Binary("y", positive: null);
        Assert.Equal([1, 0, -1, 1], zeroOne.Values);
        Assert.Equal("1", zeroOne.EventValue);

        var text = Parse("y\nPoor\nGood\nNA\nPoor\n");
        Assert.Equal([1, 0, -1, 1], text.Binary("y", null).Values);
        Assert.Equal("Poor", text.Binary("y", null).EventValue);
        Assert.Equal([0, 1, -1, 0], text.Binary("y", "Good").Values);
        Assert.Equal([1, 0], Parse("y\n0\n1\n").Binary("y", "0").Values);

        var three = Assert.Throws<CsvTableException>(() => Parse("y\na\nb\nb\nc\n").Binary("y", null));
        Assert.Equal((5, "y"), (three.Line, three.Column));
        Assert.Contains("3 classes ('a', 'b', 'c')", three.Message);
        var single = Assert.Throws<CsvTableException>(() => Parse("y\na\na\n").Binary("y", null));
        Assert.Contains("single class 'a'", single.Message);
        var coded = Assert.Throws<CsvTableException>(() => Parse("y\n1\n2\n").Binary("y", null));
        Assert.Equal(3, coded.Line);
        Assert.Contains("name the event value", coded.Message);
        Assert.Equal([0, 1], Parse("y\n1\n2\n").Binary("y", "2").Values);
        Assert.Throws<CsvTableException>(() => Parse("y\n1\n0\n").Binary("y", "2"));
    }

    [Fact]
    public void A_semicolon_or_tab_separated_file_is_named_as_such()
    {
        var ragged = Assert.Throws<CsvTableException>(() => Parse("y;s\n0;0,1\n1;0,8\n").EnsureRectangular());
        Assert.Contains("looks semicolon-separated", ragged.Message);
        var column = Assert.Throws<CsvTableException>(() => Parse("y\ts\n0\t0.1\n").Text("y"));
        Assert.Contains("looks tab-separated", column.Message);
        Assert.DoesNotContain("separated", Assert.Throws<CsvTableException>(() => Parse("y,s\n0,1\n").Text("z")).Message);
    }

    [Fact]
    public void Rows_are_kept_as_written_until_a_rectangular_table_is_asked_for()
    {
        var table = Parse("a,b\n1\n2,3,4\n");
        Assert.Equal([1, 3], table.Rows.Select(r => r.Cells.Count));
        Assert.Null(table.Rows[0].Cell(1));
        Assert.Equal(["", "3"], table.Text("b"));
        Assert.Equal([0], table.MissingRows("b"));
    }

    [Fact]
    public void Written_fields_read_back_unchanged()
    {
        string[] header = ["name", "value"];
        string[][] rows = [["a,b", "1"], ["say \"hi\"", "line\nbreak"], ["", "NA"]];
        var table = Parse(CsvText.Table(header, rows));
        Assert.Equal(header, table.ColumnNames);
        Assert.Equal(rows, table.Rows.Select(r => r.Cells.ToArray()));
    }
}
