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
    /// assembly. Exit codes: 0 ok, 1 data error, 2 usage error (the message and the verb's help on stderr).
    /// </summary>
    public static class Dlr
    {
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
            var help = root.Options.OfType<HelpOption>().Single();
            help.Action = new VerbHelpAction((HelpAction)help.Action!, verbs);
            return root;
        }

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var verbs = CreateVerbs();
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
            catch (Exception e) when (e is DlRadiomicsException or IOException)
            {
                stderr.WriteLine($"{(parse is null ? "dlr" : Prefix(parse, root))}: error: {e.Message}");
                return 1;
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
