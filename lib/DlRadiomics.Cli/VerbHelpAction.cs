using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace DlRadiomics.Cli;

/// <summary>System.CommandLine's help, followed by the <see cref="Verb.Notes"/> of the verb asked about.</summary>
internal sealed class VerbHelpAction(HelpAction standard, IReadOnlyList<Verb> verbs) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parse)
    {
        int code = standard.Invoke(parse);
        if (verbs.FirstOrDefault(v => v.Command == parse.CommandResult.Command)?.Notes is { } notes)
            parse.InvocationConfiguration.Output.WriteLine(notes);
        return code;
    }
}
