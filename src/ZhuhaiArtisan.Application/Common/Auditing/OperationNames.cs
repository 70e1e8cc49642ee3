namespace ZhuhaiArtisan.Application.Common.Auditing;

public static class OperationNames
{
    /// <summary><c>RegisterOrganizationCommand</c> → <c>RegisterOrganization</c>.</summary>
    public static string Of(Type messageType)
    {
        var name = messageType.Name;
        foreach (var suffix in (string[])["Command", "Query"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
