namespace ZhuhaiArtisan.Application.Common.Concurrency;

/// <summary>
/// What an If-Match header asks of the resource's current version: any version (<c>*</c>), or
/// one of the listed ones. An empty list matches nothing.
/// </summary>
public sealed record VersionPrecondition(bool AnyVersion, IReadOnlySet<int> Versions)
{
    public static VersionPrecondition Any { get; } = new(true, new HashSet<int>());

    public static VersionPrecondition Exactly(int version) => new(false, new HashSet<int> { version });

    public bool IsMetBy(int version) => AnyVersion || Versions.Contains(version);
}
