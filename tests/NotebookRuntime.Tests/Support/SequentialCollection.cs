namespace DlRadiomics.Notebooks.Tests.Support;

/// <summary>Tests that change the process's working directory or start kernels run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SequentialCollection
{
    public const string Name = "Sequential";
}
