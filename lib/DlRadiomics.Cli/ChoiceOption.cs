using System.CommandLine;
using System.CommandLine.Parsing;

namespace DlRadiomics.Cli;

/// <summary>
/// An option that takes one of a few words (case-insensitive) standing for values of <typeparamref name="T"/>; the
/// help lists the words, shell completion offers them, and a wrong word is a usage error listing them.
/// </summary>
public sealed class ChoiceOption<T> : Option<string>
{
    private readonly (string Text, T Value)[] _choices;

    /// <param name="fallback">Value when the option is absent; the first word standing for it is shown as the default.</param>
    public ChoiceOption(string name, string description, T fallback, params (string Text, T Value)[] choices) : base(name)
    {
        _choices = choices;
        Description = description;
        HelpName = string.Join('|', choices.Select(c => c.Text));
        string fallbackText = choices.First(c => EqualityComparer<T>.Default.Equals(c.Value, fallback)).Text;
        DefaultValueFactory = _ => fallbackText;
        CompletionSources.Add(choices.Select(c => c.Text).ToArray());
        CustomParser = r =>
        {
            string text = r.Tokens[0].Value;
            var match = choices.FirstOrDefault(c => string.Equals(c.Text, text, StringComparison.OrdinalIgnoreCase));
            if (match.Text is null) r.AddError($"{name} must be one of {string.Join(", ", choices.Select(c => c.Text))}; got '{text}'");
            return match.Text ?? fallbackText;
        };
    }

    /// <summary>The value chosen on the command line, or the default.</summary>
    public T ValueIn(ParseResult parse)
    {
        string text = parse.GetValue(this)!;
        return _choices.First(c => c.Text == text).Value;
    }
}
