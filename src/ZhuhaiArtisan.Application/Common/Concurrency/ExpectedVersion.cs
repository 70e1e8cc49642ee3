using ZhuhaiArtisan.Application.Common.Exceptions;
using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Application.Common.Concurrency;

public static class ExpectedVersion
{
    /// <summary>Refuses a change made against a version the caller no longer holds (optimistic concurrency).</summary>
    public static void EnsureMatches(IVersioned aggregate, VersionPrecondition precondition)
    {
        if (!precondition.IsMetBy(aggregate.Version))
        {
            throw new PreconditionFailedException();
        }
    }
}
