namespace ZhuhaiArtisan.Api.Http;

/// <summary>Marks an endpoint other than a PUT (a POST to a verb sub-resource) as changing a resource under If-Match.</summary>
public sealed record IfMatchRequiredMetadata;
