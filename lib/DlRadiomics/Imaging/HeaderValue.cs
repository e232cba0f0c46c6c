using System.Globalization;
using System.Text;

namespace DlRadiomics.Imaging;

/// <summary>Header values quoted in error messages, printable whatever bytes a corrupt file put in them.</summary>
internal static class HeaderValue
{
    /// <summary>The value with control and non-ASCII characters shown as <c>\xNN</c> (<c>36\x01x</c>).</summary>
    public static string Show(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (char c in value)
            text.Append(c is >= ' ' and <= '~' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"));
        return text.ToString();
    }
}
