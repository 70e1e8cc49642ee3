namespace ZhuhaiArtisan.Application.Common.Paging;

/// <summary>A short, bounded list returned whole (reference data): the same <c>items</c> shape as a page.</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items);
