using System.Globalization;

namespace ZhuhaiArtisan.Domain.Talents;

/// <summary>
/// A person's name as written on their document: any letter of any script (rare CJK characters
/// outside the BMP included, as GB18030 allows), the middle dot <c>·</c> of minority and foreign
/// names, and the spaces, hyphens, apostrophes and full stops of foreign names.
/// </summary>
public static class PersonName
{
    public const int MaxLength = 64;

    public static bool IsValid(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxLength || name != name.Trim())
        {
            return false;
        }

        var hasLetter = false;
        var enumerator = StringInfo.GetTextElementEnumerator(name);
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            if (char.IsSurrogatePair(element, 0) || char.IsHighSurrogate(element[0]))
            {
                if (element.Length < 2 || !char.IsSurrogatePair(element[0], element[1]))
                {
                    return false;
                }

                var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(element[0], element[1]));
                if (category is not (UnicodeCategory.OtherLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter))
                {
                    return false;
                }

                hasLetter = true;
                continue;
            }

            var c = element[0];
            if (char.IsLetter(c))
            {
                hasLetter = true;
            }
            else if (c is not ('·' or ' ' or '-' or '\'' or '.' or '•'))
            {
                return false;
            }
        }

        return hasLetter;
    }
}
