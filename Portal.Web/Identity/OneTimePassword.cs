using System.Security.Cryptography;

namespace Portal.Web.Identity;

/// <summary>A random password that meets the portal's policy, for the first administrator.</summary>
internal static class OneTimePassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#%&*+-=?@";

    public static string Generate(int length = 20)
    {
        var all = Upper + Lower + Digits + Symbols;
        var characters = new List<char>
        {
            Upper[RandomNumberGenerator.GetInt32(Upper.Length)],
            Lower[RandomNumberGenerator.GetInt32(Lower.Length)],
            Digits[RandomNumberGenerator.GetInt32(Digits.Length)],
            Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)],
        };
        while (characters.Count < length)
        {
            characters.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }

        return new string([.. characters.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue))]);
    }
}
