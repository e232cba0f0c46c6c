using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace DlRadiomics.Cli;

/// <summary>
/// Typed options of the <c>dlr</c> verbs (and the notebook runner's), parsed with the invariant culture; a wrong
/// value is a usage error that names the option and the value received.
/// </summary>
public static class CliOption
{
    /// <summary>A text option that must be given.</summary>
    public static Option<string> Required(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName, Required = true };

    /// <summary>A text option; null when absent.</summary>
    public static Option<string?> Text(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName };

    /// <summary>A switch: true when given.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An integer with a default.</summary>
    public static Option<int> Int(string name, string description, int fallback, string helpName = "N") =>
        new(name) { Description = description, HelpName = helpName, DefaultValueFactory = _ => fallback, CustomParser = r => ParseInt(r, name) ?? fallback };

    /// <summary>An integer without a default; null when absent.</summary>
    public static Option<int?> OptionalInt(string name, string description, string helpName = "N") =>
        new(name) { Description = description, HelpName = helpName, CustomParser = r => ParseInt(r, name) };

    /// <summary>A real number with a default.</summary>
    public static Option<double> Number(string name, string description, double fallback, string helpName = "X") =>
        new(name)
        {
            Description = description, HelpName = helpName, DefaultValueFactory = _ => fallback,
            CustomParser = r =>
            {
                string text = r.Tokens[0].Value;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) return value;
                r.AddError($"{name} expects a number, got '{text}'");
                return fallback;
            },
        };

    /// <summary>A list given as a comma list (<c>--score a,b</c>), by repeating the option, or both.</summary>
    public static Option<string[]> List(string name, string description, string helpName) =>
        new(name)
        {
            Description = description, HelpName = helpName, Arity = ArgumentArity.ZeroOrMore, DefaultValueFactory = _ => [],
            CustomParser = r => r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
        };

    /// <summary>True when the option was typed on the command line (not only defaulted).</summary>
    public static bool IsGiven(this ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    private static int? ParseInt(ArgumentResult result, string name)
    {
        string text = result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) return value;
        result.AddError($"{name} expects an integer, got '{text}'");
        return null;
    }
}
