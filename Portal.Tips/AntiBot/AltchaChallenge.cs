using System.Text.Json;

namespace Portal.Tips.AntiBot;

/// <summary>
/// A signed ALTCHA v1 challenge as sent to the browser. The secret number is not in it: the browser must find it
/// by hashing, which is the work that makes mass submission expensive.
/// </summary>
public sealed record AltchaChallenge(string Algorithm, string Challenge, int MaxNumber, string Salt, string Signature)
{
    /// <summary>The JSON the page embeds (in <c>data-altcha-challenge</c>), with ALTCHA's lowercase field names.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("algorithm", Algorithm);
            writer.WriteString("challenge", Challenge);
            writer.WriteNumber("maxnumber", MaxNumber);
            writer.WriteString("salt", Salt);
            writer.WriteString("signature", Signature);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
