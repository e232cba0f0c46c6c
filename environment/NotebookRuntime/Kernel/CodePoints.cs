namespace DlRadiomics.Notebooks.Kernel;

/// <summary>Jupyter counts cursor positions in Unicode code points; .NET strings index UTF-16 code units.</summary>
internal static class CodePoints
{
    public static int ToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var seen = 0; seen < codePoints && index < text.Length; seen++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
        return index;
    }

    public static int FromUtf16(string text, int index)
    {
        var count = 0;
        for (var i = 0; i < index && i < text.Length; i++)
            if (!char.IsLowSurrogate(text[i])) count++;
        return count;
    }
}
