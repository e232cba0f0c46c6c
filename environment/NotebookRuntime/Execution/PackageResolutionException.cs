namespace DlRadiomics.Notebooks.Execution;

/// <summary>A <c>#r "nuget: …"</c> package that is neither referenced by the runtime nor in the local NuGet cache.</summary>
public sealed class PackageResolutionException(string message) : Exception(message);
