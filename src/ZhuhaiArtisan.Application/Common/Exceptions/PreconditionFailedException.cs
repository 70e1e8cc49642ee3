namespace ZhuhaiArtisan.Application.Common.Exceptions;

/// <summary>The caller's If-Match names a version that is no longer current.</summary>
public sealed class PreconditionFailedException(string message = "The resource has changed since it was read.") : Exception(message)
{
    public string Code => "concurrency.stale_version";
}
