namespace ZhuhaiArtisan.Application.Common.Exceptions;

/// <summary>
/// The resource does not exist, or exists but the caller may not know it does: both answer 404
/// so that ids cannot be probed.
/// </summary>
public sealed class NotFoundException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static NotFoundException For(string resource, object id) =>
        new($"{resource}.not_found", $"{resource} '{id}' was not found.");
}
