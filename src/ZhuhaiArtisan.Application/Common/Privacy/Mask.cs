namespace ZhuhaiArtisan.Application.Common.Privacy;

/// <summary>How personal information is shown to callers not allowed the full value (DESIGN §5).</summary>
public static class Mask
{
    /// <summary>Phone numbers keep the first 3 and last 4 digits: <c>138****1234</c>.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return string.Empty;
        }

        return phone.Length <= 7
            ? new string('*', phone.Length)
            : string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
    }

    /// <summary>Identity numbers keep the first 6 and last 4 characters: <c>440402********123X</c>.</summary>
    public static string IdentityNumber(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return string.Empty;
        }

        return number.Length <= 10
            ? new string('*', number.Length)
            : string.Concat(number.AsSpan(0, 6), new string('*', number.Length - 10), number.AsSpan(number.Length - 4));
    }

    /// <summary>Names keep their first character: <c>陈**</c>, <c>J***</c>.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var first = char.IsSurrogatePair(name, 0) ? name[..2] : name[..1];
        return first + new string('*', Math.Max(1, new System.Globalization.StringInfo(name).LengthInTextElements - 1));
    }

    /// <summary>E-mail addresses keep the first character and the domain: <c>h***@example.com</c>.</summary>
    public static string Email(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return string.Empty;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? Other(email) : string.Concat(email.AsSpan(0, 1), "***", email.AsSpan(at));
    }

    /// <summary>Anything else sensitive keeps only its last 4 characters.</summary>
    public static string Other(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty
        : value.Length <= 4 ? new string('*', value.Length)
        : string.Concat(new string('*', value.Length - 4), value.AsSpan(value.Length - 4));
}
