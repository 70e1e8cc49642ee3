namespace ZhuhaiArtisan.Application.Common.Security;

/// <summary>
/// Set by a background worker, before it resolves anything else in its scope, to run the scope's
/// use cases as the caller who queued the work; unset in a request, where the caller is the
/// request's own.
/// </summary>
public sealed class CallerScope
{
    public ICurrentUser? ActingFor { get; set; }
}
