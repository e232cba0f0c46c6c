using System.Globalization;

namespace DlRadiomics.Notebooks.Runner;

/// <summary>Command-line options of the runner's verbs: positional arguments, <c>--name value</c>, flags and <c>-p Name=Value</c>.</summary>
public sealed class RunnerArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public RunnerArguments(IEnumerable<string> args, IReadOnlySet<string> flagNames)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg is "-p" or "--parameter")
            {
                if (!e.MoveNext()) throw new UsageException($"{arg} needs Name=Value");
                var separator = e.Current.IndexOf('=');
                if (separator <= 0) throw new UsageException($"parameter '{e.Current}' is not Name=Value");
                Parameters.Add(new KeyValuePair<string, string>(e.Current[..separator], e.Current[(separator + 1)..]));
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (flagNames.Contains(arg)) flags.Add(arg);
                else if (e.MoveNext()) options[arg] = e.Current;
                else throw new UsageException($"{arg} needs a value");
            }
            else Positional.Add(arg);
        }
    }

    public List<string> Positional { get; } = [];

    public List<KeyValuePair<string, string>> Parameters { get; } = [];

    public bool Flag(string name) => flags.Contains(name);

    public string? Option(string name) => options.TryGetValue(name, out var value) ? value : null;

    public TimeSpan? Seconds(string name)
    {
        if (Option(name) is not { } text) return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new UsageException($"{name} must be a positive number of seconds, got '{text}'");
    }

    /// <summary>Rejects options the verb does not know.</summary>
    public void EnsureOnly(params string[] known)
    {
        var unknown = options.Keys.Concat(flags).Where(o => !known.Contains(o)).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown option {string.Join(", ", unknown)}");
    }
}

/// <summary>Wrong command-line usage; the message says what to change.</summary>
public sealed class UsageException(string message) : Exception(message);
