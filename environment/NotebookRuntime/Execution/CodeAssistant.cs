using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>Whether code is a complete submission, completions and symbol help, from Roslyn's view of the session.</summary>
public static class CodeAssistant
{
    /// <summary>"complete", "incomplete" (more lines needed) or "invalid" (syntax errors), as Jupyter's is_complete_reply.</summary>
    public static string IsComplete(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(CellDirectives.Parse(code).Code, NotebookSession.ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree)) return "incomplete";
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? "invalid" : "complete";
    }

    /// <summary>Names that can follow the cursor: members after a dot, otherwise locals, script variables and types in scope.</summary>
    /// <param name="cursor">UTF-16 offset in <paramref name="code"/>.</param>
    public static Completions Complete(NotebookSession session, string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var start = cursor;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_')) start--;
        var prefix = code[start..cursor];
        var (model, root) = Analyze(session, code);
        IEnumerable<ISymbol> symbols;
        if (start > 0 && code[start - 1] == '.' && root.FindToken(start - 1).Parent is { } parent)
            symbols = Members(model, parent, start);
        else
            symbols = model.LookupSymbols(start);
        var matches = symbols
            .Where(s => s.CanBeReferencedByName && s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => s.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return new Completions(matches, start, cursor);
    }

    /// <summary>Signature and documentation summary of the symbol at the cursor, or null when there is none.</summary>
    public static string? Inspect(NotebookSession session, string code, int cursor)
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var (model, root) = Analyze(session, code);
        var position = cursor > 0 && (cursor == code.Length || !char.IsLetterOrDigit(code[cursor])) ? cursor - 1 : cursor;
        var node = root.FindToken(position).Parent;
        ISymbol? symbol = null;
        for (; node is not null && symbol is null; node = node.Parent)
        {
            var info = model.GetSymbolInfo(node);
            symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node);
            if (node is StatementSyntax) break;
        }
        if (symbol is null) return null;
        var signature = symbol switch
        {
            ILocalSymbol local => $"{local.Type.ToDisplayString()} {local.Name}",
            IFieldSymbol field => $"{field.Type.ToDisplayString()} {field.Name}",
            _ => symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
        };
        var summary = Summary(symbol.GetDocumentationCommentXml());
        return summary is null ? signature : signature + "\n\n" + summary;
    }

    private static IEnumerable<ISymbol> Members(SemanticModel model, SyntaxNode parent, int position)
    {
        var target = parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            QualifiedNameSyntax qualified => qualified.Left,
            _ => null,
        };
        if (target is null) return [];
        if (model.GetSymbolInfo(target).Symbol is INamespaceOrTypeSymbol container)
            return model.LookupSymbols(position, container).Where(s => container is INamespaceSymbol || s.IsStatic || s is INamedTypeSymbol);
        return model.GetTypeInfo(target).Type is { } type
            ? model.LookupSymbols(position, type, includeReducedExtensionMethods: true).Where(s => !s.IsStatic)
            : [];
    }

    private static (SemanticModel Model, SyntaxNode Root) Analyze(NotebookSession session, string code)
    {
        var options = session.ScriptOptions;
        var script = session.State?.Script.ContinueWith(code, options) ?? CSharpScript.Create(code, options, typeof(ScriptGlobals));
        lock (NotebookSession.CompileGate)
        {
            var compilation = script.GetCompilation();
            var tree = compilation.SyntaxTrees.Last();
            var model = compilation.GetSemanticModel(tree);
            model.GetDiagnostics();
            return (model, tree.GetRoot());
        }
    }

    private static string? Summary(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml)) return null;
        try
        {
            var summary = XElement.Parse(xml).Element("summary");
            return summary is null ? null : string.Join(" ", summary.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.Xml.XmlException) { return null; }
    }
}

/// <summary>Completion candidates replacing code[Start..End].</summary>
public sealed record Completions(IReadOnlyList<string> Matches, int Start, int End);
