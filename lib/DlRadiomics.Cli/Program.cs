using System.Reflection;
using DlRadiomics;
using DlRadiomics.Cli;

return Dlr.Run(args, Console.Out, Console.Error);

namespace DlRadiomics.Cli
{
    /// <summary>Entry point of the <c>dlr</c> tool: picks the verb (longest match of its words) and runs it.</summary>
    public static class Dlr
    {
        public static IReadOnlyList<ICommand> Commands { get; } = typeof(Dlr).Assembly.GetTypes()
            .Where(t => typeof(ICommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ICommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                PrintHelp(stdout);
                return args.Length == 0 ? 2 : 0;
            }
            if (args[0] == "--version")
            {
                stdout.WriteLine(typeof(DlRadiomicsException).Assembly.GetName().Version);
                return 0;
            }
            var command = Commands
                .Where(c => c.Name.Split(' ') is var words && words.Length <= args.Length && words.SequenceEqual(args.Take(words.Length)))
                .MaxBy(c => c.Name.Split(' ').Length);
            if (command is null)
            {
                stderr.WriteLine($"dlr: unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'");
                PrintHelp(stderr);
                return 2;
            }
            var rest = args.Skip(command.Name.Split(' ').Length).ToArray();
            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                stdout.WriteLine(command.Usage);
                return 0;
            }
            try
            {
                return command.Run(new CliArguments(rest), stdout, stderr);
            }
            catch (UsageException e)
            {
                stderr.WriteLine($"dlr {command.Name}: {e.Message}");
                stderr.WriteLine(command.Usage);
                return 2;
            }
            catch (DlRadiomicsException e)
            {
                stderr.WriteLine($"dlr {command.Name}: error: {e.Message}");
                return 1;
            }
            catch (IOException e)
            {
                stderr.WriteLine($"dlr {command.Name}: error: {e.Message}");
                return 1;
            }
        }

        private static void PrintHelp(TextWriter w)
        {
            w.WriteLine("dlr — DlRadiomics command-line tool");
            w.WriteLine();
            w.WriteLine("usage: dlr <command> [options]   (dlr <command> --help for a command's options)");
            w.WriteLine();
            foreach (var c in Commands) w.WriteLine($"  {c.Name,-18} {c.Summary}");
        }
    }
}
