using System.Globalization;

namespace DlRadiomics.Cli;

/// <summary>A command-line usage mistake; the tool prints the message and the verb's usage and exits with 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// Parsed <c>--name value</c> options, repeated options, <c>--flag</c> switches and positional arguments.
/// Every option must be consumed by the verb; <see cref="EnsureAllUsed"/> rejects unknown ones by name.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args, IReadOnlySet<string>? flagNames = null)
    {
        for (int n = 0; n < args.Count; n++)
        {
            string a = args[n];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                string name = a[2..];
                string? inline = null;
                int eq = name.IndexOf('=');
                if (eq > 0) { inline = name[(eq + 1)..]; name = name[..eq]; }
                bool isFlag = inline is null && (flagNames?.Contains(name) == true || n + 1 >= args.Count || args[n + 1].StartsWith("--", StringComparison.Ordinal));
                if (isFlag) { _flags.Add(name); continue; }
                if (!_options.TryGetValue(name, out var list)) _options[name] = list = [];
                list.Add(inline ?? args[++n]);
            }
            else Positional.Add(a);
        }
    }

    public List<string> Positional { get; } = [];

    public bool Flag(string name) { _used.Add(name); return _flags.Contains(name); }

    public string? Optional(string name)
    {
        _used.Add(name);
        if (!_options.TryGetValue(name, out var list)) return _flags.Contains(name) ? throw new UsageException($"--{name} needs a value") : null;
        if (list.Count > 1) throw new UsageException($"--{name} was given {list.Count} times; give it once");
        return list[0];
    }

    public string Required(string name) => Optional(name) ?? throw new UsageException($"missing required option --{name}");

    public IReadOnlyList<string> All(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var list) ? list : [];
    }

    /// <summary>A comma-separated list option (<c>--predictors a,b,c</c>), also accepting the option repeated.</summary>
    public IReadOnlyList<string> List(string name) =>
        All(name).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();

    public int Int(string name, int fallback)
    {
        var v = Optional(name);
        if (v is null) return fallback;
        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int r) ? r : throw new UsageException($"--{name} expects an integer, got '{v}'");
    }

    public double Double(string name, double fallback)
    {
        var v = Optional(name);
        if (v is null) return fallback;
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double r) ? r : throw new UsageException($"--{name} expects a number, got '{v}'");
    }

    /// <summary>Throws naming the first option the verb did not ask for.</summary>
    public void EnsureAllUsed()
    {
        var unknown = _options.Keys.Concat(_flags).FirstOrDefault(k => !_used.Contains(k));
        if (unknown is not null) throw new UsageException($"unknown option --{unknown}");
    }
}
