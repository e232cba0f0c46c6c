namespace DlRadiomics.Notebooks.Tests.Support;

/// <summary>Tests that execute cells, change the working directory or start kernels run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SequentialCollection
{
    public const string Name = "Sequential";
}
