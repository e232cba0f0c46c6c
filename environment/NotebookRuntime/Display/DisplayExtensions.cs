using DlRadiomics.Notebooks.Execution;

namespace DlRadiomics.Notebooks.Display;

/// <summary><c>value.Display()</c>, as in .NET Interactive notebooks; the same as <c>display(value)</c>.</summary>
public static class DisplayExtensions
{
    public static void Display(this object? value) => CellContext.Current?.Display(value);
}
