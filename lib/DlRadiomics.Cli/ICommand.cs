namespace DlRadiomics.Cli;

/// <summary>A verb of the <c>dlr</c> tool. Implementations are found by reflection, one class per verb.</summary>
public interface ICommand
{
    /// <summary>The verb as typed, e.g. <c>extract</c> or <c>stats roc</c> (a group and a sub-verb).</summary>
    string Name { get; }

    /// <summary>One line for <c>dlr --help</c>.</summary>
    string Summary { get; }

    /// <summary>Full usage text printed on <c>--help</c> or a usage error.</summary>
    string Usage { get; }

    /// <summary>Runs the verb; returns the process exit code.</summary>
    int Run(CliArguments args, TextWriter stdout, TextWriter stderr);
}
