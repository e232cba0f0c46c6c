using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DlRadiomics.Notebooks.Execution;

/// <summary>
/// Inserts <c>CellCancellation.Check();</c> at the top of every loop body without adding line breaks, so line numbers
/// of the cell stay those the user wrote (stack traces keep pointing at the right lines).
/// </summary>
internal sealed class CancellationRewriter : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax CheckStatement =
        SyntaxFactory.ParseStatement("global::DlRadiomics.Notebooks.Execution.CellCancellation.Check();");

    public static bool HasLoops(SyntaxNode root) =>
        root.DescendantNodes().Any(n => n is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax);

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(WithCheck(visited.Statement));
    }

    private static StatementSyntax WithCheck(StatementSyntax body)
    {
        if (body is BlockSyntax block) return block.WithStatements(block.Statements.Insert(0, CheckStatement));
        var leading = body.GetLeadingTrivia();
        var trailing = body.GetTrailingTrivia();
        return SyntaxFactory.Block(CheckStatement, body.WithoutTrivia())
            .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(leading))
            .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(trailing));
    }
}
