namespace Portal.Tips.Volunteers.SignUp;

/// <summary>Phone numbers as stored and compared: digits with an optional leading +, 5 to 15 digits.</summary>
internal static class Phones
{
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.Trim();
        if (!trimmed.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')') || trimmed.LastIndexOf('+') > 0)
        {
            return null;
        }

        var digits = string.Concat(trimmed.Where(char.IsAsciiDigit));
        if (digits.Length is < 5 or > 15)
        {
            return null;
        }

        return trimmed.StartsWith('+') ? "+" + digits : digits;
    }
}
