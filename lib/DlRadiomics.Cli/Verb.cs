using System.CommandLine;

namespace DlRadiomics.Cli;

/// <summary>
/// A verb of the <c>dlr</c> tool, built on System.CommandLine. <see cref="Dlr"/> finds every non-abstract subclass by
/// reflection, so adding a verb is adding one sealed class:
/// <code>
/// public sealed class DeepCommand : Verb
/// {
///     private readonly Option&lt;string&gt; _manifest = CliOption.Required("--manifest", "cases to embed", "M.csv");
///     private readonly Option&lt;int&gt; _jobs = CliOption.Int("--jobs", "cases in parallel", Environment.ProcessorCount);
///
///     public DeepCommand() : base("deep", "deep features of every case in a manifest") => Add(_manifest, _jobs);
///
///     protected override int Run(ParseResult parse, TextWriter stdout, TextWriter stderr)
///     {
///         var result = DeepFeatures.Run(new DeepFeatureOptions(parse.GetValue(_manifest)!, parse.GetValue(_jobs)));
///         …
///         return 0;
///     }
/// }
/// </code>
/// The name is the words typed after <c>dlr</c> (<c>"learn compare"</c> adds <c>compare</c> to the group
/// <c>learn</c>, created on first use). Options are typed fields made with <see cref="CliOption"/> (or
/// <see cref="ChoiceOption{T}"/>); their help text carries no "(default …)" since the help prints the default.
/// Checks that combine options go in <see cref="Validate"/>: each message it yields is a usage error (exit 2, the
/// message and the verb's help on stderr). <see cref="Run"/> calls a library class and returns the exit code; a
/// <see cref="DlRadiomicsException"/> or <see cref="IOException"/> thrown from it is a data error (exit 1).
/// </summary>
public abstract class Verb
{
    protected Verb(string name, string summary)
    {
        Name = name;
        Summary = summary;
        Command = new Command(name.Split(' ')[^1], summary);
        Command.SetAction(parse => Run(parse, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
    }

    /// <summary>The words typed after <c>dlr</c>, e.g. <c>extract</c> or <c>stats roc</c>.</summary>
    public string Name { get; }

    /// <summary>One line for the command list of <c>dlr --help</c>.</summary>
    public string Summary { get; }

    /// <summary>Text printed after the options in the verb's help (output format, exit codes), or null.</summary>
    public virtual string? Notes => null;

    /// <summary>The System.CommandLine command of this verb, with its options and action.</summary>
    public Command Command { get; }

    /// <summary>Adds the verb's options and arguments in the order the help lists them.</summary>
    protected void Add(params Symbol[] symbols)
    {
        foreach (var symbol in symbols)
        {
            if (symbol is Option option) Command.Options.Add(option);
            else Command.Arguments.Add((Argument)symbol);
        }
    }

    /// <summary>Usage mistakes in the parsed command line (combinations of options, values out of range), one message each.</summary>
    protected virtual IEnumerable<string> Validate(ParseResult parse) => [];

    /// <summary>The messages of <see cref="Validate"/>; <see cref="Dlr"/> calls it before <see cref="Run"/>.</summary>
    public IReadOnlyList<string> UsageErrors(ParseResult parse) => Validate(parse).ToList();

    /// <summary>Does the verb's work; returns the process exit code.</summary>
    protected abstract int Run(ParseResult parse, TextWriter stdout, TextWriter stderr);
}
