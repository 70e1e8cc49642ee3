namespace ZhuhaiArtisan.Application.Common.Exceptions;

/// <summary>The caller is known to the resource but may not perform this action on it.</summary>
public sealed class ForbiddenAccessException(string message = "The caller may not perform this action.") : Exception(message)
{
    public string Code => "access.forbidden";
}
