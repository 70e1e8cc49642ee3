namespace ZhuhaiArtisan.Domain.Common;

/// <summary>
/// An aggregate whose every change bumps <see cref="Version"/>; the version is the concurrency
/// token and the source of the resource's ETag.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
