using System.Security.Cryptography;
using System.Text;

namespace DlRadiomics.Notebooks.Kernel;

/// <summary>
/// HMAC-SHA256 signatures of Jupyter messages: hex digest over header, parent header, metadata and content frames.
/// With an empty key (signing disabled by the client) the signature is the empty string.
/// </summary>
public sealed class MessageSigner(string key)
{
    private readonly byte[] keyBytes = Encoding.UTF8.GetBytes(key);

    public string Sign(IReadOnlyList<byte[]> frames)
    {
        if (keyBytes.Length == 0) return "";
        using var hmac = new HMACSHA256(keyBytes);
        foreach (var frame in frames) hmac.TransformBlock(frame, 0, frame.Length, null, 0);
        hmac.TransformFinalBlock([], 0, 0);
        return Convert.ToHexStringLower(hmac.Hash!);
    }

    /// <summary>Constant-time comparison of a received signature with the expected one.</summary>
    public bool Verify(string signature, IReadOnlyList<byte[]> frames) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Sign(frames)));
}
