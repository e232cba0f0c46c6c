using System.Collections;
using System.Globalization;
using System.Reflection;

namespace DlRadiomics.Notebooks.Display;

/// <summary>
/// Turns values into <see cref="MimeBundle"/>s for display. Lookup order: formatters registered for the value's type
/// (latest registration first, then base types and interfaces), a public <c>MimeBundle ToMimeBundle()</c> method,
/// public <c>string ToHtml()</c> / <c>string ToCsv()</c> (rendered as an HTML table) / <c>string ToText()</c> methods
/// (so libraries can format their result types without referencing the runtime), sequences of records as HTML
/// tables, and finally <see cref="object.ToString"/>.
/// </summary>
public static class Formatters
{
    private static readonly object Gate = new();
    private static readonly List<(Type Type, Func<object, MimeBundle> Format)> Registered = [];

    /// <summary>Registers a formatter for <typeparamref name="T"/> and its subtypes; later registrations win.</summary>
    public static void Register<T>(Func<T, MimeBundle> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        lock (Gate) Registered.Add((typeof(T), value => format((T)value)));
    }

    public static MimeBundle Format(object? value)
    {
        if (value is null) return MimeBundle.FromText("<null>");
        if (value is MimeBundle bundle) return bundle;
        var registered = FindRegistered(value.GetType());
        if (registered is not null) return registered(value);
        if (value.GetType().GetMethod("ToMimeBundle", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is { } toBundle
            && toBundle.ReturnType == typeof(MimeBundle))
            return (MimeBundle)toBundle.Invoke(value, BindingFlags.DoNotWrapExceptions, null, null, null)!;
        var text = StringMethod(value, "ToText") ?? PlainText(value);
        if (StringMethod(value, "ToHtml") is { } html) return MimeBundle.FromText(text).With(MimeBundle.Html, html);
        if (StringMethod(value, "ToCsv") is { } csv) return MimeBundle.FromText(text).With(MimeBundle.Html, HtmlTable.FromCsv(csv));
        if (value is IEnumerable sequence and not string && HtmlTable.TryRender(sequence) is { } table)
            return MimeBundle.FromText(text).With(MimeBundle.Html, table);
        return MimeBundle.FromText(text);
    }

    /// <summary>The result of a public parameterless instance method returning string, or null when the type has none.</summary>
    private static string? StringMethod(object value, string name) =>
        value.GetType().GetMethod(name, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is { } method && method.ReturnType == typeof(string)
            ? (string?)method.Invoke(value, BindingFlags.DoNotWrapExceptions, null, null, null)
            : null;

    /// <summary>Plain-text form: <see cref="object.ToString"/> with invariant culture, sequences listed element by element.</summary>
    public static string PlainText(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary dictionary => "{ " + string.Join(", ", dictionary.Cast<DictionaryEntry>().Select(e => $"{PlainText(e.Key)}: {PlainText(e.Value)}")) + " }",
        IEnumerable sequence when !HasOwnToString(value.GetType()) => "[ " + string.Join(", ", sequence.Cast<object?>().Take(100).Select(PlainText)) + " ]",
        _ => value.ToString() ?? value.GetType().FullName ?? "",
    };

    private static bool HasOwnToString(Type type) =>
        type.GetMethod("ToString", Type.EmptyTypes)?.DeclaringType is { } declaring && declaring != typeof(object);

    private static Func<object, MimeBundle>? FindRegistered(Type type)
    {
        lock (Gate)
        {
            for (var i = Registered.Count - 1; i >= 0; i--)
                if (Registered[i].Type == type) return Registered[i].Format;
            for (var i = Registered.Count - 1; i >= 0; i--)
                if (Registered[i].Type.IsAssignableFrom(type)) return Registered[i].Format;
        }
        return null;
    }
}
