namespace ZhuhaiArtisan.Api.Http;

/// <summary>Marks an endpoint that takes a bulk JSON body: it may be as large as <see cref="RequestLimitsOptions.MaxBulkBodyBytes"/>.</summary>
public sealed record BulkBodyMetadata;
