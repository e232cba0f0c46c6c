using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace DlRadiomics.Imaging.Dicom;

/// <summary>Deterministic DICOM UIDs: <c>2.25.</c> followed by a 128-bit number (PS3.5 §B.2) hashed from the parts.</summary>
public static class DicomUid
{
    /// <summary>
    /// The UID for <paramref name="parts"/> (e.g. seed, patient ID, "series"): the first 16 bytes of the SHA-256 of
    /// the parts joined by U+001F, as an unsigned decimal after <c>2.25.</c>. Same parts, same UID; at most 44 characters.
    /// </summary>
    public static string FromParts(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        var value = new BigInteger(hash.AsSpan(0, 16), isUnsigned: true, isBigEndian: true);
        return "2.25." + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
