using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NetMQ;

namespace DlRadiomics.Notebooks.Kernel;

/// <summary>A Jupyter wire-protocol message (version 5.3): routing identities, header, parent header, metadata, content.</summary>
public sealed record JupyterMessage(IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content)
{
    public const string ProtocolVersion = "5.3";
    private const string Delimiter = "<IDS|MSG>";

    public string Type => (string?)Header["msg_type"] ?? "";

    public string Id => (string?)Header["msg_id"] ?? "";

    /// <summary>Parses a multipart message and checks its signature; null with a reason when it is malformed or badly signed.</summary>
    public static JupyterMessage? Parse(NetMQMessage message, MessageSigner signer, out string? problem)
    {
        var frames = message.Select(f => f.ToByteArray()).ToList();
        var delimiter = frames.FindIndex(f => Encoding.ASCII.GetString(f) == Delimiter);
        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            problem = "malformed message (no <IDS|MSG> delimiter or too few frames)";
            return null;
        }
        var signature = Encoding.ASCII.GetString(frames[delimiter + 1]);
        var signed = frames.GetRange(delimiter + 2, 4);
        if (!signer.Verify(signature, signed))
        {
            problem = "invalid HMAC signature";
            return null;
        }
        try
        {
            var parts = signed.Select(f => JsonNode.Parse(f) as JsonObject ?? new JsonObject()).ToList();
            problem = null;
            return new JupyterMessage(frames.Take(delimiter).ToList(), parts[0], parts[1], parts[2], parts[3]);
        }
        catch (System.Text.Json.JsonException e)
        {
            problem = $"message frames are not JSON: {e.Message}";
            return null;
        }
    }

    /// <summary>A new message of <paramref name="type"/> replying to or caused by this one.</summary>
    public JupyterMessage Child(string type, JsonObject content, string session, IReadOnlyList<byte[]>? identities = null) =>
        new(identities ?? Identities, NewHeader(type, session), (JsonObject)Header.DeepClone(), new JsonObject(), content);

    public static JsonObject NewHeader(string type, string session) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString(),
        ["session"] = session,
        ["username"] = "kernel",
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
        ["msg_type"] = type,
        ["version"] = ProtocolVersion,
    };

    public NetMQMessage ToNetMQ(MessageSigner signer)
    {
        var parts = new[] { Header, ParentHeader, Metadata, Content }.Select(p => Encoding.UTF8.GetBytes(p.ToJsonString())).ToList();
        var message = new NetMQMessage();
        foreach (var identity in Identities) message.Append(identity);
        message.Append(Delimiter);
        message.Append(signer.Sign(parts));
        foreach (var part in parts) message.Append(part);
        return message;
    }
}
