using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Diagnostics.CodeAnalysis;
using DlRadiomics;
using DlRadiomics.Cli;

return Dlr.Run(args, Console.Out, Console.Error);

namespace DlRadiomics.Cli
{
    /// <summary>
    /// Entry point of the <c>dlr</c> tool: one System.CommandLine root holding every <see cref="Verb"/> of this
    /// assembly. Exit codes: 0 ok, 1 data error (a <see cref="DlRadiomicsException"/>, an I/O or permission error: its
    /// message on stderr), 2 usage error (the message and the verb's help on stderr), 70 internal error (any other
    /// exception, a defect of the tool: one line "internal error: type: message; please report with the command line",
    /// and the stack trace with <c>--verbose</c> or the environment variable <c>DLR_VERBOSE=1</c>; 70 is EX_SOFTWARE of
    /// BSD's sysexits.h).
    /// </summary>
    public static class Dlr
    {
        /// <summary>Exit code of an unexpected exception (a defect of the tool, not of the data or the command line).</summary>
        public const int InternalErrorExitCode = 70;

        /// <summary>Environment variable that, set to 1 or true, prints the stack trace of an internal error (as <c>--verbose</c>).</summary>
        public const string VerboseVariable = "DLR_VERBOSE";

        private const string VerboseOption = "--verbose";

        /// <summary>A new instance of every verb, ordered by name.</summary>
        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The project file roots this assembly (TrimmerRootAssembly), so a native build keeps every verb.")]
        [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Verbs have public parameterless constructors, kept with their rooted assembly.")]
        public static IReadOnlyList<Verb> CreateVerbs() => typeof(Dlr).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Verb)) && !t.IsAbstract)
            .Select(t => (Verb)Activator.CreateInstance(t)!)
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ToArray();

        /// <summary>The root command: each verb under its group (<c>stats</c>, <c>bench</c>, …), help extended by the verbs' notes.</summary>
        public static RootCommand CreateRoot(IReadOnlyList<Verb> verbs)
        {
            var root = new RootCommand("dlr — DlRadiomics command-line tool");
            foreach (var verb in verbs)
            {
                Command parent = root;
                foreach (string group in verb.Name.Split(' ')[..^1])
                {
                    var existing = parent.Subcommands.FirstOrDefault(c => c.Name == group);
                    if (existing is null)
                    {
                        var members = verbs.Where(v => v.Name.StartsWith(group + " ", StringComparison.Ordinal)).Select(v => v.Name[(group.Length + 1)..]);
                        existing = new Command(group, $"{group} verbs: {string.Join(", ", members)} (dlr {group} VERB --help)");
                        parent.Subcommands.Add(existing);
                    }
                    parent = existing;
                }
                parent.Subcommands.Add(verb.Command);
            }
            root.Options.Add(new Option<bool>(VerboseOption)
            {
                Description = $"on an internal error (exit {InternalErrorExitCode}), print the stack trace too (or set {VerboseVariable}=1)",
                Recursive = true,
            });
            var help = root.Options.OfType<HelpOption>().Single();
            help.Action = new VerbHelpAction((HelpAction)help.Action!, verbs);
            return root;
        }

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(CreateVerbs(), args, stdout, stderr);

        /// <summary>Runs the command line against the given verbs (the tool's own, or a host's selection of them).</summary>
        public static int Run(IReadOnlyList<Verb> verbs, string[] args, TextWriter stdout, TextWriter stderr)
        {
            var root = CreateRoot(verbs);
            ParseResult? parse = null;
            // Verbs' Validate runs before Run and may read a file the command line names.
            try
            {
                parse = root.Parse(args);
                var verb = verbs.FirstOrDefault(v => v.Command == parse.CommandResult.Command && parse.Action == v.Command.Action);
                var errors = parse.Action is ParseErrorAction ? parse.Errors.Select(e => e.Message).ToList() : verb?.UsageErrors(parse) ?? [];
                if (errors.Count > 0)
                {
                    foreach (var error in errors) stderr.WriteLine($"{Prefix(parse, root)}: {error}");
                    root.Parse([.. CommandPath(parse.CommandResult.Command, root), "--help"]).Invoke(new InvocationConfiguration { Output = stderr });
                    return 2;
                }
                return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            }
            catch (Exception thrown)
            {
                // A parallel batch wraps the one exception that stopped it.
                var e = thrown is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerExceptions[0] : thrown;
                string prefix = parse is null ? "dlr" : Prefix(parse, root);
                if (e is DlRadiomicsException or IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"{prefix}: error: {e.Message}");
                    return 1;
                }
                bool verbose = (parse?.GetValue<bool>(VerboseOption) ?? args.Contains(VerboseOption))
                    || Environment.GetEnvironmentVariable(VerboseVariable) is "1" or "true";
                stderr.WriteLine($"{prefix}: internal error: {e.GetType().FullName}: {e.Message}; please report with the command line" +
                    (verbose ? "" : $" (--verbose or {VerboseVariable}=1 prints the stack trace)"));
                if (verbose) stderr.WriteLine(e);
                return InternalErrorExitCode;
            }
        }

        private static string Prefix(ParseResult parse, RootCommand root) => string.Join(' ', ["dlr", .. CommandPath(parse.CommandResult.Command, root)]);

        private static IEnumerable<string> CommandPath(Command command, RootCommand root)
        {
            var words = new Stack<string>();
            for (var c = command; c != root && c is not null; c = c.Parents.OfType<Command>().FirstOrDefault()) words.Push(c.Name);
            return words;
        }
    }
}
